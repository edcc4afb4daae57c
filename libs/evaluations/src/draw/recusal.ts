/**
 * 回避 (recusal): why an evaluator must not assess a candidate. From the candidate's side:
 * `apprentice` means the candidate is the evaluator's apprentice, `supervisor` that the candidate
 * is the evaluator's direct supervisor, and so on.
 */
export const RECUSAL_REASONS = ['self', 'relative', 'supervisor', 'subordinate', 'master', 'apprentice', 'declared'] as const;
export type RecusalReason = (typeof RECUSAL_REASONS)[number];

export const RECUSAL_REASON_LABELS: Readonly<Record<RecusalReason, string>> = Object.freeze({
  self: '本人 / Self',
  relative: '近亲属 / Close relative',
  supervisor: '直接上级 / Direct supervisor',
  subordinate: '直接下级 / Direct subordinate',
  master: '师傅 / Master',
  apprentice: '徒弟 / Apprentice',
  declared: '申报回避 / Declared conflict',
});

/**
 * A recorded relation between two workers (workforce `person_relations`): `relative` is
 * symmetric; `supervisor`: personId supervises relatedPersonId; `master`: personId is the
 * 师傅 of relatedPersonId.
 */
export interface PersonRelation {
  personId: string;
  relatedPersonId: string;
  kind: 'relative' | 'supervisor' | 'master';
}

/** A conflict declared on an evaluator profile for one person. */
export interface DeclaredConflict {
  profileId: string;
  personId: string;
}

export interface RecusalEvaluator {
  profileId: string;
  /** The evaluator's own worker record; without one only declared conflicts can apply. */
  personId: string | null;
}

/** Every (evaluator profile → candidate person → reason) that forbids the pairing. */
export function recusals(
  evaluators: readonly RecusalEvaluator[],
  candidatePersonIds: readonly string[],
  relations: readonly PersonRelation[],
  declared: readonly DeclaredConflict[],
): Map<string, Map<string, RecusalReason>> {
  const candidates = new Set(candidatePersonIds);
  const byPerson = new Map<string, Map<string, RecusalReason>>();
  const note = (evaluatorPerson: string, candidate: string, reason: RecusalReason) => {
    if (!candidates.has(candidate)) return;
    const row = byPerson.get(evaluatorPerson) ?? new Map<string, RecusalReason>();
    if (!row.has(candidate)) row.set(candidate, reason);
    byPerson.set(evaluatorPerson, row);
  };
  for (const r of relations) {
    if (r.kind === 'relative') {
      note(r.personId, r.relatedPersonId, 'relative');
      note(r.relatedPersonId, r.personId, 'relative');
    } else if (r.kind === 'supervisor') {
      note(r.personId, r.relatedPersonId, 'subordinate');
      note(r.relatedPersonId, r.personId, 'supervisor');
    } else {
      note(r.personId, r.relatedPersonId, 'apprentice');
      note(r.relatedPersonId, r.personId, 'master');
    }
  }
  const out = new Map<string, Map<string, RecusalReason>>();
  const add = (profileId: string, candidate: string, reason: RecusalReason) => {
    const row = out.get(profileId) ?? new Map<string, RecusalReason>();
    if (!row.has(candidate)) row.set(candidate, reason);
    out.set(profileId, row);
  };
  for (const e of evaluators) {
    if (e.personId === null) continue;
    if (candidates.has(e.personId)) add(e.profileId, e.personId, 'self');
    for (const [candidate, reason] of byPerson.get(e.personId) ?? []) add(e.profileId, candidate, reason);
  }
  const known = new Set(evaluators.map((e) => e.profileId));
  for (const d of declared) {
    if (known.has(d.profileId) && candidates.has(d.personId)) add(d.profileId, d.personId, 'declared');
  }
  return out;
}
