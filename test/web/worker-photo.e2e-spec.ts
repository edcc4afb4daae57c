import JSZip from 'jszip';
import sharp from 'sharp';
import type { Page } from 'playwright-core';
import type { TestApp } from '../harness/test-app';
import type { DemoJourneyResult } from '../../scripts/demo/demo-journeys';
import { DESKTOP, expectText, horizontalOverflow, PHONE, useJourneys } from './journey-kit';

/** A portrait-ish photo: a face-coloured oval on blue, 900×1000 (not 3:4, so the cropper has work to do). */
async function portrait(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="900" height="1000"><rect width="900" height="1000" fill="#3b6fb6"/>
    <ellipse cx="450" cy="430" rx="190" ry="240" fill="#f1c9a5"/><rect x="210" y="700" width="480" height="300" rx="120" fill="#222"/></svg>`;
  return sharp(Buffer.from(svg)).jpeg().toBuffer();
}

/** HR gives a worker a 证件照 from the record page (cropped to 3:4 in the browser), removes it, and the worker sees it on their phone. */
describe('worker photo in Chromium (证件照)', () => {
  const { world, open, shot, signIn } = useJourneys();
  let t: TestApp;
  let demo: DemoJourneyResult;
  beforeAll(() => ({ t, demo } = world));

  async function openRecord(page: Page): Promise<string> {
    await signIn(page, 'coking.hr', '/hr/workers');
    await page.getByPlaceholder('姓名（开头匹配）').fill(demo.worker.name);
    await page.getByPlaceholder('姓名（开头匹配）').press('Enter');
    await page.waitForURL(/name=/);
    await page.getByRole('row').filter({ hasText: demo.worker.name }).getByRole('link', { name: demo.worker.name }).click();
    await page.waitForURL(/\/hr\/workers\/[0-9a-f-]{36}$/);
    return page.url().split('/').pop() as string;
  }

  const photoShown = (page: Page) =>
    page.waitForFunction(() => {
      const img = (globalThis as unknown as { document: { querySelector(s: string): { complete: boolean; naturalWidth: number; naturalHeight: number } | null } }).document.querySelector('[data-testid="worker-photo"]');
      return img !== null && img.complete && img.naturalWidth === 360 && img.naturalHeight === 480;
    });

  it('uploads a photo through the cropper, shows it, refuses a too small one in Chinese, and deletes it after a confirm', async () => {
    const page = await open(DESKTOP);
    const personId = await openRecord(page);
    const card = page.getByTestId('worker-photo-card');
    await card.getByTestId('photo-placeholder').waitFor();

    await card.locator('input[type=file]').setInputFiles({ name: '证件照.jpg', mimeType: 'image/jpeg', buffer: await portrait() });
    const crop = page.getByRole('dialog', { name: '裁剪照片（3:4）' });
    await crop.waitFor();
    await crop.getByRole('button', { name: '确定' }).click();
    await expectText(page.locator('.ant-message'), '照片已保存');
    await photoShown(page);
    await card.scrollIntoViewIfNeeded();
    await shot(page, '95-hr-worker-photo');
    expect(await horizontalOverflow(page)).toBe(0);

    const stored = await t.dataSource.query('SELECT width, height FROM person_photos WHERE person_id = $1', [personId]);
    expect(stored).toEqual([{ width: 360, height: 480 }]);

    // Still there after a reload.
    await page.reload();
    await photoShown(page);

    // A photo too small to recognise a face: the API refuses it and the page says why in Chinese; the stored photo stays.
    const tiny = await sharp({ create: { width: 60, height: 80, channels: 3, background: '#777777' } }).jpeg().toBuffer();
    await card.locator('input[type=file]').setInputFiles({ name: '小图.jpg', mimeType: 'image/jpeg', buffer: tiny });
    await crop.getByRole('button', { name: '确定' }).click();
    await expectText(page.locator('.ant-message'), '照片太小，至少需要 150×200 像素');
    await photoShown(page);

    await card.getByRole('button', { name: '删除照片' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: '删除' }).click();
    await expectText(page.locator('.ant-message'), '照片已删除');
    await card.getByTestId('photo-placeholder').waitFor();
    expect(await t.dataSource.query('SELECT 1 FROM person_photos WHERE person_id = $1', [personId])).toEqual([]);

    // Upload again for the worker's own page.
    await card.locator('input[type=file]').setInputFiles({ name: '证件照.jpg', mimeType: 'image/jpeg', buffer: await portrait() });
    await crop.getByRole('button', { name: '确定' }).click();
    await photoShown(page);
  });

  it('the worker sees their own photo on a 375 px phone', async () => {
    const page = await open(PHONE);
    await signIn(page, demo.worker.username, '/worker/career');
    const identity = page.getByTestId('worker-identity');
    await expectText(identity, demo.worker.name);
    await photoShown(page);
    expect(await horizontalOverflow(page)).toBe(0);
    await shot(page, '96-worker-own-photo-phone');
  });

  it('HR imports photos from a ZIP on the workers page and sees a report of every file', async () => {
    const page = await open(DESKTOP);
    await signIn(page, 'coking.hr', '/hr/workers');
    const [person] = await t.dataSource.query(`SELECT p.id FROM persons p WHERE p.full_name = $1`, [demo.worker.name]);
    const { idNumber } = (await t.http().post(`/api/v1/workers/${person.id}/id-number/reveal`).set(world.hrSession.auth).expect(200)).body;
    const zip = new JSZip();
    zip.file(`${demo.worker.name}-${idNumber}.jpg`, await portrait());
    zip.file('合影.jpg', await portrait());
    await page.getByRole('button', { name: '导入照片' }).click();
    const dialog = page.getByRole('dialog', { name: '批量导入证件照' });
    await dialog.locator('input[type=file]').setInputFiles({ name: '证件照.zip', mimeType: 'application/zip', buffer: await zip.generateAsync({ type: 'nodebuffer' }) });
    await expectText(dialog, '共 2 个文件，已导入 1 张照片，1 个未导入');
    const report = dialog.getByTestId('photo-import-report');
    await expectText(report.getByRole('row').filter({ hasText: demo.worker.name }), '已导入');
    await expectText(report.getByRole('row').filter({ hasText: '合影.jpg' }), '文件名不符');
    expect(await report.textContent()).not.toContain(idNumber);
    await shot(page, '97-hr-photo-zip-import');
  });
});
