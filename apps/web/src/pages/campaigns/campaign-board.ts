import type { components } from '../../api/schema';

export type Campaign = components['schemas']['CampaignResponseDto'];
export type CampaignStatus = Campaign['status'];
export type CampaignAction = Campaign['allowedActions'][number];

/** The board's columns, in the order a campaign moves through them. */
export const BOARD_COLUMNS: { key: string; title: string; statuses: CampaignStatus[] }[] = [
  { key: 'prepare', title: '筹备与备案', statuses: ['draft', 'returned', 'filed', 'acknowledged'] },
  { key: 'registration', title: '报名', statuses: ['registration_open', 'registration_closed'] },
  { key: 'assessment', title: '考核与评分', statuses: ['assessing', 'scoring'] },
  { key: 'publicity', title: '公示', statuses: ['publicity'] },
  { key: 'done', title: '已完成', statuses: ['finalized', 'cancelled'] },
];

/** Campaigns per column, each column newest first; a status no column names is not lost but shown first. */
export function boardColumns(campaigns: readonly Campaign[]): { key: string; title: string; items: Campaign[] }[] {
  const known = new Set(BOARD_COLUMNS.flatMap((c) => c.statuses));
  const columns = BOARD_COLUMNS.map((c) => ({ key: c.key, title: c.title, items: campaigns.filter((x) => c.statuses.includes(x.status)) }));
  const other = campaigns.filter((x) => !known.has(x.status));
  return other.length ? [{ key: 'other', title: '其他', items: other }, ...columns] : columns;
}

/** The button each action gets, and whether it needs a reason (the API refuses it without one). */
export const ACTION_LABELS: Record<CampaignAction, { label: string; reason?: boolean; danger?: boolean; confirm: string }> = {
  file: { label: '向人社局报备', confirm: '报备后由人社局确认，确认前不能修改。确认报备吗？' },
  acknowledge: { label: '确认备案', confirm: '确认该认定计划备案吗？' },
  return: { label: '退回', reason: true, danger: true, confirm: '退回后企业可修改后重新报备。' },
  open_registration: { label: '开始报名', confirm: '开始报名后职工即可报名。确认开始吗？' },
  close_registration: { label: '截止报名', confirm: '截止后不再接受报名。确认截止吗？' },
  start_assessment: { label: '开始考核', confirm: '开始考核前须审核完所有报名。确认开始吗？' },
  start_scoring: { label: '开始评分', confirm: '开始评分前须为各等级的考核项目抽取考评员。确认开始吗？' },
  publish_results: { label: '发布结果并公示', confirm: '结果将公示5个工作日，公示期内可提出异议。确认发布吗？' },
  finalize: { label: '结果定稿并发证', confirm: '定稿后将为合格人员颁发证书，且不可撤回。确认定稿吗？' },
  cancel: { label: '取消计划', reason: true, danger: true, confirm: '取消后不可恢复。' },
};
