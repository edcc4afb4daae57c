import { drawEvaluators, PoolEvaluator } from '../draw/draw';
import { panelsAsDrawn, recordDrawInputs, RecordedDrawInputs, ReplayPanel, replayDraw } from './draw-replay';

const WELDER = '6-18-02-04';
const evaluator = (profileId: string, over: Partial<PoolEvaluator> = {}): PoolEvaluator => ({
  profileId,
  personId: `person-${profileId}`,
  highestRank: 'L1',
  occupations: [WELDER],
  validFrom: '2024-01-01',
  validUntil: '2029-12-31',
  workload: 0,
  ...over,
});
const candidates = ['a', 'b', 'c', 'd', 'e', 'f'].map((personId) => ({ applicationId: `app-${personId}`, personId, targetRank: 'L4' as const }));
const inputs: RecordedDrawInputs = recordDrawInputs({
  occupationCode: WELDER,
  assessmentDate: '2026-11-03',
  rule: { minEvaluators: 3, oddCount: true, candidatesPerEvaluator: 5, workloadCap: null },
  candidates,
  pool: ['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7'].map((id) => evaluator(id)).concat(evaluator('p8', { occupations: ['6-18-01-01'] })),
  relations: [{ personId: 'person-p1', relatedPersonId: 'a', kind: 'relative' }],
  declaredConflicts: [{ profileId: 'p2', personId: 'b' }],
});
const SEED = 20261103;

/** What the campaign draw saved: the same draw the service made with this seed. */
function saved(seed = SEED): ReplayPanel[] {
  const outcome = drawEvaluators(inputs, seed);
  if (!outcome.ok) throw new Error('the fixture must draw');
  return outcome.panels.map((p, i) => ({ number: i + 1, evaluatorProfileIds: p.evaluatorProfileIds, candidatePersonIds: p.candidatePersonIds }));
}

describe('replaying a saved draw from its recorded seed and inputs (复算核验)', () => {
  it('the recorded seed and inputs give the saved panels', () => {
    expect(replayDraw(inputs, SEED, 'panels-v1', saved())).toMatchObject({ matches: true, differences: [] });
  });

  it('survives the JSON round trip of the audit trail', () => {
    const stored = JSON.parse(JSON.stringify(inputs)) as RecordedDrawInputs;
    expect(replayDraw(stored, SEED, 'panels-v1', saved()).matches).toBe(true);
  });

  it('another seed does not reproduce the panels (the fixture has choices to make)', () => {
    const seeds = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(seeds.some((seed) => !replayDraw(inputs, seed, 'panels-v1', saved()).matches)).toBe(true);
  });

  it('names what differs when the saved panels were altered', () => {
    const panels = saved();
    const outsider = inputs.pool.find((e) => !panels[0].evaluatorProfileIds.includes(e.profileId) && e.occupations.includes(WELDER))!.profileId;
    const altered = [{ ...panels[0], evaluatorProfileIds: [outsider, ...panels[0].evaluatorProfileIds.slice(1)] }, ...panels.slice(1)];
    const verdict = replayDraw(inputs, SEED, 'panels-v1', altered);
    expect(verdict.matches).toBe(false);
    expect(verdict.differences).toEqual(['第 1 组考评员不一致 / panel 1: the evaluators differ']);
    const fewer = replayDraw(inputs, SEED, 'panels-v1', [...panels, { number: panels.length + 1, evaluatorProfileIds: [], candidatePersonIds: [] }]);
    expect(fewer.differences[0]).toContain('考评组数不一致');
  });

  it('notices a change to the recorded inputs', () => {
    const panels = saved();
    const drawn = panels[0].evaluatorProfileIds[0];
    const tampered = { ...inputs, pool: inputs.pool.filter((e) => e.profileId !== drawn) };
    expect(replayDraw(tampered, SEED, 'panels-v1', panels).matches).toBe(false);
  });

  it('refuses to replay under an algorithm that is not the current one', () => {
    expect(replayDraw(inputs, SEED, 'panels-v0', saved())).toMatchObject({ matches: false, replayed: [], differences: [expect.stringContaining('panels-v0')] });
  });

  it('manual changes are undone, latest first, before comparing', () => {
    const current: ReplayPanel[] = [{ number: 1, evaluatorProfileIds: ['p1', 'p9', 'p3'], candidatePersonIds: ['b', 'a'] }];
    const changes = [
      { panelNumber: 1, removedProfileId: 'p2', addedProfileId: 'p8' },
      { panelNumber: 1, removedProfileId: 'p8', addedProfileId: 'p9' },
    ];
    expect(panelsAsDrawn(current, changes)).toEqual([{ number: 1, evaluatorProfileIds: ['p1', 'p2', 'p3'], candidatePersonIds: ['a', 'b'] }]);
    expect(current[0].evaluatorProfileIds).toEqual(['p1', 'p9', 'p3']);
  });

  it('records only what the draw reads', () => {
    const withNames = { ...evaluator('p1'), displayName: '考评员甲', organizationName: '山西吕梁焦化集团' };
    expect(recordDrawInputs({ ...inputs, pool: [withNames] }).pool).toEqual([evaluator('p1')]);
  });
});
