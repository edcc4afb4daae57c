import { DRAW_ALGORITHM, DrawInput, drawEvaluators, PoolEvaluator } from '../draw/draw';
import type { DrawRule } from '../draw/panel-size';
import type { EvaluationRank } from '../draw/ranks';
import type { DeclaredConflict, PersonRelation } from '../draw/recusal';

/**
 * 复算核验: everything a saved draw ran on, kept in its audit event (append-only, hash-chained) so
 * that anyone in scope can replay it from its seed. The pool is recorded whole, workloads
 * included, because the draw indexes the sorted pool: leaving out an evaluator who did not
 * qualify would still change the panels.
 */
export interface RecordedDrawInputs {
  occupationCode: string;
  assessmentDate: string;
  rule: DrawRule;
  candidates: { applicationId: string; personId: string; targetRank: EvaluationRank }[];
  pool: PoolEvaluator[];
  relations: PersonRelation[];
  declaredConflicts: DeclaredConflict[];
}

/** Only the fields the draw reads, so the record holds no names and stays comparable. */
export function recordDrawInputs(input: Omit<RecordedDrawInputs, 'pool'> & { pool: readonly PoolEvaluator[] }): RecordedDrawInputs {
  return {
    occupationCode: input.occupationCode,
    assessmentDate: input.assessmentDate,
    rule: { ...input.rule },
    candidates: input.candidates.map((c) => ({ applicationId: c.applicationId, personId: c.personId, targetRank: c.targetRank })),
    pool: input.pool.map((e) => ({
      profileId: e.profileId,
      personId: e.personId,
      highestRank: e.highestRank,
      occupations: [...e.occupations],
      validFrom: e.validFrom,
      validUntil: e.validUntil,
      workload: e.workload,
    })),
    relations: input.relations.map((r) => ({ personId: r.personId, relatedPersonId: r.relatedPersonId, kind: r.kind })),
    declaredConflicts: input.declaredConflicts.map((d) => ({ profileId: d.profileId, personId: d.personId })),
  };
}

export interface ReplayPanel {
  number: number;
  evaluatorProfileIds: string[];
  candidatePersonIds: string[];
}

export interface DrawChange {
  panelNumber: number;
  removedProfileId: string;
  addedProfileId: string;
}

/** The panels as the draw made them: manual changes (人工调整) undone, latest first. */
export function panelsAsDrawn(current: readonly ReplayPanel[], changes: readonly DrawChange[]): ReplayPanel[] {
  const panels = current.map((p) => ({ ...p, evaluatorProfileIds: [...p.evaluatorProfileIds] }));
  for (const change of [...changes].reverse()) {
    const panel = panels.find((p) => p.number === change.panelNumber);
    const seat = panel?.evaluatorProfileIds.indexOf(change.addedProfileId) ?? -1;
    if (panel && seat >= 0) panel.evaluatorProfileIds[seat] = change.removedProfileId;
  }
  return panels.map(normalized);
}

export interface ReplayVerdict {
  matches: boolean;
  /** zh-CN first, English second. */
  differences: string[];
  replayed: ReplayPanel[];
}

/** Replays a draw from its recorded seed and inputs and compares it, panel by panel, with the panels as drawn. */
export function replayDraw(inputs: RecordedDrawInputs, seed: number, algorithm: string, drawn: readonly ReplayPanel[]): ReplayVerdict {
  if (algorithm !== DRAW_ALGORITHM) {
    return { matches: false, differences: [`抽取算法 ${algorithm} 已停用，无法复算 / algorithm ${algorithm} is retired and cannot be replayed`], replayed: [] };
  }
  const input: DrawInput = {
    occupationCode: inputs.occupationCode,
    assessmentDate: inputs.assessmentDate,
    candidates: inputs.candidates.map((c) => ({ personId: c.personId, targetRank: c.targetRank })),
    pool: inputs.pool,
    relations: inputs.relations,
    declaredConflicts: inputs.declaredConflicts,
    rule: inputs.rule,
  };
  const outcome = drawEvaluators(input, seed);
  if (!outcome.ok) {
    return { matches: false, differences: [`按记录复算未能抽出考评组（${outcome.code}） / the replay draws no panels (${outcome.code})`], replayed: [] };
  }
  const replayed = outcome.panels.map((p, i) => normalized({ number: i + 1, evaluatorProfileIds: p.evaluatorProfileIds, candidatePersonIds: p.candidatePersonIds }));
  const differences: string[] = [];
  if (replayed.length !== drawn.length) {
    differences.push(`考评组数不一致：保存 ${drawn.length} 组，复算 ${replayed.length} 组 / ${drawn.length} panels saved, ${replayed.length} replayed`);
  }
  const saved = [...drawn].sort((a, b) => a.number - b.number).map(normalized);
  for (let i = 0; i < Math.min(replayed.length, saved.length); i++) {
    if (!sameMembers(saved[i].evaluatorProfileIds, replayed[i].evaluatorProfileIds)) {
      differences.push(`第 ${i + 1} 组考评员不一致 / panel ${i + 1}: the evaluators differ`);
    }
    if (!sameMembers(saved[i].candidatePersonIds, replayed[i].candidatePersonIds)) {
      differences.push(`第 ${i + 1} 组考生不一致 / panel ${i + 1}: the candidates differ`);
    }
  }
  return { matches: differences.length === 0, differences, replayed };
}

function normalized(panel: ReplayPanel): ReplayPanel {
  return { number: panel.number, evaluatorProfileIds: [...panel.evaluatorProfileIds].sort(), candidatePersonIds: [...panel.candidatePersonIds].sort() };
}

function sameMembers(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
