import type { FieldError } from '@skill-ladder/platform';
import { NATIONAL_RANKS } from '../draw/ranks';
import { NationalRankCode } from '../rules/certificate-number';
import { CERTIFICATE_ROUTES, CertificateRoute } from './certificate-fields';
import { tryParseIsoDate } from '@skill-ladder/vocabulary';

/** What a caller (finalization of a campaign, a competition result) asks to be certified. */
export interface IssueCertificateInput {
  /** The evaluation body: an enterprise with an approved filing covering the occupation and level. */
  bodyOrganizationId: string;
  personId: string;
  occupationCode: string;
  workType?: string | null;
  rank: NationalRankCode;
  /** China business date, YYYY-MM-DD. */
  issuedOn: string;
  route: CertificateRoute;
  campaignId?: string | null;
  applicationId?: string | null;
  competitionResultId?: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const OCCUPATION = /^\d-\d{2}-\d{2}-\d{2}$/;

/**
 * Every problem with an issuance request, as field errors (empty when it is well formed).
 * `today` is the China business date: a certificate is never dated in the future.
 */
export function issueInputProblems(input: IssueCertificateInput, today: string): FieldError[] {
  const problems: FieldError[] = [];
  const add = (field: string, code: string, message: string) => problems.push({ field, code, message });
  for (const field of ['bodyOrganizationId', 'personId'] as const) {
    if (!UUID.test(String(input[field]))) add(field, 'uuid', `${field} must be a UUID`);
  }
  for (const field of ['campaignId', 'applicationId', 'competitionResultId'] as const) {
    const value = input[field];
    if (value !== undefined && value !== null && !UUID.test(String(value))) add(field, 'uuid', `${field} must be a UUID or null`);
  }
  if (!OCCUPATION.test(String(input.occupationCode))) add('occupationCode', 'format', '职业编码格式应为 6-18-02-04 / occupation code must look like 6-18-02-04');
  if (input.workType !== undefined && input.workType !== null && (typeof input.workType !== 'string' || input.workType.trim().length < 1 || input.workType.length > 100)) {
    add('workType', 'length', '工种应为1–100个字符或留空 / work type must be 1–100 characters or null');
  }
  if (!(NATIONAL_RANKS as readonly string[]).includes(input.rank)) {
    add('rank', 'notCertified', `证书等级应为 ${NATIONAL_RANKS.join('、')} 之一 / only L5–L1 carry a certificate`);
  }
  const issued = tryParseIsoDate(input.issuedOn);
  if (!issued) add('issuedOn', 'date', '发证日期格式应为 YYYY-MM-DD / issue date must be YYYY-MM-DD');
  else if (issued.year < 2000 || issued.year > 2099) add('issuedOn', 'year', '证书编号只能表示2000–2099年 / certificate numbers encode the years 2000–2099');
  else if (input.issuedOn > today) add('issuedOn', 'future', '发证日期不能晚于今天 / a certificate cannot be dated in the future');
  if (!(CERTIFICATE_ROUTES as readonly string[]).includes(input.route)) {
    add('route', 'route', 'route must be campaign (认定计划) or competition (以赛代评)');
  } else if (input.route === 'competition') {
    if (!input.competitionResultId) add('competitionResultId', 'required', '以赛代评须注明竞赛成绩 / a competition certificate names its result');
    if (input.campaignId || input.applicationId) add('route', 'mixed', 'a competition certificate has no campaign or application');
  } else if (input.competitionResultId) {
    add('competitionResultId', 'mixed', 'a campaign certificate has no competition result');
  }
  return problems;
}
