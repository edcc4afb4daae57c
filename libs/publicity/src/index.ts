export * from './publicity.module';
export * from './working-days';
export { CalendarService } from './calendar.service';
export type { YearLoadedListener } from './calendar.service';
export { PublicityService } from './publicity.service';
export type { ObjectionResolvedEvent, OpenedNotice, OpenPublicityInput, PublicityEntryInput, PublicitySubjectHandler } from './publicity.service';
export type { EntryStatus, NoticePhase, ObjectionOutcome, ObjectionStatus } from './publicity-rules';
export * from './error-codes';
