import JSZip from 'jszip';
import sharp from 'sharp';
import { crc32, deflateRawSync } from 'node:zlib';
import { Session } from '../harness/auth';
import { OrgRef, Scenario } from '../harness/scenario';
import { createTestApp, TestApp } from '../harness/test-app';

const face = (colour: string) => sharp({ create: { width: 600, height: 800, channels: 3, background: colour } }).jpeg().toBuffer();

async function zipOf(files: Record<string, Buffer | string>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, data] of Object.entries(files)) zip.file(name, data);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/**
 * A ZIP of entries that all hold the same bytes, deflated once by zlib and stored once per entry:
 * what a ZIP bomb looks like, built in about a second (JSZip's JavaScript deflate of 600 MB took
 * 28 s of the suite).
 */
function sameBytesZip(names: string[], data: Buffer): Buffer {
  const deflated = deflateRawSync(data, { level: 9 });
  const crc = crc32(data);
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const name of names) {
    const fileName = Buffer.from(name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(deflated.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(deflated.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, deflated);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + deflated.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(names.length, 8);
  end.writeUInt16LE(names.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

describe('photo import from a ZIP (照片批量导入)', () => {
  let t: TestApp;
  let s: Scenario;
  let coking: { org: OrgRef; hr: Session };
  let machinery: { org: OrgRef; hr: Session };
  let wang: { id: string; idNumber: string };
  let li: { id: string; idNumber: string };
  let zhao: { id: string; idNumber: string };
  let outsider: { id: string; idNumber: string };
  let sun: { id: string; idNumber: string };

  beforeAll(async () => {
    t = await createTestApp();
    s = new Scenario(t);
    const bureau = await s.bureau('141100');
    coking = await s.organization(bureau.officer, 'enterprise', '141102', '山西吕梁焦化集团');
    machinery = await s.organization(bureau.officer, 'enterprise', '141181', '孝义重型机械有限公司');
    wang = await s.worker(coking.hr, { fullName: '王建国' });
    li = await s.worker(coking.hr, { fullName: '李秀英' });
    zhao = await s.worker(coking.hr, { fullName: '赵强' });
    outsider = await s.worker(machinery.hr, { fullName: '钱外人' });
    sun = await s.worker(coking.hr, { fullName: '孙丽' });
  });
  afterAll(() => t.close());

  const post = (session: Session, body: Buffer, type = 'application/zip') => t.http().post('/api/v1/workers/photos/import').set(session.auth).set('content-type', type).send(body);

  it('matches files by ID number and name, saves the good ones and reports every file', async () => {
    const zip = await zipOf({
      [`照片/王建国-${wang.idNumber}.jpg`]: await face('#3b6fb6'),
      [`李秀英-${li.idNumber}.PNG`]: await sharp({ create: { width: 300, height: 400, channels: 3, background: '#cc0000' } }).png().toBuffer(),
      [`李四-${zhao.idNumber}.jpg`]: await face('#00aa00'),
      [`钱外人-${outsider.idNumber}.jpg`]: await face('#aaaaaa'),
      [`赵强-${zhao.idNumber.slice(0, 17)}X.jpg`]: await face('#aaaaaa'),
      '说明.txt': '请按姓名-身份证号命名',
      [`孙丽-${sun.idNumber}.jpeg`]: Buffer.from('这不是图片'),
      '__MACOSX/._x.jpg': Buffer.from('resource fork'),
    });
    const res = await post(coking.hr, zip).expect(200);
    const byStatus = (status: string) => res.body.files.filter((f: { status: string }) => f.status === status).map((f: { filename: string }) => f.filename);
    expect(res.body.total).toBe(7);
    expect(res.body.saved).toBe(2);
    expect(byStatus('saved').sort()).toEqual([`李秀英-${li.idNumber.slice(0, 6)}********${li.idNumber.slice(14)}.PNG`, `王建国-${wang.idNumber.slice(0, 6)}********${wang.idNumber.slice(14)}.jpg`].sort());
    expect(byStatus('name_mismatch')).toHaveLength(1);
    // Another enterprise's worker is not told apart from an unknown number.
    expect(byStatus('unknown_id')).toHaveLength(2);
    expect(byStatus('bad_name')).toEqual(['说明.txt']);
    expect(byStatus('not_an_image')).toHaveLength(1);
    expect(JSON.stringify(res.body)).not.toContain(wang.idNumber);

    const stored = await t.dataSource.query('SELECT person_id, width, height FROM person_photos ORDER BY person_id');
    expect(stored.map((r: { person_id: string }) => r.person_id).sort()).toEqual([wang.id, li.id].sort());
    expect(stored.every((r: { width: number; height: number }) => r.width === 360 && r.height === 480)).toBe(true);
    const events = await t.dataSource.query(`SELECT entity_id, after FROM audit_events WHERE action = 'worker.photo_import'`);
    expect(events.map((e: { entity_id: string }) => e.entity_id).sort()).toEqual([wang.id, li.id].sort());
    const dump = JSON.stringify(events);
    expect(dump).not.toContain(wang.idNumber);
    expect(dump).not.toContain(li.idNumber);
  });

  it('two files for one worker are both reported as duplicates and neither is saved', async () => {
    const zip = await zipOf({ [`赵强-${zhao.idNumber}.jpg`]: await face('#111111'), [`赵强-${zhao.idNumber}.png`]: await sharp({ create: { width: 300, height: 400, channels: 3, background: '#222222' } }).png().toBuffer() });
    const res = await post(coking.hr, zip).expect(200);
    expect(res.body.files.map((f: { status: string }) => f.status)).toEqual(['duplicate', 'duplicate']);
    expect(await t.dataSource.query('SELECT 1 FROM person_photos WHERE person_id = $1', [zhao.id])).toEqual([]);
  });

  it('reads the names Windows’ own “compressed folder” writes on a Chinese system: GBK, without the UTF-8 flag', async () => {
    const gbk = (name: string) => Buffer.concat([Buffer.from([0xcd, 0xf5, 0xbd, 0xa8, 0xb9, 0xfa]), Buffer.from(name.slice('王建国'.length))]);
    const filename = `王建国-${wang.idNumber}.jpg`;
    expect(new TextDecoder('gb18030').decode(gbk(filename))).toBe(filename);
    const zip = new JSZip();
    zip.file(filename, await face('#224488'));
    // jszip writes the bytes it is given; its type says string, but a string would be re-encoded as UTF-8.
    const body = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', encodeFileName: (name) => gbk(name) as unknown as string });
    // The name is stored as GBK bytes and the UTF-8 flag (bit 11) is clear.
    expect(body.indexOf(gbk(filename))).toBeGreaterThan(0);
    expect(body.readUInt16LE(6) & 0x800).toBe(0);
    const res = await post(coking.hr, body).expect(200);
    expect(res.body).toMatchObject({ total: 1, saved: 1 });
    expect(res.body.files[0]).toMatchObject({ status: 'saved', filename: `王建国-${wang.idNumber.slice(0, 6)}********${wang.idNumber.slice(14)}.jpg` });
  });

  it('refuses what is not a bounded ZIP before inflating anything', async () => {
    expect((await post(coking.hr, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('not really a zip, just text'.repeat(5))])).expect(400)).body.code).toBe('ZIP_UNREADABLE');
    expect((await post(coking.hr, await face('#000000'), 'application/zip').expect(415)).body.code).toBe('ZIP_REQUIRED');
    const many: Record<string, string> = {};
    for (let i = 0; i < 2001; i++) many[`f${i}.txt`] = 'x';
    expect((await post(coking.hr, await zipOf(many)).expect(400)).body.code).toBe('ZIP_TOO_MANY_ENTRIES');
    // 600 MB of zeros deflates to under 1 MB: refused from the declared sizes, before inflating.
    const bombZip = sameBytesZip(
      [0, 1, 2, 3, 4, 5].map((i) => `王建国-${wang.idNumber}-${i}.jpg`),
      Buffer.alloc(100 * 1024 * 1024),
    );
    expect(bombZip.length).toBeLessThan(5 * 1024 * 1024);
    // A real archive: another reader finds the six entries and inflates one to its 100 MB, CRC checked.
    const reread = await JSZip.loadAsync(bombZip, { checkCRC32: true });
    expect(Object.keys(reread.files)).toHaveLength(6);
    expect((await reread.file(`王建国-${wang.idNumber}-0.jpg`)?.async('nodebuffer'))?.length).toBe(100 * 1024 * 1024);
    expect((await post(coking.hr, bombZip).expect(400)).body.code).toBe('ZIP_TOO_LARGE_UNCOMPRESSED');
    await post(coking.hr, Buffer.alloc(51 * 1024 * 1024, 1)).expect(413);
  }, 60_000);

  it('is for HR only', async () => {
    const worker = await s.workerLogin(coking.hr, wang.id);
    await post(worker, await zipOf({ 'a.txt': 'x' })).expect(403);
  });
});
