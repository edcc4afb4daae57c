import type { CodesOf, ErrorCatalogue } from '@skill-ladder/platform';

/** The problem codes publicity raises (the working-day calendar, publicity notices, objections); see docs/error-codes.md. */
export const PUBLICITY_ERROR_CODES = {
  CALENDAR_SCHEDULE_INVALID: { status: 422, message: '该年度的节假日安排有误，请按国务院办公厅公布的安排填写' },
  CORRECTIONS_PENDING: { status: 409, message: '还有异议成立的结果未更正，请先更正再确认公示' },
  ENTRY_NOT_ON_NOTICE: { status: 422, message: '该人员不在本次公示名单中' },
  ENTRY_WITHDRAWN: { status: 409, message: '该人员已从公示名单中撤下，不能再更正或撤下' },
  OBJECTION_ALREADY_RESOLVED: { status: 409, message: '该异议已经处理' },
  OBJECTION_ENTRY_MISMATCH: { status: 422, message: '该异议针对的是公示名单中的另一人' },
  OBJECTIONS_PENDING: { status: 409, message: '还有异议未处理，请处理后再确认公示' },
  PUBLICITY_ALREADY_OPEN: { status: 409, message: '已有进行中的公示，请更正其名单，不要重复公示' },
  PUBLICITY_FINALIZED: { status: 409, message: '该公示已确认，名单不能再变更' },
  PUBLICITY_INPUT_INVALID: { status: 422, message: '公示内容有误，请按提示修改' },
  PUBLICITY_NOT_STARTED: { status: 409, message: '公示尚未开始，暂不能提出异议' },
  PUBLICITY_WINDOW_CLOSED: { status: 409, message: '公示期已结束，不能再提出异议' },
  PUBLICITY_WINDOW_OPEN: { status: 409, message: '公示期尚未结束，期满后才能确认' },
  PUBLICITY_WINDOW_PROVISIONAL: { status: 409, message: '公示期跨越尚未载入官方节假日安排的年份，须由人社局载入后重新计算，才能确认' },
  UNKNOWN_PERSON: { status: 422, message: '公示名单中有人员未在平台登记' },
  UPHELD_ENTRY_REQUIRED: { status: 422, message: '异议成立时须指明要更正或撤下的人员' },
} as const satisfies ErrorCatalogue;

declare module '@skill-ladder/platform' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the catalogue's keys are the codes
  interface ErrorCodeRegistry extends CodesOf<typeof PUBLICITY_ERROR_CODES> {}
}
