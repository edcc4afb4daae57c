import { EmploymentType, WorkerRecord } from './worker-record';

type Row = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface WorkerSummary {
  id: string;
  fullName: string;
  idNumberMasked: string;
  birthDate: string;
  sex: 'male' | 'female';
  highestRank: string | null;
  currentEmployments: { employerOrganizationId: string; workOrganizationId: string; employmentType: EmploymentType; occupationCode: string | null }[];
}

export function toWorkerSummary(r: Row): WorkerSummary {
  return {
    id: r.id,
    fullName: r.full_name,
    idNumberMasked: r.id_number_masked,
    birthDate: r.birth_date,
    sex: r.sex,
    highestRank: r.highest_rank ?? null,
    currentEmployments: r.employments,
  };
}

export function toWorkerRecord(
  p: Row,
  rows: { employments: Row[]; credentials: Row[]; titles: Row[]; honors: Row[]; trainings: Row[]; innovations: Row[]; relations: Row[] },
): WorkerRecord {
  return {
    id: p.id,
    fullName: p.full_name,
    idNumberMasked: p.id_number_masked,
    birthDate: p.birth_date,
    sex: p.sex,
    phone: p.phone,
    education: p.education,
    graduatedOn: p.graduated_on,
    apprenticeshipCompletedOn: p.apprenticeship_completed_on,
    userId: p.user_id ?? null,
    employments: rows.employments.map((e) => ({
      id: e.id,
      employerOrganizationId: e.employer_org_id,
      workOrganizationId: e.work_org_id,
      employmentType: e.employment_type,
      occupationCode: e.occupation_code,
      occupationStartedOn: e.occupation_started_on,
      hiredOn: e.hired_on,
      endedOn: e.ended_on,
      jobTitle: e.job_title,
    })),
    credentials: rows.credentials.map((c) => ({
      id: c.id,
      occupationCode: c.occupation_code,
      workType: c.work_type,
      rank: c.rank,
      certificateNumber: c.certificate_number,
      issuedOn: c.issued_on,
      issuerName: c.issuer_name,
      source: c.source,
      status: c.status,
    })),
    titles: rows.titles.map((t) => ({ id: t.id, series: t.series, grade: t.grade, titleName: t.title_name, obtainedOn: t.obtained_on, source: t.source })),
    honors: rows.honors.map((h) => ({ id: h.id, kind: h.kind, level: h.level, name: h.name, awardedOn: h.awarded_on })),
    trainings: rows.trainings.map((t) => ({ id: t.id, name: t.name, hours: Number(t.hours), completedOn: t.completed_on })),
    innovations: rows.innovations.map((i) => ({ id: i.id, kind: i.kind, title: i.title, level: i.level, achievedOn: i.achieved_on })),
    relations: rows.relations.map((r) => ({ id: r.id, kind: r.kind, direction: r.direction, otherPersonId: r.other_id, otherName: r.other_name })),
  };
}
