import type { CodesOf, ErrorCatalogue } from '@skill-ladder/platform';

/** The problem codes promotions raises (tier policies, appointments, titles, competitions, analytics); see docs/error-codes.md. */
export const PROMOTIONS_ERROR_CODES = {
  ANALYTICS_FOR_ENTERPRISES: { status: 422, message: '人才队伍分析按企业或按地区查看' },
  APPOINTMENT_CHANGED: { status: 409, message: '该聘任事项已被他人更新，请刷新后再办理' },
  APPOINTMENT_OPEN: { status: 409, message: '该职工已有办理中的聘任申请，或已受聘该等级' },
  COMPETITION_NOT_HELD: { status: 409, message: '竞赛尚未举办，请在举办日之后录入成绩' },
  COMPETITION_OWNER_ONLY: { status: 403, message: '竞赛成绩由登记该竞赛的单位录入' },
  COMPETITION_PROMOTION_THIS_YEAR: { status: 409, message: '以赛代评每人每年限晋级一次，该职工本年度已晋级过' },
  COMPETITION_RESULT_USED: { status: 409, message: '该竞赛成绩已用于晋级' },
  COMPETITION_RULE_DUPLICATE: { status: 409, message: '已有相同的以赛代评规则在部分相同日期内生效' },
  COMPETITION_RULE_INVALID: { status: 422, message: '以赛代评规则前后矛盾，请按提示修改' },
  COMPETITION_RULE_NOT_OWNED: { status: 403, message: '人社局只能结束本地区的以赛代评规则' },
  ENTERPRISE_CONTESTS_ONLY: { status: 403, message: '企业只能登记本企业的岗位练兵和技能比武；分级竞赛由人社局登记' },
  ENTERPRISE_HR_ONLY: { status: 403, message: '只有职工所在企业的人事管理员可以办理这一步' },
  NO_PROMOTION_BY_RULE: { status: 422, message: '按现行以赛代评规则，该名次不能晋级' },
  NOT_ELIGIBLE: { status: 422, message: '该职工尚不符合该等级的聘任条件' },
  NOT_EMPLOYED: { status: 422, message: '该职工目前没有在职记录，申请须由所在企业推荐' },
  NOT_WORKING_AT_ENTERPRISE: { status: 422, message: '该职工目前不在本企业（该职业）工作' },
  OCCUPATION_REQUIRED: { status: 422, message: '任职记录没有登记职业，请选择职业' },
  OWN_APPLICATION_ONLY: { status: 403, message: '职工只能为本人申请' },
  PROMOTION_OUTDATED: { status: 409, message: '该职工已取得同级或更高等级，此次晋级不再提高其等级' },
  QUOTA_EXHAUSTED: { status: 409, message: '该等级的聘任名额已满' },
  RENEWAL_NOT_DUE: { status: 409, message: '还未到续聘办理时间' },
  RESULT_EXISTS: { status: 409, message: '该职工在此竞赛该职业的成绩已经录入' },
  RESULT_INVALID: { status: 422, message: '名次超出参赛人数范围，请核对' },
  REVIEW_INVALID: { status: 422, message: '评审表与评分细则不符，请按提示修改' },
  TERM_STARTS_IN_PAST: { status: 422, message: '聘期开始日期不能早于今天' },
  TIER_NOT_APPOINTED: {
    status: [422, 409],
    message: { 422: '该等级不实行评聘或其聘任政策已停止', 409: '该等级已不再实行评聘，不能续聘' },
  },
  TIER_POLICY_EXISTS: { status: 409, message: '该等级已有在用的聘任政策，请修改原政策' },
  TIER_POLICY_FOR_ENTERPRISES_ONLY: { status: 422, message: '只有企业可以设置聘任政策' },
  TIER_POLICY_INVALID: { status: 422, message: '聘任政策前后矛盾，请按提示修改' },
  TIER_POLICY_MAINTAINED_BY_HR: { status: 403, message: '聘任政策由企业人事管理员维护' },
  TIER_POLICY_RETIRED: { status: 409, message: '该聘任政策已停止，不能再据此聘任' },
  TITLE_ALREADY_HELD: { status: 409, message: '该职工已取得这一职称' },
  TITLE_NO_LONGER_AVAILABLE: { status: 409, message: '对应规则已变化，该职称已不能再申请认定' },
  TITLE_NOT_MAPPED: { status: 422, message: '本地区现行规则中没有技能等级对应该职称的规定' },
  TITLE_NOT_YET_OPEN: { status: 422, message: '该职工尚不符合认定这一职称的条件' },
  TITLE_RECOGNITION_OPEN: { status: 409, message: '该职称已有认定申请在办理中' },
  UNKNOWN_WORKER: { status: 422, message: '成绩中有您无权查看或未登记的职工' },
} as const satisfies ErrorCatalogue;

declare module '@skill-ladder/platform' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the catalogue's keys are the codes
  interface ErrorCodeRegistry extends CodesOf<typeof PROMOTIONS_ERROR_CODES> {}
}
