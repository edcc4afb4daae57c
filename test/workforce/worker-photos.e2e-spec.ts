import sharp from 'sharp';
import { crc32, deflateSync } from 'node:zlib';
import { Session } from '../harness/auth';
import { OrgRef, Scenario } from '../harness/scenario';
import { createTestApp, TestApp } from '../harness/test-app';

/** A camera photo: landscape 800×600 pixels stored sideways, EXIF orientation 6 (turn 90° clockwise), with GPS-like metadata. */
async function sidewaysCameraJpeg(): Promise<Buffer> {
  // Left half red, right half blue: turned upright, red is on top.
  const pixels = Buffer.alloc(800 * 600 * 3);
  for (let i = 0; i < 800 * 600; i++) pixels.set(i % 800 < 400 ? [255, 0, 0] : [0, 0, 255], i * 3);
  return sharp(pixels, { raw: { width: 800, height: 600, channels: 3 } })
    .jpeg()
    .withMetadata({ orientation: 6, exif: { IFD0: { Make: 'PhoneMaker', Model: 'Secret Model X', Copyright: 'GPS 37.52N 111.14E' } } })
    .toBuffer();
}

/** A PNG whose header claims 40,000 × 40,000 pixels (1.6 gigapixels) in a few hundred bytes: a decompression bomb. */
function pngBomb(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(40000, 0);
  ihdr.writeUInt32BE(40000, 4);
  ihdr.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.alloc(40001 * 4))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('worker photos (证件照)', () => {
  let t: TestApp;
  let s: Scenario;
  let coking: { org: OrgRef; hr: Session };
  let machinery: { org: OrgRef; hr: Session };
  let bureau: { org: OrgRef; officer: Session };
  let worker: { id: string; idNumber: string };
  let workerSession: Session;
  let other: { id: string };
  let otherSession: Session;

  beforeAll(async () => {
    t = await createTestApp();
    s = new Scenario(t);
    bureau = await s.bureau('141100');
    coking = await s.organization(bureau.officer, 'enterprise', '141102', '山西吕梁焦化集团');
    machinery = await s.organization(bureau.officer, 'enterprise', '141181', '孝义重型机械有限公司');
    worker = await s.worker(coking.hr, { fullName: '王建国' });
    workerSession = await s.workerLogin(coking.hr, worker.id);
    other = await s.worker(coking.hr, { fullName: '李明' });
    otherSession = await s.workerLogin(coking.hr, other.id);
  });
  afterAll(() => t.close());

  const put = (session: Session, id: string, body: Buffer, type = 'image/jpeg') =>
    t.http().put(`/api/v1/workers/${id}/photo`).set(session.auth).set('content-type', type).send(body);

  it('turns a sideways phone photo upright, crops it to 3:4, makes it 360×480 JPEG and strips its metadata', async () => {
    const res = await put(coking.hr, worker.id, await sidewaysCameraJpeg()).expect(200);
    expect(res.body).toMatchObject({ width: 360, height: 480 });
    expect(res.body.sha256).toMatch(/^[0-9a-f]{64}$/);

    const got = await t.http().get(`/api/v1/workers/${worker.id}/photo`).set(coking.hr.auth).buffer(true).parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    }).expect(200);
    expect(got.headers['content-type']).toBe('image/jpeg');
    expect(got.headers['cache-control']).toContain('private');
    expect(got.headers.etag).toBe(`"${res.body.sha256}"`);
    const jpeg = got.body as Buffer;
    expect(jpeg.length).toBe(res.body.sizeBytes);
    const meta = await sharp(jpeg).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 360, height: 480 });
    expect(meta.exif).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
    expect(jpeg.toString('latin1')).not.toContain('Secret Model X');
    // Upright: the red half of the sensor is now at the top.
    // stats() reads its input, so each region is cut out first.
    const region = async (top: number) => sharp(await sharp(jpeg).extract({ left: 150, top, width: 60, height: 60 }).toBuffer()).stats();
    const top = await region(20);
    const bottom = await region(400);
    expect(top.channels[0].mean).toBeGreaterThan(200);
    expect(top.channels[2].mean).toBeLessThan(60);
    expect(bottom.channels[2].mean).toBeGreaterThan(200);

    await t.http().get(`/api/v1/workers/${worker.id}/photo`).set(coking.hr.auth).set('if-none-match', got.headers.etag).expect(304);
  });

  it('takes a PNG too, and the worker reads their own photo but not a colleague’s', async () => {
    const png = await sharp({ create: { width: 600, height: 900, channels: 4, background: { r: 0, g: 128, b: 0, alpha: 0.5 } } }).png().toBuffer();
    await put(coking.hr, other.id, png, 'image/png').expect(200);
    await t.http().get(`/api/v1/workers/${worker.id}/photo`).set(workerSession.auth).expect(200);
    await t.http().get(`/api/v1/workers/${other.id}/photo`).set(workerSession.auth).expect(404);
    await t.http().get(`/api/v1/workers/${other.id}/photo`).set(otherSession.auth).expect(200);
    // The worker cannot change it, nor can the bureau.
    const own = await put(workerSession, worker.id, png, 'image/png').expect(403);
    expect(own.body.code).toBe('ROLE_NOT_ALLOWED');
    await t.http().delete(`/api/v1/workers/${worker.id}/photo`).set(workerSession.auth).expect(403);
    await t.http().get(`/api/v1/workers/${worker.id}/photo`).set(bureau.officer.auth).expect(403);
  });

  it('answers 404 to HR of another enterprise, for reading, replacing and removing', async () => {
    const jpeg = await sidewaysCameraJpeg();
    expect((await t.http().get(`/api/v1/workers/${worker.id}/photo`).set(machinery.hr.auth).expect(404)).body.code).toBe('NOT_FOUND');
    await put(machinery.hr, worker.id, jpeg).expect(404);
    await t.http().delete(`/api/v1/workers/${worker.id}/photo`).set(machinery.hr.auth).expect(404);
  });

  it('refuses what is not a photo, by its content, with a code', async () => {
    const text = Buffer.from('这不是照片，只是改了扩展名的文本文件。'.repeat(20));
    const renamed = await put(coking.hr, worker.id, text).expect(415);
    expect(renamed.headers['content-type']).toContain('application/problem+json');
    expect(renamed.body.code).toBe('PHOTO_TYPE_NOT_ALLOWED');

    const pdf = await put(coking.hr, worker.id, Buffer.from('%PDF-1.7\n%...'), 'application/octet-stream').expect(415);
    expect(pdf.body.code).toBe('PHOTO_TYPE_NOT_ALLOWED');

    const png = await sharp({ create: { width: 300, height: 400, channels: 3, background: '#888888' } }).png().toBuffer();
    expect((await put(coking.hr, worker.id, png, 'image/jpeg').expect(415)).body.code).toBe('PHOTO_TYPE_MISMATCH');

    // JPEG magic bytes, then garbage.
    const truncated = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(2000, 0x41)]);
    expect((await put(coking.hr, worker.id, truncated).expect(400)).body.code).toBe('PHOTO_UNREADABLE');

    expect((await put(coking.hr, worker.id, pngBomb(), 'image/png').expect(400)).body.code).toBe('PHOTO_TOO_MANY_PIXELS');

    const tiny = await sharp({ create: { width: 60, height: 80, channels: 3, background: '#888888' } }).jpeg().toBuffer();
    expect((await put(coking.hr, worker.id, tiny).expect(422)).body.code).toBe('PHOTO_TOO_SMALL');

    const huge = Buffer.concat([await sidewaysCameraJpeg(), Buffer.alloc(5 * 1024 * 1024)]);
    const tooLarge = await put(coking.hr, worker.id, huge).expect(413);
    expect(tooLarge.body.code).toBe('PHOTO_TOO_LARGE');

    // None of these changed the stored photo or left an audit event.
    const audit = await t.http().get(`/api/v1/audit-events?entityId=${worker.id}`).set(coking.hr.auth).expect(200);
    expect(audit.body.items.map((e: { action: string }) => e.action).filter((a: string) => a.startsWith('worker.photo'))).toEqual(['worker.photo_upload']);
  });

  it('audits every change without the image bytes, and removal leaves no photo', async () => {
    const replaced = await put(coking.hr, worker.id, await sharp({ create: { width: 450, height: 600, channels: 3, background: '#cccccc' } }).jpeg().toBuffer()).expect(200);
    await t.http().delete(`/api/v1/workers/${worker.id}/photo`).set(coking.hr.auth).expect(204);
    expect((await t.http().get(`/api/v1/workers/${worker.id}/photo`).set(coking.hr.auth).expect(404)).body.code).toBe('NOT_FOUND');
    await t.http().delete(`/api/v1/workers/${worker.id}/photo`).set(coking.hr.auth).expect(404);

    const audit = await t.http().get(`/api/v1/audit-events?entityId=${worker.id}`).set(coking.hr.auth).expect(200);
    const photoEvents = audit.body.items.filter((e: { action: string }) => e.action.startsWith('worker.photo'));
    expect(photoEvents.map((e: { action: string }) => e.action).sort()).toEqual(['worker.photo_delete', 'worker.photo_replace', 'worker.photo_upload']);
    const deleted = photoEvents.find((e: { action: string }) => e.action === 'worker.photo_delete');
    expect(deleted.before).toMatchObject({ sha256: replaced.body.sha256, width: 360, height: 480 });
    const dump = JSON.stringify(await t.dataSource.query(`SELECT * FROM audit_events WHERE action LIKE 'worker.photo%'`));
    expect(dump.length).toBeLessThan(5000);
    expect(dump).not.toMatch(/\/9j\/|ffd8ff/);
  });
});
