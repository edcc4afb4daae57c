/** 版本状态 colours: where a version stands in draft → submitted → approved / changes requested → published → retired. */
export const VERSION_STATUS_COLOR: Record<string, string> = {
  draft: 'default',
  submitted: 'processing',
  changes_requested: 'warning',
  approved: 'cyan',
  published: 'success',
  retired: 'default',
};

/** What each review step is called in the thread. */
export const VERSION_ACTION_ZH: Record<string, string> = {
  submit: '提交审核',
  withdraw: '撤回',
  request_changes: '退回修改',
  approve: '审核通过',
  publish: '发布',
  retire: '废止',
};

export const AUTHOR_ROLE_ZH: Record<string, string> = {
  hr_admin: '企业人力资源',
  bureau_officer: '人社局',
  platform_admin: '平台管理员',
};
