import { generateCreditCode } from '@skill-ladder/platform';
import { Session } from '../harness/auth';
import { OrgRef, Scenario } from '../harness/scenario';
import { createTestApp, TestApp } from '../harness/test-app';

describe('organizations, users and jurisdiction', () => {
  let t: TestApp;
  let s: Scenario;
  let lvliang: { org: OrgRef; officer: Session };
  let taiyuan: { org: OrgRef; officer: Session };
  let lishiEnterprise: { org: OrgRef; hr: Session };
  let xiaoyiEnterprise: { org: OrgRef; hr: Session };
  let xiaodianEnterprise: { org: OrgRef; hr: Session };

  beforeAll(async () => {
    t = await createTestApp();
    s = new Scenario(t);
    lvliang = await s.bureau('141100', '吕梁市人力资源和社会保障局');
    taiyuan = await s.bureau('140100', '太原市人力资源和社会保障局');
    lishiEnterprise = await s.organization(lvliang.officer, 'enterprise', '141102', '吕梁离石焦化有限公司');
    xiaoyiEnterprise = await s.organization(lvliang.officer, 'enterprise', '141181', '孝义市机械制造有限公司');
    xiaodianEnterprise = await s.organization(taiyuan.officer, 'enterprise', '140105', '太原小店装备有限公司');
  });
  afterAll(() => t.close());

  it('a city bureau sees the organizations of its districts and none of another city', async () => {
    const res = await t.http().get('/api/v1/organizations?pageSize=200').set(lvliang.officer.auth).expect(200);
    const ids = res.body.items.map((o: { id: string }) => o.id);
    expect(ids).toEqual(expect.arrayContaining([lvliang.org.id, lishiEnterprise.org.id, xiaoyiEnterprise.org.id]));
    expect(ids).not.toContain(xiaodianEnterprise.org.id);
    expect(ids).not.toContain(taiyuan.org.id);
    expect(res.body.items.every((o: { regionCode: string }) => o.regionCode.startsWith('1411'))).toBe(true);
    await t.http().get(`/api/v1/organizations/${xiaodianEnterprise.org.id}`).set(lvliang.officer.auth).expect(404);
  });

  it('a provincial bureau sees every city of the province', async () => {
    const shanxi = await s.bureau('140000', '山西省人力资源和社会保障厅');
    const res = await t.http().get('/api/v1/organizations?pageSize=200').set(shanxi.officer.auth).expect(200);
    const ids = res.body.items.map((o: { id: string }) => o.id);
    expect(ids).toEqual(expect.arrayContaining([lishiEnterprise.org.id, xiaodianEnterprise.org.id, taiyuan.org.id]));
  });

  it('a bureau cannot file an enterprise outside its region', async () => {
    const res = await t.http().post('/api/v1/organizations').set(lvliang.officer.auth)
      .send({ kind: 'enterprise', name: '越权企业', regionCode: '140105', creditCode: generateCreditCode({ regionCode: '140105', sequence: 42 }) })
      .expect(422);
    expect(res.body).toMatchObject({ code: 'REGION_OUTSIDE_JURISDICTION', errors: [expect.objectContaining({ field: 'regionCode' })] });
  });

  it('an HR admin sees only its own organization, and 404 for another', async () => {
    const own = await t.http().get('/api/v1/organizations').set(lishiEnterprise.hr.auth).expect(200);
    expect(own.body.items.map((o: { id: string }) => o.id)).toEqual([lishiEnterprise.org.id]);
    await t.http().get(`/api/v1/organizations/${xiaoyiEnterprise.org.id}`).set(lishiEnterprise.hr.auth).expect(404);
  });

  it('rejects a credit code with a wrong check character as a field error', async () => {
    const res = await t.http().post('/api/v1/organizations').set(lvliang.officer.auth)
      .send({ kind: 'enterprise', name: '校验失败企业', regionCode: '141102', creditCode: '914403001922038217' })
      .expect(400);
    expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'creditCode', code: 'isCreditCode' })]);
  });

  it('accepts a valid credit code registered in another province, keeping the mismatch as a warning on the record', async () => {
    const res = await t.http().post('/api/v1/organizations').set(lvliang.officer.auth)
      .send({ kind: 'enterprise', name: '福建某集团吕梁分公司', regionCode: '141102', creditCode: '91350100M000100Y43' })
      .expect(201);
    expect(res.body.warnings).toEqual([{ code: 'CREDIT_CODE_REGION_MISMATCH', field: 'creditCode', message: expect.stringContaining('350100') }]);
    const stored = await t.http().get(`/api/v1/organizations/${res.body.id}`).set(lvliang.officer.auth).expect(200);
    expect(stored.body.warnings).toEqual(res.body.warnings);
    const local = await t.http().post('/api/v1/organizations').set(lvliang.officer.auth)
      .send({ kind: 'enterprise', name: '太原注册的吕梁企业', regionCode: '141102', creditCode: generateCreditCode({ regionCode: '140100', sequence: 777 }) })
      .expect(201);
    expect(local.body.warnings).toEqual([]);
  });

  it('rejects an unknown region code', async () => {
    const res = await t.http().post('/api/v1/organizations').set(lvliang.officer.auth)
      .send({ kind: 'enterprise', name: '未知地区企业', regionCode: '999999', creditCode: '914403001922038216' })
      .expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain('regionCode');
  });

  it('files an enterprise in a county anywhere in China (national division codes), and refuses a code the list does not have', async () => {
    const fuzhou = await s.bureau('350100', '福州市人力资源和社会保障局');
    const res = await t.http().post('/api/v1/organizations').set(fuzhou.officer.auth)
      .send({ kind: 'enterprise', name: '福州鼓楼数控有限公司', regionCode: '350102', creditCode: generateCreditCode({ regionCode: '350102', sequence: 9 }) })
      .expect(201);
    expect(res.body).toMatchObject({ regionCode: '350102', regionName: '鼓楼区', warnings: [] });
    const seen = await t.http().get('/api/v1/organizations?pageSize=200').set(fuzhou.officer.auth).expect(200);
    expect(seen.body.items.map((o: { id: string }) => o.id)).toContain(res.body.id);
    await t.http().get(`/api/v1/organizations/${res.body.id}`).set(lvliang.officer.auth).expect(404);
    // Six digits of the right shape, but no such county, no such city.
    for (const regionCode of ['350199', '359900']) {
      const refused = await t.http().post('/api/v1/organizations').set(fuzhou.officer.auth)
        .send({ kind: 'enterprise', name: '不存在的区县企业', regionCode, creditCode: generateCreditCode({ regionCode: '350102', sequence: 10 }) })
        .expect(400);
      expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'regionCode' })]);
    }
  });

  it('one active bureau per region: a second is 409, even when ten arrive at once', async () => {
    const admin = await s.admin();
    const again = await t.http().post('/api/v1/organizations').set(admin.auth).send({ kind: 'bureau', name: '吕梁市人社局（重复）', regionCode: '141100' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('BUREAU_EXISTS_FOR_REGION');
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => t.http().post('/api/v1/organizations').set(admin.auth).send({ kind: 'bureau', name: `阳泉市人社局${i}`, regionCode: '140300' })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, ...Array(9).fill(409)]);
  });

  it('only a platform admin files a bureau', async () => {
    const res = await t.http().post('/api/v1/organizations').set(lvliang.officer.auth).send({ kind: 'bureau', name: '某局', regionCode: '141102' });
    expect(res.status).toBe(403);
  });

  it('who may create whom: HR cannot create bureau officers, a bureau cannot create HR elsewhere', async () => {
    await t.http().post('/api/v1/users').set(lishiEnterprise.hr.auth)
      .send({ username: 'sneaky.officer', password: 'long-enough-password', displayName: 'x', roles: ['bureau_officer'] })
      .expect(403);
    await t.http().post('/api/v1/users').set(lvliang.officer.auth)
      .send({ username: 'foreign.hr', password: 'long-enough-password', displayName: 'x', organizationId: xiaodianEnterprise.org.id, roles: ['hr_admin'] })
      .expect(404);
    const evaluator = await t.http().post('/api/v1/users').set(lishiEnterprise.hr.auth)
      .send({ username: 'kaopingyuan1', password: 'long-enough-password', displayName: '考评员甲', roles: ['evaluator'] })
      .expect(201);
    expect(evaluator.body).toMatchObject({ organizationId: lishiEnterprise.org.id, roles: ['evaluator'] });
  });

  it('disabling a user ends their sessions', async () => {
    const created = await t.http().post('/api/v1/users').set(lishiEnterprise.hr.auth)
      .send({ username: 'leaving.hr', password: 'long-enough-password', displayName: '离职HR', roles: ['hr_admin'] })
      .expect(201);
    const session = await t.http().post('/api/v1/auth/login').send({ username: 'leaving.hr', password: 'long-enough-password' }).expect(200);
    const auth = { Authorization: `Bearer ${session.body.accessToken}` };
    await t.http().get('/api/v1/me').set(auth).expect(200);
    await t.http().patch(`/api/v1/users/${created.body.id}`).set(lishiEnterprise.hr.auth).send({ status: 'disabled', reason: '离职' }).expect(200);
    await t.http().get('/api/v1/me').set(auth).expect(401);
  });

  it('every change is in the audit trail, scoped to the caller', async () => {
    const mine = await t.http().get(`/api/v1/audit-events?organizationId=${lishiEnterprise.org.id}&pageSize=200`).set(lvliang.officer.auth).expect(200);
    expect(mine.body.items.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(['organization.create', 'user.create', 'user.disable']));
    const disable = mine.body.items.find((e: { action: string }) => e.action === 'user.disable');
    expect(disable).toMatchObject({ reason: '离职', before: { status: 'active' }, after: { status: 'disabled' } });
    const foreign = await t.http().get(`/api/v1/audit-events?organizationId=${xiaodianEnterprise.org.id}`).set(lvliang.officer.auth).expect(200);
    expect(foreign.body.total).toBe(0);
    await t.http().get('/api/v1/audit-events').set(lishiEnterprise.hr.auth).expect(200)
      .then((r) => expect(r.body.items.every((e: { organizationId: string }) => e.organizationId === lishiEnterprise.org.id)).toBe(true));
  });
});
