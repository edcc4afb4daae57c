import type { ErrorCode } from './error-code';

export interface FieldError {
  /** Path of the offending field, e.g. `idNumber` or `employments[0].hiredOn`. */
  field: string;
  /** The rule that failed (`required`, `isBusinessDate`): a field rule, not a catalogued problem code. */
  code: string;
  message: string;
}

/**
 * An error the domain raises on purpose. `code` is stable and declared in a lib's catalogue
 * (`libs/<lib>/src/error-codes.ts`); the global filter turns it into an RFC 9457 problem document.
 */
export class DomainError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    readonly title: string,
    readonly detail?: string,
    readonly errors?: FieldError[],
  ) {
    super(detail ?? title);
  }
}

export class NotFoundError extends DomainError {
  constructor(entity: string) {
    super(404, 'NOT_FOUND', '资源不存在 / Not found', `${entity} not found`);
  }
}

export class ConflictError extends DomainError {
  constructor(code: ErrorCode, detail: string) {
    super(409, code, '状态冲突 / Conflict', detail);
  }
}

export class ValidationFailedError extends DomainError {
  constructor(errors: FieldError[], detail = 'The request has invalid fields') {
    super(400, 'VALIDATION_FAILED', '请求参数有误 / Validation failed', detail, errors);
  }
}

export class ForbiddenError extends DomainError {
  constructor(code: ErrorCode, detail: string) {
    super(403, code, '无权操作 / Forbidden', detail);
  }
}

export class UnprocessableError extends DomainError {
  constructor(code: ErrorCode, detail: string, errors?: FieldError[]) {
    super(422, code, '无法处理 / Unprocessable', detail, errors);
  }
}
