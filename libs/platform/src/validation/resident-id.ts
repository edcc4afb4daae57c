import { daysInMonth } from '@skill-ladder/vocabulary';

/**
 * 居民身份证号码 (citizen identity number), GB 11643-1999: region of first registration
 * (6 digits), birth date (8), order code 顺序码 (3, odd = male), check character.
 *
 * Only the 18-character form is accepted: the 15-digit first-generation numbers have no
 * check digit and have not been valid documents since 2013.
 */

export type ResidentIdSex = 'male' | 'female';

export type ResidentIdFailure = 'format' | 'birth_date' | 'check_digit';

export type ResidentIdResult =
  | { valid: true; birthDate: string; sex: ResidentIdSex; regionCode: string }
  | { valid: false; reason: ResidentIdFailure };

export interface ResidentIdSeed {
  regionCode: string;
  /** YYYY-MM-DD */
  birthDate: string;
  /** 0..999 without `sex`; 0..499 with it (see generateResidentId). */
  sequence: number;
  sex?: ResidentIdSex;
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';
const SHAPE = /^\d{17}[\dX]$/;
const FIRST_17 = /^\d{17}$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Numbers issued to people born before 1900 are not expected among working-age users, and
 * refusing them catches most typos in the year digits. There is no upper bound here: "born
 * in the future" needs the clock, and the age rules (e.g. 16+ for L5) already ask it.
 */
const EARLIEST_BIRTH_YEAR = 1900;

/** Pasted and spreadsheet-imported numbers carry stray spaces and a lowercase x. */
export function normalizeResidentId(value: string): string {
  return value.trim().toUpperCase();
}

/** ISO 7064 MOD 11-2 check character for the first 17 digits. */
export function residentIdCheckChar(first17: string): string {
  if (!FIRST_17.test(first17)) {
    throw new RangeError('residentIdCheckChar expects exactly 17 digits');
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    sum += Number(first17[i]) * WEIGHTS[i];
  }
  return CHECK_CHARS[sum % 11];
}

export function validateResidentId(value: string): ResidentIdResult {
  const id = normalizeResidentId(value);
  if (!SHAPE.test(id)) {
    return { valid: false, reason: 'format' };
  }
  const year = id.slice(6, 10);
  const month = id.slice(10, 12);
  const day = id.slice(12, 14);
  if (!isPlausibleBirthDate(Number(year), Number(month), Number(day))) {
    return { valid: false, reason: 'birth_date' };
  }
  if (residentIdCheckChar(id.slice(0, 17)) !== id[17]) {
    return { valid: false, reason: 'check_digit' };
  }
  return {
    valid: true,
    birthDate: `${year}-${month}-${day}`,
    sex: Number(id[16]) % 2 === 1 ? 'male' : 'female',
    regionCode: id.slice(0, 6),
  };
}

/**
 * Hides the birth date (the part that identifies a person together with the name) while
 * keeping enough to tell two people apart on screen: `141102********1234`. Anything that is
 * not shaped like a number is masked whole, because it could be any personal text typed
 * into the wrong field.
 */
export function maskResidentId(value: string): string {
  const id = normalizeResidentId(value);
  if (!SHAPE.test(id)) {
    return '*'.repeat(18);
  }
  return `${id.slice(0, 6)}${'*'.repeat(8)}${id.slice(14)}`;
}

/**
 * Deterministic valid numbers for fake data. Without `sex`, `sequence` is the order code
 * itself (0..999) and its parity gives the sex. With `sex`, `sequence` counts numbers of
 * that sex (0..499 → order code 2·sequence + 1 for male, 2·sequence for female), so two
 * sequences never produce the same number: forcing the parity of a 0..999 sequence instead
 * would silently give 2k and 2k+1 the same number and break unique constraints in seeds.
 */
export function generateResidentId(seed: ResidentIdSeed): string {
  if (!/^\d{6}$/.test(seed.regionCode)) {
    throw new RangeError('generateResidentId: regionCode must be 6 digits');
  }
  const date = ISO_DATE.exec(seed.birthDate);
  if (!date || !isPlausibleBirthDate(Number(date[1]), Number(date[2]), Number(date[3]))) {
    throw new RangeError(`generateResidentId: birthDate must be a real YYYY-MM-DD date from ${EARLIEST_BIRTH_YEAR} on`);
  }
  const orderCode = String(orderCodeFor(seed.sequence, seed.sex)).padStart(3, '0');
  const first17 = `${seed.regionCode}${date[1]}${date[2]}${date[3]}${orderCode}`;
  return first17 + residentIdCheckChar(first17);
}

function orderCodeFor(sequence: number, sex: ResidentIdSex | undefined): number {
  const max = sex === undefined ? 999 : 499;
  if (!Number.isInteger(sequence) || sequence < 0 || sequence > max) {
    throw new RangeError(`generateResidentId: sequence must be an integer in 0..${max}`);
  }
  if (sex === undefined) {
    return sequence;
  }
  return sequence * 2 + (sex === 'male' ? 1 : 0);
}

function isPlausibleBirthDate(year: number, month: number, day: number): boolean {
  if (year < EARLIEST_BIRTH_YEAR || month < 1 || month > 12 || day < 1) {
    return false;
  }
  return day <= daysInMonth(year, month);
}
