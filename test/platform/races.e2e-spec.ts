import { generateCreditCode } from '@skill-ladder/platform';
import { Session } from '../harness/auth';
import { OrgRef, PASSWORD, Scenario } from '../harness/scenario';
import { createTestApp, TestApp } from '../harness/test-app';

/**
 * Create routes with a unique rule, twenty identical requests at once: exactly one 201 and
 * nineteen 409 with one stable code, never a 500, whichever request reaches the database first.
 */
describe('races on create routes with a unique rule', () => {
  let t: TestApp;
  let s: Scenario;
  let officer: Session;
  let hr: Session;
  let org: OrgRef;

  beforeAll(async () => {
    t = await createTestApp();
    s = new Scenario(t);
    ({ officer } = await s.bureau('141100'));
    ({ hr, org } = await s.organization(officer, 'enterprise', '141102'));
  });
  afterAll(() => t.close());

  const cases: [name: string, session: () => Session, path: () => string, body: () => object][] = [
    ['POST /users (one username)', () => officer, () => '/api/v1/users', () => ({ username: 'race.user', password: PASSWORD, displayName: '并发', organizationId: org.id, roles: ['hr_admin'] })],
    ['POST /organizations (one credit code)', () => officer, () => '/api/v1/organizations', () => ({ kind: 'enterprise', name: '并发企业', regionCode: '141102', creditCode: generateCreditCode({ regionCode: '141102', sequence: 424242 }) })],
    ['POST /workers (one ID number)', () => hr, () => '/api/v1/workers', () => ({ fullName: '并发职工', idNumber: s.idNumber('141102', '1988-08-08'), employment: { employmentType: 'regular', occupationCode: '6-18-02-04', occupationStartedOn: '2012-07-01', hiredOn: '2012-07-01' } })],
    ['POST /organizations/{id}/tiers (one name)', () => hr, () => `/api/v1/organizations/${org.id}/tiers`, () => ({ name: '并发带头人', nationalRank: 'L1', subOrder: 1 })],
  ];

  it.each(cases)('%s', async (_name, session, path, body) => {
    const payload = body();
    const results = await Promise.all(Array.from({ length: 20 }, () => t.http().post(path()).set(session().auth).send(payload)));
    expect(results.map((r) => r.status).sort()).toEqual([201, ...Array(19).fill(409)]);
    const codes = new Set(results.filter((r) => r.status === 409).map((r) => r.body.code));
    expect(codes.size).toBe(1);
    expect([...codes][0]).toMatch(/^[A-Z_]+$/);
  });
});
