import { generateCreditCode } from '@skill-ladder/platform';
import { seedDemo } from '../../scripts/seed-demo-scenario';
import { Scenario } from '../harness/scenario';
import { createTestApp, TestApp } from '../harness/test-app';

/** `npm run seed:demo`: the whole scenario or nothing, and a clear word on what stood in its way. */
describe('seed:demo', () => {
  let t: TestApp;
  let lines: string[];
  const seed = () => {
    lines = [];
    return seedDemo(t.app, t.config, 12, (text) => lines.push(text));
  };
  const counts = async () =>
    (await t.dataSource.query(`SELECT (SELECT count(*) FROM organizations) AS orgs, (SELECT count(*) FROM users) AS users,
       (SELECT count(*) FROM persons) AS persons, (SELECT count(*) FROM audit_events) AS audit`))[0];

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('refuses, changing nothing, when another bureau already serves 141100, and names it', async () => {
    const { org } = await new Scenario(t).bureau('141100', '吕梁市人社局（既有）');
    const before = await counts();
    expect(await seed()).toBe(1);
    expect(lines.join('\n')).toContain(`bureau '吕梁市人社局（既有）' (141100)`);
    expect(lines.join('\n')).toContain('Nothing was changed');
    expect(await counts()).toEqual(before);
    await t.dataSource.query(`UPDATE organizations SET status = 'suspended' WHERE id = $1`, [org.id]);
  });

  it('keeps nothing when a step fails half-way (a credit code the scenario needs is taken)', async () => {
    const s = new Scenario(t);
    const { officer, org: county } = await s.bureau('141181', '孝义市人社局');
    const blocker = await s.post(officer, '/api/v1/organizations', {
      kind: 'enterprise',
      name: '占用信用代码的企业',
      regionCode: '141181',
      creditCode: generateCreditCode({ regionCode: '141181', sequence: 1001 }),
    });
    const before = await counts();
    await expect(seed()).rejects.toThrow(/credit code/);
    expect(lines.join('\n')).toMatch(/nothing was kept/);
    expect(await counts()).toEqual(before);
    const [demoOfficer] = await t.dataSource.query(`SELECT 1 FROM users WHERE username = 'lvliang.officer'`);
    expect(demoOfficer).toBeUndefined();
    await t.dataSource.query(`UPDATE organizations SET credit_code = $2 WHERE id = $1`, [blocker.id, generateCreditCode({ regionCode: '141181', sequence: 9001 })]);
    // The county bureau would otherwise receive the demo's filing instead of the city's.
    await t.dataSource.query(`UPDATE organizations SET status = 'suspended' WHERE id = $1`, [county.id]);
  });

  it('creates the whole scenario once; a second run says what it found and does nothing', async () => {
    expect(await seed()).toBe(0);
    expect(lines.join('\n')).toContain('Demo data for 吕梁市 created: 1 bureau, 2 enterprises, 1 dispatch agency, 12 workers');
    const after = await counts();
    expect(await seed()).toBe(0);
    expect(lines.join('\n')).toMatch(/^Demo data is already present \(found user agency\.hr, .*bureau '吕梁市人力资源和社会保障局' \(141100\).*\); nothing to do\.$/);
    expect(await counts()).toEqual(after);
  });
});
