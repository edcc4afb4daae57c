import { nationalDefaultLevel, WorkerFacts } from '@skill-ladder/standards';
import type { CredentialRecord } from '@skill-ladder/workforce';
import type { Treatment } from '../policy/treatment';
import { buildTimeline, currentRankIn, projectRungs, rungsAbove } from './career-path';
import { Rank } from '@skill-ladder/vocabulary';

const WELDER = '6-18-02-04';
const levelOf = (rank: Rank) => nationalDefaultLevel(rank as Exclude<Rank, 'apprentice'>, { occupationCode: WELDER });

function facts(overrides: Partial<WorkerFacts> = {}): WorkerFacts {
  return {
    birthDate: '1990-03-07',
    occupationCode: WELDER,
    occupationStartedOn: '2012-07-01',
    credentials: [
      { id: 'c4', rank: 'L4', occupationCode: WELDER, obtainedOn: '2018-05-20' },
      { id: 'c3', rank: 'L3', occupationCode: WELDER, obtainedOn: '2022-06-01' },
    ],
    titles: [],
    trainingRecords: [],
    honors: [],
    competitionResults: [],
    innovations: [],
    ...overrides,
  };
}

describe('career path rungs', () => {
  it('lists the rungs above the current rank up to 首席技师', () => {
    expect(rungsAbove('L3')).toEqual(['L2', 'L1', 'special', 'chief']);
    expect(rungsAbove(null)).toEqual(['L5', 'L4', 'L3', 'L2', 'L1', 'special', 'chief']);
    expect(rungsAbove('chief')).toEqual([]);
  });

  it('projects the next rung by time and the ones above assuming each is obtained as it opens', () => {
    const rungs = projectRungs(facts(), 'L3', levelOf, '2026-09-30');
    expect(rungs.map((r) => [r.rank, r.eligibleNow, r.projection, r.projectedOn, r.route?.code])).toEqual([
      ['L2', false, 'time', '2027-06-01', 'L2-after-L3'],
      ['L1', false, 'after_previous', '2031-06-01', 'L1-after-L2'],
      ['special', false, 'not_by_time', null, 'special-after-L1'],
      ['chief', false, 'not_by_time', null, 'chief-after-L1'],
    ]);
    expect(rungs[0].missing).toEqual([
      { label: '取得本职业或相关职业三级/高级工证书满5年', required: expect.any(String), actual: expect.stringContaining('已满4年'), metOn: '2027-06-01' },
    ]);
    // The report itself is against what the worker holds today: no 技师 yet.
    expect(rungs[1].report.routes[0].conditions[0]).toMatchObject({ met: false, metOn: null });
    expect(rungs[2].missing.map((m) => m.label)).toContain('取得本职业一级/高级技师证书满4年');
    expect(rungs[2].appointment).toBe(true);
  });

  it('a contribution opens the appointment rungs to projection', () => {
    const rungs = projectRungs(
      facts({ innovations: [{ id: 'i1', kind: 'technical_contribution', date: '2025-01-01' }] }),
      'L3',
      levelOf,
      '2026-09-30',
    );
    expect(rungs.map((r) => [r.rank, r.projection, r.projectedOn])).toEqual([
      ['L2', 'time', '2027-06-01'],
      ['L1', 'after_previous', '2031-06-01'],
      ['special', 'after_previous', '2035-06-01'],
      ['chief', 'after_previous', '2035-06-01'],
    ]);
  });

  it('a 高级技师 of 4 years with a contribution may be nominated 特级技师 now', () => {
    const rungs = projectRungs(
      facts({
        credentials: [{ id: 'c1', rank: 'L1', occupationCode: WELDER, obtainedOn: '2022-09-01' }],
        innovations: [{ id: 'i1', kind: 'technical_contribution', date: '2024-01-01' }],
      }),
      'L1',
      levelOf,
      '2026-09-30',
    );
    expect(rungs[0]).toMatchObject({ rank: 'special', eligibleNow: true, projection: 'now', projectedOn: '2026-09-30', missing: [] });
  });

  it('moves when the worker obtains a new level', () => {
    const withL2 = facts({ credentials: [...facts().credentials, { id: 'c2', rank: 'L2', occupationCode: WELDER, obtainedOn: '2026-09-30' }] });
    const rungs = projectRungs(withL2, 'L2', levelOf, '2026-09-30');
    expect(rungs[0]).toMatchObject({ rank: 'L1', projection: 'time', projectedOn: '2030-09-30' });
  });

  it('the current rank counts only credentials of the occupation', () => {
    const c = (rank: Rank, occupationCode: string) => ({ rank, occupationCode }) as Pick<CredentialRecord, 'rank' | 'occupationCode'>;
    expect(currentRankIn([c('L4', WELDER), c('L2', '6-31-01-03'), c('L3', WELDER)], WELDER)).toBe('L3');
    expect(currentRankIn([c('L2', '6-31-01-03')], WELDER)).toBeNull();
  });
});

describe('career timeline', () => {
  const credential = (id: string, rank: CredentialRecord['rank'], issuedOn: string, extra: Partial<CredentialRecord> = {}): CredentialRecord => ({
    id, occupationCode: WELDER, workType: null, rank, certificateNumber: null, issuedOn, issuerName: '鉴定中心', source: 'external', status: 'valid', ...extra,
  });
  const treatment = { summary: '享受中层干部待遇；津贴每月3000元；聘期36个月' } as Treatment;

  it('merges levels, titles and appointments in date order, without the appointment credential twice', () => {
    const events = buildTimeline(
      [
        credential('c3', 'L3', '2015-03-01'),
        credential('c2', 'L2', '2019-05-01', { certificateNumber: 'Y000014000123192000001', source: 'issued' }),
        credential('cs', 'special', '2026-10-01', { source: 'appointed' }),
      ],
      [{ id: 't1', series: 'engineering', grade: 'intermediate', titleName: '工程师', obtainedOn: '2022-08-01', source: 'recognized' }],
      [
        {
          id: 'a1', tierName: '特级技师', nationalRank: 'special', status: 'revoked', appointedOn: '2026-10-01', termStartsOn: '2026-10-01', termEndsOn: '2029-09-30',
          renewals: 0, endedOn: '2027-01-05', endReason: '严重违纪', treatment, credentialId: 'cs',
        },
      ],
      new Set(['Y000014000123192000001']),
    );
    expect(events.map((e) => [e.date, e.kind, e.title])).toEqual([
      ['2015-03-01', 'level', '取得三级/高级工'],
      ['2019-05-01', 'competition_promotion', '取得二级/技师'],
      ['2022-08-01', 'title', '取得工程师职称'],
      ['2026-10-01', 'appointment', '聘任为特级技师'],
      ['2027-01-05', 'appointment_end', '解聘特级技师'],
    ]);
    expect(events[1].detail).toContain('以赛代评');
    expect(events[2].detail).toBe('技能等级比照认定');
    expect(events[3]).toMatchObject({ detail: treatment.summary, treatment });
  });
});
