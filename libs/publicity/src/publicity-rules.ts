import { FieldError, isBusinessDate, validateResidentId } from '@skill-ladder/platform';
import type { ErrorCode } from '@skill-ladder/platform';
import { MAX_PUBLICITY_WORKING_DAYS } from './working-days';

/**
 * 公示: the pure rules of a publicity notice. Dates are `YYYY-MM-DD` China dates, which compare
 * correctly as strings.
 */

export const NOTICE_STATUSES = ['open', 'finalized'] as const;
export type NoticeStatus = (typeof NOTICE_STATUSES)[number];

/** Where a notice stands on a given day, as readers see it. */
export const NOTICE_PHASES = ['scheduled', 'open', 'closed', 'finalized'] as const;
export type NoticePhase = (typeof NOTICE_PHASES)[number];

export const NOTICE_PHASE_LABELS: Readonly<Record<NoticePhase, string>> = Object.freeze({
  scheduled: '待公示 / Scheduled',
  open: '公示中 / Open for objections',
  closed: '公示期满 / Window closed',
  finalized: '已确认 / Finalized',
});

export const ENTRY_STATUSES = ['published', 'correction_required', 'withdrawn'] as const;
export type EntryStatus = (typeof ENTRY_STATUSES)[number];

export const ENTRY_STATUS_LABELS: Readonly<Record<EntryStatus, string>> = Object.freeze({
  published: '公示中 / Published',
  correction_required: '异议成立，待更正 / Objection upheld, correction required',
  withdrawn: '已撤销 / Withdrawn',
});

export const OBJECTION_STATUSES = ['pending', 'upheld', 'dismissed'] as const;
export type ObjectionStatus = (typeof OBJECTION_STATUSES)[number];
export const OBJECTION_OUTCOMES = ['upheld', 'dismissed'] as const;
export type ObjectionOutcome = (typeof OBJECTION_OUTCOMES)[number];

export const OBJECTION_STATUS_LABELS: Readonly<Record<ObjectionStatus, string>> = Object.freeze({
  pending: '待处理 / Pending',
  upheld: '异议成立 / Upheld',
  dismissed: '异议不成立 / Dismissed',
});

export interface NoticeDates {
  status: NoticeStatus;
  publishedOn: string;
  endsOn: string;
}

export function noticePhase(notice: NoticeDates, today: string): NoticePhase {
  if (notice.status === 'finalized') return 'finalized';
  if (today < notice.publishedOn) return 'scheduled';
  return today <= notice.endsOn ? 'open' : 'closed';
}

export interface Refusal {
  code: ErrorCode;
  detail: string;
}

/**
 * Objections are taken from the publication day through the last working day of the window,
 * weekends and holidays inside it included (a notice posted on a Saturday can be objected to at
 * once, although its first counted day is the Monday).
 */
export function objectionRefusal(notice: NoticeDates, today: string): Refusal | null {
  switch (noticePhase(notice, today)) {
    case 'open':
      return null;
    case 'scheduled':
      return { code: 'PUBLICITY_NOT_STARTED', detail: `公示自 ${notice.publishedOn} 开始 / The publicity starts on ${notice.publishedOn}` };
    default:
      return { code: 'PUBLICITY_WINDOW_CLOSED', detail: `公示期已于 ${notice.endsOn} 结束 / The publicity window closed on ${notice.endsOn}` };
  }
}

export interface FinalizationState extends NoticeDates {
  provisional: boolean;
  pendingObjections: number;
  entriesAwaitingCorrection: number;
}

/**
 * Why a notice may not be finalized yet, or null when it may. Checked in this order, so the
 * answer names what must happen first. A provisional window (counted in a year without an
 * official schedule) may be shorter than the statutory one, so it blocks until the bureau loads
 * that year and the window is recounted.
 */
export function finalizationBlocker(state: FinalizationState, today: string): Refusal | null {
  const phase = noticePhase(state, today);
  if (phase === 'finalized') return { code: 'PUBLICITY_FINALIZED', detail: '该公示已确认 / This publicity is already finalized' };
  if (phase !== 'closed') {
    return { code: 'PUBLICITY_WINDOW_OPEN', detail: `公示期至 ${state.endsOn} 结束，期满后方可确认 / The window runs through ${state.endsOn}` };
  }
  if (state.provisional) {
    return {
      code: 'PUBLICITY_WINDOW_PROVISIONAL',
      detail: '公示期跨越尚未载入官方节假日安排的年份，须由人社局载入后重新计算 / The window falls in a year without an official holiday schedule; the bureau must load it first',
    };
  }
  if (state.pendingObjections > 0) {
    return { code: 'OBJECTIONS_PENDING', detail: `尚有 ${state.pendingObjections} 件异议未处理 / ${state.pendingObjections} objection(s) still pending` };
  }
  if (state.entriesAwaitingCorrection > 0) {
    return {
      code: 'CORRECTIONS_PENDING',
      detail: `异议成立的 ${state.entriesAwaitingCorrection} 条结果尚未更正或撤销 / ${state.entriesAwaitingCorrection} entr(ies) with an upheld objection still await correction or withdrawal`,
    };
  }
  return null;
}

