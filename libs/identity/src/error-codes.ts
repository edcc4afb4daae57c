import type { CodesOf, ErrorCatalogue } from '@skill-ladder/platform';

/** The problem codes identity raises (sign-in, sessions, organizations, users); see docs/error-codes.md. */
export const IDENTITY_ERROR_CODES = {
  ACCOUNT_DISABLED: { status: 401, message: '该账号已停用，请联系本单位管理员' },
  BUREAU_CREATION_RESTRICTED: { status: 403, message: '人社局只能由平台管理员创建' },
  BUREAU_EXISTS_FOR_REGION: { status: 409, message: '该地区已有在用的人社局，一个地区只设一个' },
  CANNOT_DISABLE_SELF: { status: 422, message: '不能停用自己的账号' },
  CREDIT_CODE_TAKEN: { status: 409, message: '该统一社会信用代码已有单位登记' },
  INVALID_CREDENTIALS: { status: 401, message: '用户名或密码错误，或账号已停用' },
  INVALID_REFRESH_TOKEN: { status: 401, message: '登录已失效，请重新登录' },
  LOGIN_LOCKED: { status: 429, message: '登录失败次数过多，请稍后再试' },
  NO_COMPETENT_BUREAU: { status: 422, message: '单位所在地区还没有在用的主管人社局，请先联系平台设立' },
  ORGANIZATION_CREATION_RESTRICTED: { status: 403, message: '企业和派遣机构由所在地区的人社局登记' },
  ORGANIZATION_EDIT_RESTRICTED: { status: 403, message: '无权修改该单位的信息' },
  REFRESH_TOKEN_EXPIRED: { status: 401, message: '登录已过期，请重新登录' },
  REFRESH_TOKEN_REUSED: { status: 401, message: '为保护账号安全，本次登录已结束，请重新登录' },
  REGION_OUTSIDE_JURISDICTION: { status: 422, message: '该地区不在本人社局的管辖范围内' },
  ROLE_GRANT_NOT_ALLOWED: { status: 403, message: '无权在该单位授予所选角色' },
  SESSION_ENDED: {
    status: [401, 409],
    message: { 401: '登录已失效，请重新登录', 409: '本场考试已结束，不能再进入答题' },
  },
  USERNAME_TAKEN: { status: 409, message: '该用户名已被使用，请换一个' },
  WORKER_ACCOUNT_EXISTS: { status: 409, message: '该职工已开通账号' },
  WORKER_ACCOUNT_VIA_WORKER: { status: 422, message: '职工账号请在人员档案中开通' },
} as const satisfies ErrorCatalogue;

declare module '@skill-ladder/platform' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the catalogue's keys are the codes
  interface ErrorCodeRegistry extends CodesOf<typeof IDENTITY_ERROR_CODES> {}
}
