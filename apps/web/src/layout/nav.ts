import type { Role } from '../auth/roles';

export interface NavItem {
  path: string;
  label: string;
  /** Pages reached from this entry that live under another path (a worker's application, under 报名认定). */
  also?: string[];
}

/** Whether `pathname` is the entry's page or one reached from it: the entry is shown as the current one. */
export function isCurrent(item: NavItem, pathname: string): boolean {
  return [item.path, ...(item.also ?? [])].some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

/** What each role finds in its navigation; every entry is a working screen. */
export const NAV: Record<Role, NavItem[]> = {
  worker: [
    { path: '/worker/career', label: '职业通道' },
    { path: '/worker/credentials', label: '我的证书' },
    { path: '/worker/campaigns', label: '报名认定', also: ['/worker/applications'] },
    { path: '/worker/exams', label: '机考', also: ['/worker/exam-attempts'] },
    { path: '/worker/publicity', label: '公示' },
  ],
  evaluator: [
    { path: '/evaluator/tasks', label: '我的任务' },
    { path: '/evaluator/moderation', label: '复核任务' },
    { path: '/evaluator/exam-rooms', label: '机考监考' },
    { path: '/evaluator/short-answer-marks', label: '简答题阅卷' },
  ],
  hr_admin: [
    { path: '/hr/campaigns', label: '认定计划' },
    { path: '/hr/workers', label: '职工' },
    { path: '/hr/evaluators', label: '考评员' },
    { path: '/hr/standards', label: '评价规范' },
    { path: '/hr/tiers', label: '等级岗位与待遇' },
    { path: '/hr/question-banks', label: '题库' },
    { path: '/hr/moderation', label: '成绩复核' },
    { path: '/hr/appointments', label: '评聘' },
    { path: '/hr/title-recognitions', label: '比照认定' },
    { path: '/hr/competitions', label: '以赛代评' },
    { path: '/hr/analytics', label: '统计' },
    { path: '/hr/certificates', label: '证书管理' },
    { path: '/hr/evaluation-bodies', label: '机构备案' },
  ],
  bureau_officer: [
    { path: '/bureau/inbox', label: '待办审批' },
    { path: '/bureau/campaigns', label: '认定计划' },
    { path: '/bureau/workers', label: '职工' },
    { path: '/bureau/competition-rules', label: '以赛代评规则' },
    { path: '/bureau/analytics', label: '统计' },
    { path: '/bureau/certificates', label: '证书监管' },
    { path: '/bureau/organizations', label: '单位管理' },
    { path: '/bureau/users', label: '账号管理' },
    { path: '/bureau/evaluation-bodies', label: '评价机构' },
    { path: '/bureau/evaluators', label: '考评员' },
    { path: '/bureau/title-mappings', label: '职称贯通' },
    { path: '/bureau/calendar', label: '工作日历' },
    { path: '/bureau/occupations', label: '职业目录' },
  ],
  platform_admin: [
    { path: '/admin/organizations', label: '单位管理' },
    { path: '/admin/users', label: '账号管理' },
    { path: '/admin/occupations', label: '职业目录' },
    { path: '/admin/title-mappings', label: '职称贯通' },
    { path: '/admin/calendar', label: '工作日历' },
    { path: '/admin/certificates', label: '证书' },
    { path: '/admin/audit', label: '审计日志' },
  ],
};