/**
 * A corrected entry is publicized again: a new window of the notice's working days counted from
 * today, or from the publication day while the notice is not yet published, so a correction
 * never shortens the time the public had to see the original.
 */
export function republicationStart(today: string, publishedOn: string): string {
  return today > publishedOn ? today : publishedOn;
}

const ID_CANDIDATE = /(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])/g;

/**
 * Paths (`payload.a.b[0]`) of every string in `value` that holds a full, valid resident ID
 * number. Entries are shown to the enterprise's workers, so the caller masks IDs first; a check
 * digit test keeps 18-digit serials that are not IDs from being refused.
 */
export function fullIdNumberPaths(value: unknown, path = 'payload'): string[] {
  if (typeof value === 'string') {
    const found = (value.match(ID_CANDIDATE) ?? []).some((candidate) => validateResidentId(candidate).valid);
    return found ? [path] : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => fullIdNumberPaths(item, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => fullIdNumberPaths(item, `${path}.${key}`));
  }
  return [];
}

/** An entry's payload is shown as is; this keeps one within what a list row can reasonably hold. */
export const MAX_PAYLOAD_BYTES = 4096;
/** As many as a campaign may admit at one level (its capacity is at most 100,000): a notice lists a whole campaign's results. */
export const MAX_ENTRIES = 100_000;
export const SUBJECT_TYPE = /^[a-z][a-z0-9_]{1,39}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Problems of one entry payload, reported under `field`. */
export function payloadErrors(payload: unknown, field: string): FieldError[] {
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) {
    return [{ field, code: 'notObject', message: '公示内容应为对象 / the payload must be an object' }];
  }
  if (Buffer.byteLength(JSON.stringify(payload), 'utf8') > MAX_PAYLOAD_BYTES) {
    return [{ field, code: 'tooLarge', message: `公示内容超过 ${MAX_PAYLOAD_BYTES} 字节 / the payload exceeds ${MAX_PAYLOAD_BYTES} bytes` }];
  }
  return fullIdNumberPaths(payload, field).map((path) => ({
    field: path,
    code: 'fullIdNumber',
    message: '公示内容不得包含完整身份证号码，请脱敏 / never publicize a full ID number; mask it',
  }));
}

export interface OpenInputShape {
  subjectType: string;
  subjectId: string;
  title: string;
  publishedOn?: string;
  workingDays?: number;
  entries: readonly { personId: string; payload: unknown }[];
}

/** Problems of what a module asks to publicize, with field paths; empty when it may be opened. */
export function openInputErrors(input: OpenInputShape): FieldError[] {
  const errors: FieldError[] = [];
  if (typeof input.subjectType !== 'string' || !SUBJECT_TYPE.test(input.subjectType)) {
    errors.push({ field: 'subjectType', code: 'invalid', message: 'subject type must be lower_snake_case, 2–40 characters' });
  }
  if (typeof input.subjectId !== 'string' || !UUID.test(input.subjectId)) {
    errors.push({ field: 'subjectId', code: 'invalid', message: 'subject id must be a UUID' });
  }
  const title = typeof input.title === 'string' ? input.title.trim() : '';
  if (title.length < 2 || title.length > 200) {
    errors.push({ field: 'title', code: 'length', message: '公示标题应为2–200字 / the title must have 2–200 characters' });
  }
  if (input.publishedOn !== undefined && !isBusinessDate(input.publishedOn)) {
    errors.push({ field: 'publishedOn', code: 'invalidDate', message: '日期格式应为 YYYY-MM-DD / date must be YYYY-MM-DD' });
  }
  const days = input.workingDays;
  if (days !== undefined && (!Number.isInteger(days) || days < 1 || days > MAX_PUBLICITY_WORKING_DAYS)) {
    errors.push({ field: 'workingDays', code: 'outOfRange', message: `公示期应为1–${MAX_PUBLICITY_WORKING_DAYS}个工作日 / between 1 and ${MAX_PUBLICITY_WORKING_DAYS} working days` });
  }
  if (!Array.isArray(input.entries) || input.entries.length === 0 || input.entries.length > MAX_ENTRIES) {
    errors.push({ field: 'entries', code: 'count', message: `公示名单应有1–${MAX_ENTRIES}人 / a notice lists 1–${MAX_ENTRIES} people` });
    return errors;
  }
  const seen = new Set<string>();
  input.entries.forEach((entry, i) => {
    const personId = entry?.personId;
    if (typeof personId !== 'string' || !UUID.test(personId)) {
      errors.push({ field: `entries[${i}].personId`, code: 'invalid', message: 'person id must be a UUID' });
    } else if (seen.has(personId.toLowerCase())) {
      errors.push({ field: `entries[${i}].personId`, code: 'duplicate', message: '同一人在名单中出现两次 / this person is listed twice' });
    } else {
      seen.add(personId.toLowerCase());
    }
    errors.push(...payloadErrors(entry?.payload, `entries[${i}].payload`));
  });
  return errors;
}
