import { generateCreditCode, generateResidentId } from '@skill-ladder/platform';
import { login, loginAdmin, Session } from './auth';
import type { TestApp } from './test-app';

export const PASSWORD = 'correct-horse-battery-staple';

let sequence = 0;
const next = () => ++sequence;

export interface OrgRef {
  id: string;
  name: string;
  regionCode: string;
}

/** Builds organizations, users and workers through the HTTP API, as a user would. */
export class Scenario {
  constructor(readonly t: TestApp) {}

  async admin(): Promise<Session> {
    return loginAdmin(this.t);
  }

  async bureau(regionCode: string, name = `人社局${regionCode}`): Promise<{ org: OrgRef; officer: Session }> {
    const admin = await this.admin();
    const org = await this.post(admin, '/api/v1/organizations', { kind: 'bureau', name, regionCode });
    const username = `officer${next()}`;
    await this.post(admin, '/api/v1/users', { username, password: PASSWORD, displayName: '经办人', organizationId: org.id, roles: ['bureau_officer'] });
    return { org, officer: await login(this.t, username, PASSWORD) };
  }

  async organization(
    officer: Session,
    kind: 'enterprise' | 'dispatch_agency',
    regionCode: string,
    name = `${kind === 'enterprise' ? '企业' : '劳务派遣公司'}${next()}`,
  ): Promise<{ org: OrgRef; hr: Session }> {
    const org = await this.post(officer, '/api/v1/organizations', {
      kind,
      name,
      regionCode,
      creditCode: generateCreditCode({ regionCode, sequence: next() }),
    });
    const username = `hr${next()}`;
    await this.post(officer, '/api/v1/users', { username, password: PASSWORD, displayName: 'HR', organizationId: org.id, roles: ['hr_admin'] });
    return { org, hr: await login(this.t, username, PASSWORD) };
  }

  idNumber(regionCode = '141102', birthDate = '1990-03-07'): string {
    return generateResidentId({ regionCode, birthDate, sequence: next() % 1000 });
  }

  async worker(hr: Session, overrides: Record<string, unknown> = {}, employment: Record<string, unknown> = {}): Promise<{ id: string; idNumber: string; body: any }> {
    const idNumber = (overrides.idNumber as string) ?? this.idNumber();
    const body = await this.post(hr, '/api/v1/workers', {
      fullName: `职工${next()}`,
      idNumber,
      employment: { employmentType: 'regular', occupationCode: '6-18-02-04', occupationStartedOn: '2012-07-01', hiredOn: '2012-07-01', ...employment },
      ...overrides,
    });
    return { id: body.id, idNumber, body };
  }

  async workerLogin(hr: Session, personId: string): Promise<Session> {
    const username = `worker${next()}`;
    await this.post(hr, `/api/v1/workers/${personId}/account`, { username, password: PASSWORD });
    return login(this.t, username, PASSWORD);
  }

  async post(session: Session, path: string, body: unknown): Promise<any> {
    const res = await this.t.http().post(path).set(session.auth).send(body as object);
    if (res.status >= 300) throw new Error(`POST ${path} → ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  }
}
