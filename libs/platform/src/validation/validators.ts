import { ValidateBy, ValidationArguments, ValidationOptions } from 'class-validator';
import { CreditCodeFailure, validateCreditCode } from './credit-code';
import { isKnownRegion } from './regions';
import { ResidentIdFailure, validateResidentId } from './resident-id';

/*
 * Messages never interpolate the value ($value): ID numbers are personal data and
 * validation messages end up in logs and problem+json bodies. The check does not
 * normalize the property; pair it with a @Transform that applies normalizeResidentId /
 * normalizeCreditCode so what is stored is what was checked.
 */

const RESIDENT_ID_MESSAGES: Readonly<Record<ResidentIdFailure, string>> = {
  format: '身份证号码格式错误，应为18位（17位数字加1位数字或X） / ID number must be 18 characters: 17 digits then a digit or X',
  birth_date: '身份证号码中的出生日期无效 / ID number contains an impossible birth date',
  check_digit: '身份证号码校验位错误 / ID number check digit is wrong',
};

const CREDIT_CODE_MESSAGES: Readonly<Record<CreditCodeFailure, string>> = {
  format:
    '统一社会信用代码格式错误，应为18位（登记管理部门代码、机构类别代码、6位行政区划码、9位主体标识码、校验码） / credit code must be 18 characters in the GB 32100 layout',
  check_char: '统一社会信用代码校验码错误 / credit code check character is wrong',
};

const REGION_CODE_MESSAGE =
  '行政区划代码无效，应为本系统登记的6位行政区划代码 / region code must be a known 6-digit administrative division code';

/** 居民身份证号码, GB 11643-1999. */
export function IsResidentIdNumber(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isResidentIdNumber',
      validator: {
        validate: (value: unknown) => residentIdFailure(value) === undefined,
        defaultMessage: (args?: ValidationArguments) => RESIDENT_ID_MESSAGES[residentIdFailure(args?.value) ?? 'format'],
      },
    },
    options,
  );
}

/** 统一社会信用代码, GB 32100-2015. */
export function IsCreditCode(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCreditCode',
      validator: {
        validate: (value: unknown) => creditCodeFailure(value) === undefined,
        defaultMessage: (args?: ValidationArguments) => CREDIT_CODE_MESSAGES[creditCodeFailure(args?.value) ?? 'format'],
      },
    },
    options,
  );
}

/**
 * A division in the reference list (REGIONS), not merely six digits: a region decides which
 * bureau sees an organization, and a code no bureau's prefix was meant for would hide it.
 */
export function IsRegionCode(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isRegionCode',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isKnownRegion(value),
        defaultMessage: () => REGION_CODE_MESSAGE,
      },
    },
    options,
  );
}

function residentIdFailure(value: unknown): ResidentIdFailure | undefined {
  if (typeof value !== 'string') {
    return 'format';
  }
  const result = validateResidentId(value);
  return result.valid ? undefined : result.reason;
}

function creditCodeFailure(value: unknown): CreditCodeFailure | undefined {
  if (typeof value !== 'string') {
    return 'format';
  }
  const result = validateCreditCode(value);
  return result.valid ? undefined : result.reason;
}
