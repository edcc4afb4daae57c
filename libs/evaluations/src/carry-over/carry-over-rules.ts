import { carryOverValid } from '../rules/pass-rule';

export interface PassedComponentRecord {
  id: string;
  component: string;
  score: number;
  /** China date the campaign that passed it was finalized. */
  passedOn: string;
}

/**
 * 保留合格成绩: of a person's passed components for a standard and level, those that still count
 * on `asOf` (the later campaign's assessment start), one per component the level still has:
 * the most recent, the higher score on the same day. No carry-over when the level keeps none
 * (`carryOverYears` 0).
 */
export function selectCarriedOver(
  records: readonly PassedComponentRecord[],
  levelComponents: readonly { kind: string; passMark: number }[],
  carryOverYears: number,
  asOf: string,
): Map<string, PassedComponentRecord> {
  const chosen = new Map<string, PassedComponentRecord>();
  if (carryOverYears < 1) return chosen;
  const passMarks = new Map(levelComponents.map((c) => [c.kind, c.passMark]));
  for (const record of records) {
    const passMark = passMarks.get(record.component);
    // The component must still exist and the score still reach today's pass mark.
    if (passMark === undefined || record.score < passMark) continue;
    if (!carryOverValid(record.passedOn, carryOverYears, asOf)) continue;
    const current = chosen.get(record.component);
    if (!current || record.passedOn > current.passedOn || (record.passedOn === current.passedOn && record.score > current.score)) {
      chosen.set(record.component, record);
    }
  }
  // A retake must still assess something: every component carried over is not a retake.
  if (levelComponents.length > 0 && levelComponents.every((c) => chosen.has(c.kind))) return new Map();
  return chosen;
}
