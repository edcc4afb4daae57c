import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { seedDemoJourneys, type DemoJourneyResult } from '../../scripts/demo/demo-journeys';
import { generateCreditCode } from '@skill-ladder/platform';
import { loginAdmin, login, Session } from '../harness/auth';
import { PASSWORD, Scenario } from '../harness/scenario';
import { createTestApp, TestApp } from '../harness/test-app';
import { launchBrowser } from './browser';

export const WEB_DIR = resolve(__dirname, '../../apps/web/dist');
export const SHOTS = resolve(__dirname, '../../test-results/screenshots');
export const PHONE = { width: 375, height: 812 };
export const TABLET = { width: 768, height: 1024 };
export const DESKTOP = { width: 1280, height: 800 };
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
// The smallest valid PDF the API's content sniffing accepts.
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

/** What every journey works on, filled in by the suite's `beforeAll`. */
export interface JourneyWorld {
  t: TestApp;
  base: string;
  demo: DemoJourneyResult;
  hrSession: Session;
}

/**
 * The world a journey file runs in: the real API on its own PostgreSQL database serving the built
 * web app, the demo journeys' data (吕梁 bureau, the coking group with its campaigns and workers, a
 * machinery maker), and one headless Chromium. Call it at the top of the file's `describe`: it
 * registers the hooks (an uncaught page error fails the journey) and answers the helpers.
 */
export function useJourneys() {
  const world = {} as JourneyWorld;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];

  async function open(viewport: { width: number; height: number }): Promise<Page> {
    const context = await (browser as Browser).newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', reducedMotion: 'reduce' });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
    return page;
  }
  const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });

  async function signIn(page: Page, username: string, path = '/') {
    await page.goto(`${world.base}${path}`);
    await page.getByLabel('用户名').fill(username);
    await page.getByLabel('密码').fill(PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
  }

  /** axe-core in the page (run through the debugging protocol, which the page's CSP does not govern). */
  async function seriousViolations(page: Page): Promise<string[]> {
    await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
    const result = await page.evaluate(async () => {
      const window = globalThis;
      type Node = { target: string[]; html: string; failureSummary: string };
      const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: Node[] }[] }> } }).axe;
      return (await axe.run()).violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        nodes: v.nodes.map((n) => `${n.html.slice(0, 120)} — ${n.failureSummary.replace(/\s+/g, ' ').slice(0, 200)}`),
      }));
    });
    return result.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${v.nodes.join(', ')}`);
  }

  beforeAll(async () => {
    if (!existsSync(join(WEB_DIR, 'index.html'))) throw new Error('The web app is not built: run `npm run build:web` (npm test builds it first).');
    mkdirSync(SHOTS, { recursive: true });
    const t = await createTestApp({ WEB_DIR });
    world.t = t;
    await t.app.listen(0, '127.0.0.1');
    world.base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;

    const s = new Scenario(t);
    const admin = await loginAdmin(t);
    const bureau = await s.post(admin, '/api/v1/organizations', { kind: 'bureau', name: '吕梁市人力资源和社会保障局', regionCode: '141100' });
    await s.post(admin, '/api/v1/users', { username: 'lvliang.officer', password: PASSWORD, displayName: '职业能力建设科', organizationId: bureau.id, roles: ['bureau_officer'] });
    const officer = await login(t, 'lvliang.officer', PASSWORD);
    const coking = await s.post(officer, '/api/v1/organizations', {
      kind: 'enterprise',
      name: '山西孝义焦煤焦化集团有限公司',
      regionCode: '141181',
      creditCode: generateCreditCode({ regionCode: '141181', sequence: 4242 }),
    });
    await s.post(officer, '/api/v1/users', { username: 'coking.hr', password: PASSWORD, displayName: '人力资源部', organizationId: coking.id, roles: ['hr_admin'] });
    world.demo = await seedDemoJourneys(t.app, {
      hr: { username: 'coking.hr', password: PASSWORD },
      officer: { username: 'lvliang.officer', password: PASSWORD },
      password: PASSWORD,
      prefix: 'demo',
      openCampaign: true,
    });
    world.hrSession = await login(t, 'coking.hr', PASSWORD);
    const machinery = await s.post(officer, '/api/v1/organizations', {
      kind: 'enterprise',
      name: '吕梁重型机械制造有限公司',
      regionCode: '141102',
      creditCode: generateCreditCode({ regionCode: '141102', sequence: 4343 }),
    });
    await s.post(officer, '/api/v1/users', { username: 'machinery.hr', password: PASSWORD, displayName: '重机人力资源部', organizationId: machinery.id, roles: ['hr_admin'] });
    browser = await launchBrowser();
  }, 120_000);

  // The pages a journey opens are closed when it ends (those a `beforeAll` opened stay for the
  // file): an idle SPA still runs its timers and holds a renderer, and a file of thirty journeys
  // would otherwise keep thirty of them alive on the CI machine's two cores.
  let openedBefore = 0;
  beforeEach(() => {
    openedBefore = contexts.length;
  });

  afterEach(async () => {
    for (const c of contexts.splice(openedBefore)) await c.close().catch(() => undefined);
    // An uncaught error in the page is a defect even when the journey still got through.
    expect(pageErrors.splice(0)).toEqual([]);
  });

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await world.t?.close();
  });

  return { world, open, shot, signIn, seriousViolations };
}

/** How far the page is wider than the window (0: nothing cut off, no sideways scrolling). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const w = globalThis as unknown as { document: { documentElement: { scrollWidth: number } }; innerWidth: number };
    return w.document.documentElement.scrollWidth - w.innerWidth;
  });
}

export async function expectText(locator: Locator, text: string): Promise<void> {
  await locator.filter({ hasText: text }).first().waitFor();
}
