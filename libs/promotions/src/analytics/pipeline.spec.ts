import { pipelineBucket, share } from './pipeline';

describe('eligibility pipeline buckets', () => {
  it.each([
    [true, '2026-09-30', 'now'],
    [false, '2026-10-01', 'within_6_months'],
    [false, '2027-03-30', 'within_6_months'],
    [false, '2027-03-31', 'within_12_months'],
    [false, '2027-09-30', 'within_12_months'],
    [false, '2027-10-01', 'later'],
    [false, null, 'not_by_time'],
  ] as const)('eligible %s, earliest %s → %s', (eligible, earliestDate, bucket) => {
    expect(pipelineBucket({ eligible, earliestDate }, '2026-09-30')).toBe(bucket);
  });

  it('shares are percentages with one decimal, null of nothing', () => {
    expect(share(1, 3)).toBe(33.3);
    expect(share(2, 3)).toBe(66.7);
    expect(share(0, 5)).toBe(0);
    expect(share(0, 0)).toBeNull();
  });
});
