import { certificateLevelDigit, isRank, NationalRank } from '@skill-ladder/vocabulary';

/**
 * 职业技能等级证书编号 (人社鉴发〔2019〕2号): 22 characters.
 *
 *   Y 0000 14 000123 26 1 000001
 *   │ │    │  │      │  │ └ serial within body, year and level (证书序列码), 000001–999999
 *   │ │    │  │      │  └── level (职业技能等级代码): 1 = 一级/高级技师 … 5 = 五级/初级工
 *   │ │    │  │      └──── issue year, last two digits (证书核发年份代码)
 *   │ │    │  └─────────── station serial, assigned by the provincial bureau (评价机构(站点)序列码)
 *   │ │    └────────────── province code of the body or station (省级代码), e.g. 14 = Shanxi
 *   │ └─────────────────── institution code: 0001–9999 when filed with MOHRSS, 0000 when filed provincially
 *   └───────────────────── body type: Y = employer (用人单位), S = social training body (社会培训评价组织)
 */

export type CertifyingBodyType = 'Y' | 'S';
export type LevelDigit = 1 | 2 | 3 | 4 | 5;
/** The five national levels of 新八级工 that carry a certificate. */
export type NationalRankCode = NationalRank;

export interface CertificateNumberParts {
  bodyType: CertifyingBodyType;
  /** 4 digits, '0000' when the body was filed with the provincial bureau. */
  institutionCode: string;
  /** 2 digits, the first two of the 6-digit administrative division code. */
  provinceCode: string;
  /** 6 digits. */
  stationSerial: string;
  /** Full issue year; only its last two digits are written. */
  year: number;
  levelDigit: LevelDigit;
  /** 1–999999, written with 6 digits. */
  serial: number;
}

export const CERTIFICATE_NUMBER_LENGTH = 22;
const MIN_YEAR = 2000;
const MAX_YEAR = 2099;
const MAX_SERIAL = 999_999;

const CERTIFICATE_NUMBER = /^([YS])(\d{4})(\d{2})(\d{6})(\d{2})([1-5])(\d{6})$/;


export function formatCertificateNumber(parts: CertificateNumberParts): string {
  const { bodyType, institutionCode, provinceCode, stationSerial, year, levelDigit, serial } = parts;
  if (bodyType !== 'Y' && bodyType !== 'S') {
    throw new RangeError(`bodyType must be 'Y' (employer) or 'S' (social training body), got ${JSON.stringify(bodyType)}`);
  }
  requireDigits(institutionCode, 4, "institutionCode ('0000' when filed provincially)");
  requireDigits(provinceCode, 2, 'provinceCode');
  requireDigits(stationSerial, 6, 'stationSerial');
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new RangeError(`year must be a full year from ${MIN_YEAR} to ${MAX_YEAR}, got ${year}`);
  }
  if (!Number.isInteger(levelDigit) || levelDigit < 1 || levelDigit > 5) {
    throw new RangeError(`levelDigit must be 1 (一级/高级技师) to 5 (五级/初级工), got ${levelDigit}`);
  }
  if (!Number.isInteger(serial) || serial < 1 || serial > MAX_SERIAL) {
    throw new RangeError(`serial must be an integer from 1 to ${MAX_SERIAL}, got ${serial}`);
  }
  return (
    bodyType +
    institutionCode +
    provinceCode +
    stationSerial +
    String(year % 100).padStart(2, '0') +
    String(levelDigit) +
    String(serial).padStart(6, '0')
  );
}

/** The parts of a well-formed certificate number, or null (wrong length, letter, level or a zero serial). */
export function parseCertificateNumber(value: string): CertificateNumberParts | null {
  const match = CERTIFICATE_NUMBER.exec(value);
  if (!match) return null;
  const serial = Number(match[7]);
  if (serial < 1) return null;
  return {
    bodyType: match[1] as CertifyingBodyType,
    institutionCode: match[2],
    provinceCode: match[3],
    stationSerial: match[4],
    year: MIN_YEAR + Number(match[5]),
    levelDigit: Number(match[6]) as LevelDigit,
    serial,
  };
}

/** Level digit of a national rank: L5 (五级/初级工) → 5 … L1 (一级/高级技师) → 1. */
export function levelDigitForRank(rank: NationalRankCode): LevelDigit {
  const digit = isRank(rank) ? certificateLevelDigit(rank) : null;
  if (digit === null) {
    throw new RangeError(
      `rank ${JSON.stringify(rank)} has no certificate level digit; only L5–L1 are certified by number`,
    );
  }
  return digit;
}

function requireDigits(value: string, length: number, label: string): void {
  if (typeof value !== 'string' || !new RegExp(`^\\d{${length}}$`).test(value)) {
    throw new RangeError(`${label} must be exactly ${length} digits, got ${JSON.stringify(value)}`);
  }
}
