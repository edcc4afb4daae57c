import { ValidationError } from '@nestjs/common';
import { FieldError, ValidationFailedError } from './domain-error';

/** Flattens class-validator's tree into field paths such as `employments[0].hiredOn`. */
export function toFieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const error of errors) {
    const isIndex = /^\d+$/.test(error.property);
    const path = parent ? (isIndex ? `${parent}[${error.property}]` : `${parent}.${error.property}`) : error.property;
    for (const [code, message] of Object.entries(error.constraints ?? {})) {
      out.push({ field: path, code, message });
    }
    if (error.children?.length) out.push(...toFieldErrors(error.children, path));
  }
  return out;
}

export function validationExceptionFactory(errors: ValidationError[]): ValidationFailedError {
  return new ValidationFailedError(toFieldErrors(errors));
}
