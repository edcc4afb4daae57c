import { ValidateBy, ValidationOptions } from 'class-validator';
import { isIsoDate } from '@skill-ladder/vocabulary';

export const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** 国家职业分类大典 occupation code, e.g. 6-18-02-04. */
export const OCCUPATION_CODE = /^\d-\d{2}-\d{2}-\d{2}$/;
export const OCCUPATION_CODE_MESSAGE = '职业编码格式应为 6-18-01-01 / occupation code must look like 6-18-01-01';

/**
 * Whether `value` is a `YYYY-MM-DD` date that exists on the calendar (no 2026-02-30). Years before
 * 0100 are refused as typing errors, as they always were here.
 */
export function isBusinessDate(value: unknown): value is string {
  return isIsoDate(value) && Number(value.slice(0, 4)) >= 100;
}

/** A China business date `YYYY-MM-DD` that exists on the calendar. */
export function IsBusinessDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isBusinessDate',
      validator: {
        validate: (value: unknown) => isBusinessDate(value),
        defaultMessage: () => '日期格式应为 YYYY-MM-DD / date must be YYYY-MM-DD',
      },
    },
    options,
  );
}
