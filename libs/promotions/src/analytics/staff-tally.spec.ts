import { StaffMember } from '@skill-ladder/workforce';
import { isHighSkilled } from '@skill-ladder/vocabulary';
import { share } from './pipeline';
import { StaffTally } from './staff-tally';

const A = 'org-a';
const B = 'org-b';
const staff: StaffMember[] = [
  { personId: 'p1', organizationId: A, employmentType: 'regular', occupationCode: '6-18-02-04', rank: 'L4' },
  { personId: 'p2', organizationId: A, employmentType: 'regular', occupationCode: '6-18-02-04', rank: 'L4' },
  { personId: 'p3', organizationId: A, employmentType: 'dispatched', occupationCode: '6-31-01-03', rank: 'L2' },
  { personId: 'p4', organizationId: B, employmentType: 'regular', occupationCode: null, rank: null },
  { personId: 'p1', organizationId: B, employmentType: 'regular', occupationCode: '6-18-02-04', rank: 'special' },
  { personId: 'p5', organizationId: B, employmentType: 'dispatched', occupationCode: '6-16-01-05', rank: 'L1' },
];

/** The rates as the report computed them from the whole list, before the tally. */
function fromList(rows: StaffMember[]) {
  const certified = rows.filter((r) => r.rank !== null).length;
  const highSkilled = rows.filter((r) => r.rank !== null && isHighSkilled(r.rank)).length;
  return { workers: rows.length, certified, certificationRate: share(certified, rows.length), highSkilled, highSkilledShare: share(highSkilled, rows.length) };
}

describe('StaffTally', () => {
  it('counts, page by page, what filtering the whole list counts', () => {
    const tally = new StaffTally();
    tally.add(staff.slice(0, 2));
    tally.add(staff.slice(2));
    expect(tally.rates()).toEqual(fromList(staff));
    for (const org of [A, B, 'org-c']) expect(tally.rates((c) => c.organizationId === org)).toEqual(fromList(staff.filter((s) => s.organizationId === org)));
    for (const type of ['regular', 'dispatched'] as const) expect(tally.rates((c) => c.employmentType === type)).toEqual(fromList(staff.filter((s) => s.employmentType === type)));
    for (const code of tally.occupations()) expect(tally.rates((c) => c.occupationCode === code)).toEqual(fromList(staff.filter((s) => s.occupationCode === code)));
    for (const rank of [null, 'L4', 'L2', 'L1', 'special', 'chief'] as const) expect(tally.withRank(rank)).toBe(staff.filter((s) => s.rank === rank).length);
  });

  it('lists the occupations by code, none first', () => {
    const tally = new StaffTally();
    tally.add(staff);
    expect(tally.occupations()).toEqual([null, '6-16-01-05', '6-18-02-04', '6-31-01-03']);
  });

  it('gives empty rates for no staff', () => {
    expect(new StaffTally().rates()).toEqual({ workers: 0, certified: 0, certificationRate: null, highSkilled: 0, highSkilledShare: null });
  });
});
