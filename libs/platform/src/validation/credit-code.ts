/**
 * 统一社会信用代码 (unified social credit code), GB 32100-2015: registration authority
 * 登记管理部门代码 (1), organization type 机构类别代码 (1), region of the registering
 * authority 登记管理机关行政区划码 (6 digits), subject identifier 主体标识码 (9),
 * check character (1).
 */

export type CreditCodeFailure = 'format' | 'check_char';

export type CreditCodeResult = { valid: true; regionCode: string } | { valid: false; reason: CreditCodeFailure };

export interface CreditCodeSeed {
  regionCode: string;
  /** 0..999 999 999, written as the 9-digit subject identifier. */
  sequence: number;
}

/** I, O, S, V and Z are left out of the standard's alphabet because they read like 1, 0, 5, U and 2. */
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/**
 * Registration authorities 1 机构编制 (bureaus and other state organs), 5 民政 (social
 * organizations), 9 工商/市场监管 (enterprises, dispatch agencies), Y 其他 — the ones whose
 * organizations this system files. Codes from other authorities (e.g. 3 司法行政 for law
 * firms) are refused on purpose until such an organization kind exists here.
 */
const SHAPE = new RegExp(`^[159Y][1-9Y]\\d{6}[${CHARSET}]{10}$`);
const FIRST_17 = new RegExp(`^[${CHARSET}]{17}$`);

const ENTERPRISE_PREFIX = '91';
const MAX_SEQUENCE = 999_999_999;

/** Codes are copied from licences and spreadsheets with stray spaces and lowercase letters. */
export function normalizeCreditCode(value: string): string {
  return value.trim().toUpperCase();
}

export function creditCodeCheckChar(first17: string): string {
  if (!FIRST_17.test(first17)) {
    throw new RangeError('creditCodeCheckChar expects 17 characters from the GB 32100 alphabet');
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    sum += CHARSET.indexOf(first17[i]) * WEIGHTS[i];
  }
  return CHARSET[(31 - (sum % 31)) % 31];
}

export function validateCreditCode(value: string): CreditCodeResult {
  const code = normalizeCreditCode(value);
  if (!SHAPE.test(code)) {
    return { valid: false, reason: 'format' };
  }
  if (creditCodeCheckChar(code.slice(0, 17)) !== code[17]) {
    return { valid: false, reason: 'check_char' };
  }
  return { valid: true, regionCode: code.slice(2, 8) };
}

/** Deterministic valid enterprise codes (prefix 91: 工商 + 企业) for fake data. */
export function generateCreditCode(seed: CreditCodeSeed): string {
  if (!/^\d{6}$/.test(seed.regionCode)) {
    throw new RangeError('generateCreditCode: regionCode must be 6 digits');
  }
  if (!Number.isInteger(seed.sequence) || seed.sequence < 0 || seed.sequence > MAX_SEQUENCE) {
    throw new RangeError(`generateCreditCode: sequence must be an integer in 0..${MAX_SEQUENCE}`);
  }
  const first17 = `${ENTERPRISE_PREFIX}${seed.regionCode}${String(seed.sequence).padStart(9, '0')}`;
  return first17 + creditCodeCheckChar(first17);
}
