import { IssueCertificateInput, issueInputProblems } from './issue-input';

const TODAY = '2026-09-30';
const valid: IssueCertificateInput = {
  bodyOrganizationId: '2f1c8a7e-9a36-4d8e-8f41-2f7cbf1b6a10',
  personId: '6b0d1f2e-3c4a-4b5c-8d6e-7f8091a2b3c4',
  occupationCode: '6-18-02-04',
  workType: null,
  rank: 'L3',
  issuedOn: TODAY,
  route: 'campaign',
  campaignId: '0d9f8e7c-6b5a-4c3d-9e2f-1a0b9c8d7e6f',
  applicationId: '1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d',
};
const fields = (input: Partial<IssueCertificateInput>) =>
  issueInputProblems({ ...valid, ...input } as IssueCertificateInput, TODAY).map((p) => `${p.field}:${p.code}`);

describe('issueInputProblems', () => {
  it('accepts a campaign certificate dated today, and one without campaign (issued directly)', () => {
    expect(fields({})).toEqual([]);
    expect(fields({ campaignId: null, applicationId: undefined, workType: '电焊工' })).toEqual([]);
  });

  it('accepts a competition certificate that names its result', () => {
    expect(fields({ route: 'competition', campaignId: null, applicationId: null, competitionResultId: valid.applicationId })).toEqual([]);
  });

  it.each([
    [{ issuedOn: '2026-10-01' }, 'issuedOn:future'],
    [{ issuedOn: '2026-02-30' }, 'issuedOn:date'],
    [{ issuedOn: '26-09-30' }, 'issuedOn:date'],
    [{ issuedOn: '1999-12-31' }, 'issuedOn:year'],
    [{ rank: 'special' as never }, 'rank:notCertified'],
    [{ rank: 'apprentice' as never }, 'rank:notCertified'],
    [{ personId: 'not-a-uuid' }, 'personId:uuid'],
    [{ bodyOrganizationId: '' }, 'bodyOrganizationId:uuid'],
    [{ applicationId: '42' }, 'applicationId:uuid'],
    [{ occupationCode: '6180204' }, 'occupationCode:format'],
    [{ workType: '   ' }, 'workType:length'],
    [{ workType: 'x'.repeat(101) }, 'workType:length'],
    [{ route: 'bulk' as never }, 'route:route'],
    [{ route: 'competition' as const, campaignId: null, applicationId: null }, 'competitionResultId:required'],
    [{ route: 'competition' as const, competitionResultId: valid.personId }, 'route:mixed'],
    [{ competitionResultId: valid.personId }, 'competitionResultId:mixed'],
  ])('%j → %s', (input, problem) => {
    expect(fields(input)).toEqual([problem]);
  });

  it('reports every problem at once', () => {
    expect(fields({ personId: 'x', rank: 'L9' as never, issuedOn: '2027-01-01' })).toEqual(['personId:uuid', 'rank:notCertified', 'issuedOn:future']);
  });
});
