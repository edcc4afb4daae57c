import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { isDatabaseUnavailable } from '../database/database-unavailable';
import { constraintConflict } from '../database/unique-violation';
import { DomainError, FieldError } from './domain-error';
import { ErrorCatalogue, ErrorCode, errorMessage } from './error-code';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code: string;
  instance?: string;
  requestId?: string;
  errors?: FieldError[];
}

const HTTP_CODES: Record<number, [ErrorCode, string]> = {
  400: ['BAD_REQUEST', '请求有误 / Bad request'],
  401: ['UNAUTHENTICATED', '未登录或登录已过期 / Authentication required'],
  403: ['FORBIDDEN', '无权操作 / Forbidden'],
  404: ['NOT_FOUND', '资源不存在 / Not found'],
  405: ['METHOD_NOT_ALLOWED', '方法不被允许 / Method not allowed'],
  409: ['CONFLICT', '状态冲突 / Conflict'],
  408: ['REQUEST_TIMEOUT', '请求超时 / Request timeout'],
  413: ['PAYLOAD_TOO_LARGE', '请求体过大 / Payload too large'],
  414: ['URI_TOO_LONG', '请求地址过长 / URI too long'],
  415: ['UNSUPPORTED_MEDIA_TYPE', '不支持的内容类型 / Unsupported media type'],
  429: ['RATE_LIMITED', '请求过于频繁 / Too many requests'],
  431: ['HEADERS_TOO_LARGE', '请求头过大 / Request header fields too large'],
  503: ['SERVICE_UNAVAILABLE', '服务暂不可用 / Service unavailable'],
};

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

/** The problem document for a bare HTTP status; `code` overrides the status's own. */
export function httpProblem(status: number, detail?: string, code?: ErrorCode): Problem {
  const [statusCode, title]: [ErrorCode, string] = HTTP_CODES[status] ?? ['HTTP_ERROR', 'Error'];
  const chosen = code ?? statusCode;
  return { type: `urn:skill-ladder:problem:${chosen.toLowerCase().replace(/_/g, '-')}`, title, status, detail, code: chosen };
}

const HAS_CJK = /[\u3400-\u9fff]/;

/**
 * The problem with its catalogued title: `<the code's Chinese message> / <the English title>`
 * (RFC 9457: the title describes the problem type, here one per code). A code the catalogue
 * does not hold keeps its title.
 */
export function withCatalogueTitle(problem: Problem, catalogue: ErrorCatalogue): Problem {
  if (!Object.hasOwn(catalogue, problem.code)) return problem;
  const message = errorMessage(catalogue[problem.code], problem.status);
  const separator = problem.title.indexOf(' / ');
  const english = separator >= 0 ? problem.title.slice(separator + 3) : HAS_CJK.test(problem.title) ? '' : problem.title;
  return { ...problem, title: english ? `${message} / ${english}` : message };
}

/** Seconds a client should wait before retrying a 503; PostgreSQL restarts take about this long. */
const RETRY_AFTER_SECONDS = 5;

/**
 * Every error leaves as `application/problem+json` (RFC 9457) with a stable `code`, titled from
 * the error catalogue the app composes of every lib's (platform cannot import the libs above it).
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  constructor(private readonly catalogue: ErrorCatalogue = {}) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const problem = withCatalogueTitle(this.toProblem(exception, String(request.id)), this.catalogue);
    problem.instance = request.url.split('?')[0];
    if (problem.status === 503) {
      void reply.header('retry-after', String(RETRY_AFTER_SECONDS));
      const err = exception instanceof Error ? exception : new Error(String(exception));
      this.logger.warn({ msg: 'service unavailable', requestId: request.id, error: err.name, message: err.message });
    } else if (problem.status >= 500) {
      const err = exception instanceof Error ? exception : new Error(String(exception));
      this.logger.error({ msg: 'unhandled error', requestId: request.id, error: err.name, message: err.message, stack: err.stack });
    }
    void reply.status(problem.status).header('content-type', PROBLEM_CONTENT_TYPE).send(problem);
  }

  private toProblem(exception: unknown, requestId: string): Problem {
    if (exception instanceof DomainError) {
      return {
        type: `urn:skill-ladder:problem:${exception.code.toLowerCase().replace(/_/g, '-')}`,
        title: exception.title,
        status: exception.status,
        detail: exception.detail,
        code: exception.code,
        ...(exception.errors ? { errors: exception.errors } : {}),
      };
    }
    if (exception instanceof ThrottlerException) {
      return httpProblem(429, 'Too many requests, try again later');
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const body = exception.getResponse();
      const message = typeof body === 'string' ? body : (body as { message?: unknown }).message;
      return httpProblem(status, Array.isArray(message) ? message.join('; ') : typeof message === 'string' ? message : undefined);
    }
    if (isDatabaseUnavailable(exception)) {
      return httpProblem(503, 'The database cannot be reached right now; retry shortly', 'DATABASE_UNAVAILABLE');
    }
    const conflict = constraintConflict(exception);
    if (conflict) {
      return httpProblem(409, conflict.detail, conflict.code);
    }
    const fastifyStatus = (exception as { statusCode?: number })?.statusCode;
    if (typeof fastifyStatus === 'number' && fastifyStatus >= 400 && fastifyStatus < 500) {
      return httpProblem(fastifyStatus, (exception as Error).message);
    }
    return {
      type: 'urn:skill-ladder:problem:internal',
      title: '服务器内部错误 / Internal server error',
      status: HttpStatus.INTERNAL_SERVER_ERROR,
      detail: `Something went wrong on our side. Quote request id ${requestId} when reporting it.`,
      code: 'INTERNAL',
      requestId,
    };
  }
}
