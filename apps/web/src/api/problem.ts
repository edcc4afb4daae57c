import type { components } from './schema';

export type Problem = components['schemas']['ProblemDetailsDto'];
export type FieldError = components['schemas']['FieldErrorDto'];

/** An answer of the API that is not a success: carries its problem+json body. */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.title);
    this.name = 'ApiError';
  }
  get status(): number {
    return this.problem.status;
  }
  get code(): string {
    return this.problem.code;
  }
}

/** The server could not be reached at all (offline, DNS, the server down). */
export class NetworkError extends Error {
  constructor(cause?: unknown) {
    super('网络连接失败，请检查网络后重试');
    this.name = 'NetworkError';
    this.cause = cause;
  }
}

const HAS_CJK = /[\u3400-\u9fff]/;

/** The Chinese half of a bilingual text "中文 / English", or the text itself when it is all Chinese. */
export function chinesePart(text: string | undefined | null): string | null {
  if (!text) return null;
  const [first] = text.split(' / ');
  return HAS_CJK.test(first) ? first.trim() : null;
}

/** A bilingual API label ("正式职工 / Regular employee") as the Chinese-first UI shows it. */
export function zh(label: string): string {
  return chinesePart(label) ?? label;
}

/**
 * Where the web app says it better than the API. The API titles every problem with its code's
 * Chinese message from the error catalogue (docs/error-codes.md), so this holds only what the web
 * words for itself: the request id the server's message asks for is not shown here.
 */
const CODE_MESSAGES: Record<string, string> = {
  CERTIFICATE_NOT_FOUND: '未查到该证书，请核对证书编号和姓名',
  INTERNAL: '服务器出现错误，请稍后再试',
};

/** Field rules (class-validator constraint names and the API's own codes) in Chinese. */
const RULE_MESSAGES: Record<string, string> = {
  isNotEmpty: '必填',
  isString: '请填写文字',
  isInt: '请填写整数',
  isNumber: '请填写数字',
  min: '数值过小',
  max: '数值过大',
  range: '超出允许的分值范围',
  length: '长度不符合要求',
  minLength: '内容过短',
  maxLength: '内容过长',
  isUuid: '编号格式不正确',
  isIn: '请选择有效的选项',
  matches: '格式不正确',
  isBusinessDate: '日期无效',
  whitelistValidation: '不允许的字段',
};

/**
 * One message, in Chinese, for any error a request can end with: the Chinese half of the detail
 * (it names this very case), else of the title (the code's catalogued message).
 */
export function messageOf(error: unknown): string {
  if (error instanceof NetworkError) return error.message;
  if (error instanceof ApiError) {
    const p = error.problem;
    return CODE_MESSAGES[p.code] ?? chinesePart(p.detail) ?? chinesePart(p.title) ?? `请求失败（${p.status}）`;
  }
  return '出现了意外错误，请刷新页面后重试';
}

export function fieldMessage(e: FieldError): string {
  return chinesePart(e.message) ?? RULE_MESSAGES[e.code] ?? '填写有误';
}

/**
 * The API's field errors grouped by field path, in Chinese, for a form to show under each field
 * (`employment.hiredOn` becomes `['employment', 'hiredOn']`, `items[0].score` `['items', 0, 'score']`).
 */
export function fieldErrorsOf(error: unknown): { name: (string | number)[]; errors: string[] }[] {
  if (!(error instanceof ApiError) || !error.problem.errors?.length) return [];
  const byField = new Map<string, string[]>();
  for (const e of error.problem.errors) {
    const list = byField.get(e.field) ?? [];
    const message = fieldMessage(e);
    if (!list.includes(message)) list.push(message);
    byField.set(e.field, list);
  }
  return [...byField].map(([field, errors]) => ({ name: fieldPath(field), errors }));
}

export function fieldPath(field: string): (string | number)[] {
  return field
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** Shows the API's field errors under the form's fields; answers whether there were any. */
export function showFieldErrors(form: { setFields: (fields: never[]) => void }, error: unknown): boolean {
  const fields = fieldErrorsOf(error);
  form.setFields(fields as never[]);
  return fields.length > 0;
}
