import { allowedDecisions, FILING_DECISIONS, FILING_STATUSES, FilingDecision, filingCoversCampaigns, FilingStatus, filingTransition } from './filing-status';

describe('filing state machine', () => {
  const table: [FilingStatus, FilingDecision, FilingStatus | null][] = [
    ['applied', 'approve', 'approved'],
    ['applied', 'reject', 'rejected'],
    ['applied', 'suspend', null],
    ['applied', 'reinstate', null],
    ['approved', 'approve', null],
    ['approved', 'reject', null],
    ['approved', 'suspend', 'suspended'],
    ['approved', 'reinstate', null],
    ['suspended', 'approve', null],
    ['suspended', 'reject', null],
    ['suspended', 'suspend', null],
    ['suspended', 'reinstate', 'approved'],
    ['rejected', 'approve', null],
    ['rejected', 'reject', null],
    ['rejected', 'suspend', null],
    ['rejected', 'reinstate', null],
  ];

  it('the table covers every status × decision', () => {
    expect(table).toHaveLength(FILING_STATUSES.length * FILING_DECISIONS.length);
  });

  it.each(table)('%s --%s--> %s', (from, decision, to) => {
    const result = filingTransition(from, decision);
    if (to === null) expect(result).toEqual({ ok: false, allowed: allowedDecisions(from) });
    else expect(result).toEqual({ ok: true, to });
  });

  it.each([
    ['applied', ['approve', 'reject']],
    ['approved', ['suspend']],
    ['suspended', ['reinstate']],
    ['rejected', []],
  ] as const)('%s allows %j', (status, decisions) => {
    expect(allowedDecisions(status)).toEqual(decisions);
  });

  it('only an approved filing lets campaigns use its scope', () => {
    expect(FILING_STATUSES.filter(filingCoversCampaigns)).toEqual(['approved']);
  });
});
