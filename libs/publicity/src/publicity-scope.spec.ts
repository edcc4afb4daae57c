import { NotFoundError, Scope } from '@skill-ladder/platform';
import { NOTICE_ENTRIES, NOTICE_OBJECTIONS, NOTICES, NoticeAccessRow } from './publicity-scope';

const PLANT = 'plant';
const OTHER = 'other';
/** Published on 2026-10-12 by a plant in county 141121 (city 141100); p1 works there (dispatched or not), p2 left on 2026-06-30, p3 is hired from 2026-11-01. */
const notice: NoticeAccessRow = {
  organizationId: PLANT,
  organizationRegion: '141121',
  publishedOn: '2026-10-12',
  staff: [
    { personId: 'p1', endedOn: null },
    { personId: 'p2', endedOn: '2026-06-30' },
    { personId: 'p3', endedOn: null },
  ],
};
const TODAY = { today: '2026-10-15' };

const hr = (organizationId: string | null): Scope => ({ kind: 'organization', organizationId, organizationKind: 'enterprise' });
const bureau = (regionCode: string | null): Scope => ({ kind: 'region', regionCode, organizationId: 'b' });
const worker = (personId: string | null): Scope => ({ kind: 'person', personId });
const evaluator: Scope = { kind: 'evaluator', userId: 'u', organizationId: PLANT, personId: 'p1' };

describe('notices policy', () => {
  it.each([
    ['the platform', { kind: 'all' }, true],
    ['HR of the publishing organization', hr(PLANT), true],
    ['HR of another organization', hr(OTHER), false],
    ['the province bureau', bureau('140000'), true],
    ['the city bureau', bureau('141100'), true],
    ['the county bureau', bureau('141121'), true],
    ['a neighbouring county bureau', bureau('141122'), false],
    ['another province', bureau('110000'), false],
    ['a worker of the organization', worker('p1'), true],
    ['a worker who left it', worker('p2'), false],
    ['a worker hired from a later day', worker('p3'), true],
    ['a worker elsewhere', worker('p4'), false],
    ['a worker account without a record', worker(null), false],
    ['an evaluator', evaluator, false],
  ] as const)('a published notice is read by %s: %s', (_who, scope, seen) => {
    expect(NOTICES.allows(scope, notice, TODAY)).toBe(seen);
  });

  it('shows a worker a notice only from its publication day', () => {
    expect(NOTICES.allows(worker('p1'), notice, { today: '2026-10-11' })).toBe(false);
    expect(NOTICES.allows(worker('p1'), notice, { today: '2026-10-12' })).toBe(true);
    expect(NOTICES.allows(hr(PLANT), notice, { today: '2026-10-11' })).toBe(true);
    expect(NOTICES.where(worker('p1'), 'n', TODAY).params).toEqual({ scopeToday: '2026-10-15', scopePersonId: 'p1' });
  });

  it('answers 404 to a bureau or HR account without a region or organization, in both forms', () => {
    expect(() => NOTICES.where(bureau(null), 'n', TODAY)).toThrow(NotFoundError);
    expect(() => NOTICES.allows(bureau(null), notice, TODAY)).toThrow(NotFoundError);
    expect(() => NOTICES.where(hr(null), 'n', TODAY)).toThrow(NotFoundError);
    expect(() => NOTICES.allows(hr(null), notice, TODAY)).toThrow(NotFoundError);
  });
});

describe('entries and objections of a notice', () => {
  it('hides withdrawn entries from workers only', () => {
    for (const scope of [{ kind: 'all' } as Scope, hr(PLANT), bureau('141100')]) {
      expect(NOTICE_ENTRIES.allows(scope, { status: 'withdrawn' })).toBe(true);
    }
    expect(NOTICE_ENTRIES.allows(worker('p1'), { status: 'withdrawn' })).toBe(false);
    expect(NOTICE_ENTRIES.allows(worker('p1'), { status: 'correction_required' })).toBe(true);
    expect(NOTICE_ENTRIES.where(worker('p1'), 'e').sql).toBe("e.status <> 'withdrawn'");
  });

  it('shows a worker the objections they filed, the others every one', () => {
    expect(NOTICE_OBJECTIONS.allows(worker('p1'), { filedByPersonId: 'p1' })).toBe(true);
    expect(NOTICE_OBJECTIONS.allows(worker('p1'), { filedByPersonId: 'p2' })).toBe(false);
    expect(NOTICE_OBJECTIONS.allows(worker(null), { filedByPersonId: null })).toBe(false);
    expect(NOTICE_OBJECTIONS.allows(hr(PLANT), { filedByPersonId: 'p2' })).toBe(true);
    expect(NOTICE_OBJECTIONS.allows(evaluator, { filedByPersonId: 'p1' })).toBe(false);
  });
});
