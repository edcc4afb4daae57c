import { applicationTransition, formatTicketNumber, isSeatHolding } from './application-rules';

describe('application rules', () => {
  it.each([
    ['pending', 'approve', 'approved', false],
    ['pending', 'reject', 'rejected', true],
    ['pending', 'withdraw', 'withdrawn', true],
    ['approved', 'withdraw', 'withdrawn', true],
  ] as const)('%s --%s--> %s (frees seat: %s)', (from, action, to, freesSeat) => {
    expect(applicationTransition(from, action)).toEqual({ ok: true, to, freesSeat });
  });

  it.each([
    ['approved', 'approve'],
    ['approved', 'reject'],
    ['rejected', 'approve'],
    ['rejected', 'withdraw'],
    ['withdrawn', 'withdraw'],
    ['withdrawn', 'approve'],
  ] as const)('refuses %s → %s', (from, action) => {
    expect(applicationTransition(from, action)).toMatchObject({ ok: false });
  });

  it('pending and approved applications hold a seat, the others do not', () => {
    expect(['pending', 'approved', 'rejected', 'withdrawn'].filter((s) => isSeatHolding(s as never))).toEqual(['pending', 'approved']);
  });

  it('formats admission ticket numbers: campaign, level digit, serial', () => {
    expect(formatTicketNumber(12, 'L4', 1)).toBe('000012400001');
    expect(formatTicketNumber(999_999, 'L1', 99_999)).toBe('999999199999');
    expect(formatTicketNumber(3, 'L5', 250)).toBe('000003500250');
  });

  it.each([
    [0, 'L4', 1],
    [1_000_000, 'L4', 1],
    [1, 'L4', 0],
    [1, 'L4', 100_000],
    [1.5, 'L4', 1],
    [1, 'special', 1],
  ])('refuses out-of-range parts %#', (campaign, rank, serial) => {
    expect(() => formatTicketNumber(campaign, rank as never, serial)).toThrow(RangeError);
  });
});
