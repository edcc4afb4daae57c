import type { EmploymentRecord, WorkerRecord } from '@skill-ladder/workforce';
import { CredentialFact, EducationFact, WorkerFacts } from '../eligibility';
import { compareDates, IsoDate } from '@skill-ladder/vocabulary';

export interface FactsContext {
  /** The standard's occupation: the employment in it (or a related one) is the one that counts. */
  occupationCode: string;
  relatedOccupationCodes?: readonly string[];
  asOf: IsoDate;
  /** Occupation names by code, where the caller has them: the report names a credential's occupation with them. */
  occupationNames?: ReadonlyMap<string, string>;
}

/** Employments running on `on`: hired by then and not ended before it. */
export function currentEmployments(record: Pick<WorkerRecord, 'employments'>, on: IsoDate): EmploymentRecord[] {
  return record.employments.filter((e) => compareDates(e.hiredOn, on) <= 0 && (e.endedOn === null || compareDates(e.endedOn, on) >= 0));
}

/**
 * The employment the eligibility of a standard rests on: among those running on the date, one
 * in the standard's occupation, else in a related one, else any with an occupation recorded.
 */
export function relevantEmployment(record: Pick<WorkerRecord, 'employments'>, context: FactsContext): EmploymentRecord | null {
  const running = currentEmployments(record, context.asOf).filter((e) => e.occupationCode !== null);
  return (
    running.find((e) => e.occupationCode === context.occupationCode) ??
    running.find((e) => context.relatedOccupationCodes?.includes(e.occupationCode as string)) ??
    running[0] ??
    null
  );
}

/**
 * What the eligibility engine knows of a worker, read from the worker record. Revoked
 * credentials do not count. The record holds no competition results, no mentee ranks and no
 * "relevant major" flag, so routes resting on those stay unmet until the record carries them.
 */
export function toWorkerFacts(record: WorkerRecord, context: FactsContext): WorkerFacts {
  const employment = relevantEmployment(record, context);
  const credentials: CredentialFact[] = record.credentials
    .filter((c) => c.status === 'valid')
    .map((c) => {
      const occupationName = context.occupationNames?.get(c.occupationCode);
      return { id: c.id, rank: c.rank, occupationCode: c.occupationCode, ...(occupationName ? { occupationName } : {}), obtainedOn: c.issuedOn };
    });
  const education: EducationFact[] = record.education
    ? [{ level: record.education, ...(record.graduatedOn ? { graduatedOn: record.graduatedOn } : {}) }]
    : [];
  return {
    birthDate: record.birthDate,
    // An empty code matches no occupation, so "working in the occupation" reads as not met.
    occupationCode: employment?.occupationCode ?? '',
    ...(context.relatedOccupationCodes && employment?.occupationCode === context.occupationCode
      ? { relatedOccupationCodes: [...context.relatedOccupationCodes] }
      : {}),
    ...(employment ? { occupationStartedOn: employment.occupationStartedOn ?? employment.hiredOn } : {}),
    credentials,
    titles: record.titles.map((t) => ({ id: t.id, grade: t.grade, series: t.series, obtainedOn: t.obtainedOn })),
    education,
    ...(record.apprenticeshipCompletedOn ? { apprenticeshipCompletedOn: record.apprenticeshipCompletedOn } : {}),
    trainingRecords: record.trainings.map((t) => ({ id: t.id, hours: t.hours, completedOn: t.completedOn })),
    honors: record.honors.map((h) => ({ id: h.id, kind: h.kind, level: h.level, awardedOn: h.awardedOn })),
    competitionResults: [],
    innovations: record.innovations.map((i) => ({ id: i.id, kind: i.kind, date: i.achievedOn, ...(i.level ? { level: i.level } : {}) })),
    mentees: [],
  };
}
