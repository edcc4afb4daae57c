import { ValidateBy, ValidationOptions } from 'class-validator';

export const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** 国家职业分类大典 occupation code, e.g. 6-18-02-04. */
export const OCCUPATION_CODE = /^\d-\d{2}-\d{2}-\d{2}$/;
export const OCCUPATION_CODE_MESSAGE = '职业编码格式应为 6-18-01-01 / occupation code must look like 6-18-01-01';

/** Whether `value` is a `YYYY-MM-DD` date that exists on the calendar (no 2026-02-30). */
export function isBusinessDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
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
