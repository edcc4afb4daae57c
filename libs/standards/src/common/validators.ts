import { ValidateBy, ValidationOptions } from 'class-validator';
import { isIsoDate } from '../eligibility';

export const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export const OCCUPATION_CODE = /^\d-\d{2}-\d{2}-\d{2}$/;
export const OCCUPATION_CODE_MESSAGE = '职业编码格式应为 6-18-01-01 / occupation code must look like 6-18-01-01';

/** A China business date `YYYY-MM-DD` that exists on the calendar. */
export function IsBusinessDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isBusinessDate',
      validator: {
        validate: (value: unknown) => isIsoDate(value),
        defaultMessage: () => '日期格式应为 YYYY-MM-DD / date must be YYYY-MM-DD',
      },
    },
    options,
  );
}

export const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);
