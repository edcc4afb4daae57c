import { RequestMethod } from '@nestjs/common';
import { HTTP_CODE_METADATA, METHOD_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer } from '@nestjs/core';
import { ApiParam, ApiResponse, OpenAPIObject } from '@nestjs/swagger';
import type { OperationObject, ParameterObject, ResponseObject, SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { MAX_PATH_PARAM_LENGTH } from '../http/limits';
import { RATE_LIMIT_EXTENSION } from '../http/rate-limit';
import { ParseIdPipe } from '../validation/parse-id.pipe';

/** Where @ApiResponse and @ApiParam keep their metadata (@nestjs/swagger's DECORATORS, which its package does not export). */
const API_RESPONSE = 'swagger/apiResponse';
const API_PARAMETERS = 'swagger/apiParameters';

/**
 * What the document can only learn from the route handlers themselves, added to their metadata
 * before the document is built:
 * - a route whose decorators document only its errors (the 401/403 of `@Access`) would have no
 *   success answer: Nest adds its default 200/201 only when no response is declared. It gets the
 *   status it really answers (its `@HttpCode`, else 201 for POST, 200 for the rest);
 * - a path parameter read through `ParseIdPipe` is documented as the UUID the pipe demands.
 */
export function documentRouteHandlers(modules: ModulesContainer): void {
  for (const module of modules.values()) {
    for (const wrapper of module.controllers.values()) {
      const prototype = (wrapper.metatype as { prototype?: object } | null)?.prototype;
      if (!prototype) continue;
      for (const key of Object.getOwnPropertyNames(prototype)) {
        const descriptor = Object.getOwnPropertyDescriptor(prototype, key);
        const handler = descriptor?.value as unknown;
        if (key === 'constructor' || !descriptor || typeof handler !== 'function' || Reflect.getMetadata(PATH_METADATA, handler) === undefined) continue;
        const declared = (Reflect.getMetadata(API_RESPONSE, handler) ?? {}) as Record<string, unknown>;
        if (Object.keys(declared).length && !Object.keys(declared).some((status) => /^2/.test(status))) {
          const status = (Reflect.getMetadata(HTTP_CODE_METADATA, handler) as number | undefined) ?? (Reflect.getMetadata(METHOD_METADATA, handler) === RequestMethod.POST ? 201 : 200);
          ApiResponse({ status, description: status === 204 ? '完成，无内容 / Done, no content' : '成功 / Success' })(prototype, key, descriptor);
        }
        const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, prototype.constructor, key) ?? {}) as Record<string, { data?: unknown; pipes?: unknown[] }>;
        const documented = new Set(((Reflect.getMetadata(API_PARAMETERS, handler) ?? []) as { name?: string }[]).map((p) => p.name));
        for (const [argKey, arg] of Object.entries(args)) {
          if (!argKey.startsWith(`${RouteParamtypes.PARAM}:`) || typeof arg.data !== 'string' || documented.has(arg.data)) continue;
          if (!arg.pipes?.some((pipe) => pipe === ParseIdPipe || pipe instanceof ParseIdPipe)) continue;
          ApiParam({ name: arg.data, schema: { type: 'string', format: 'uuid', maxLength: 36 } })(prototype, key, descriptor);
        }
      }
    }
  }
}

const PROBLEM = { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDetailsDto' } } };

/** The errors any route may answer, by what the document says of it; each one problem+json (RFC 9457). */
const ERRORS: Record<string, string> = {
  '400': '请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[]',
  '401': '未登录或令牌无效 / Not authenticated',
  '403': '角色不允许 / Role not allowed',
  '404': '不存在或无权访问 / Not found, or not within the caller’s scope',
  '413': '请求体过大 / The body exceeds its size limit',
  '429': '请求过于频繁，请在 Retry-After 秒后重试 / Too many requests: retry after Retry-After seconds',
  '500': '服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it',
  '503': '数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds',
};

const RETRY_AFTER = { 'Retry-After': { description: '多少秒后可重试 / Seconds to wait before retrying', schema: { type: 'integer', format: 'int32', minimum: 0, maximum: 86400 } } };

/** The headers the rate limiter (@nestjs/throttler behind `@RateLimited`) sends on every answer of a limited route. */
const RATE_LIMIT_HEADERS = {
  'X-RateLimit-Limit': { description: '时间窗内允许的请求数 / Requests allowed in the window', schema: { type: 'integer', format: 'int32', minimum: 1, maximum: 100000 } },
  'X-RateLimit-Remaining': { description: '时间窗内剩余的请求数 / Requests left in the window', schema: { type: 'integer', format: 'int32', minimum: 0, maximum: 100000 } },
  'X-RateLimit-Reset': { description: '时间窗多少秒后重置 / Seconds until the window resets', schema: { type: 'integer', format: 'int32', minimum: 0, maximum: 86400 } },
};

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;

/**
 * Completes every operation's answers from what the document already knows of it, in one place
 * rather than on each of the controllers: 401 where a token is required (x-access lists roles),
 * 403 where only some roles are admitted, 404 where the path names a resource, 400 where the
 * caller sends parameters or a body, 413 where it sends a body, 429 with the limiter's headers on rate-limited routes,
 * 500 and 503 everywhere; every error as problem+json. Defines each tag the operations use.
 */
export function documentCommonResponses(document: OpenAPIObject, limits: { maxUploadBytes: number }): OpenAPIObject {
  const tags = new Set<string>();
  for (const item of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method] as OperationObject | undefined;
      if (!operation) continue;
      for (const tag of operation.tags ?? []) tags.add(tag);
      const access = (operation as unknown as Record<string, unknown>)['x-access'] as { public?: boolean; roles?: string[] } | undefined;
      const parameters = [...((item.parameters ?? []) as ParameterObject[]), ...((operation.parameters ?? []) as ParameterObject[])];
      const responses = (operation.responses ??= {}) as Record<string, ResponseObject>;
      const errors = new Set(['500', '503']);
      if (access && !access.public) errors.add('401');
      if (access?.roles && !access.roles.includes('authenticated')) errors.add('403');
      if (parameters.some((p) => p.in === 'path')) errors.add('404');
      for (const parameter of parameters) {
        const schema = parameter.schema as SchemaObject | undefined;
        // The router refuses a longer path segment (Fastify's maxParamLength) before any handler runs.
        if (parameter.in === 'path' && schema?.type === 'string') schema.maxLength ??= MAX_PATH_PARAM_LENGTH;
      }
      if (parameters.length || operation.requestBody) errors.add('400');
      // An uploaded file is bounded by the upload body limit (MAX_UPLOAD_BYTES), which Fastify enforces with a 413.
      for (const media of Object.values((operation.requestBody as { content?: Record<string, { schema?: SchemaObject }> } | undefined)?.content ?? {})) {
        if (media.schema?.type === 'string' && media.schema.format === 'binary') media.schema = { ...media.schema, maxLength: limits.maxUploadBytes };
      }
      if (operation.requestBody) errors.add('413');
      const limited = (operation as unknown as Record<string, unknown>)[RATE_LIMIT_EXTENSION] !== undefined;
      if (limited) errors.add('429');
      for (const status of errors) responses[status] ??= { description: ERRORS[status] };
      for (const [status, response] of Object.entries(responses)) {
        if (/^[45]/.test(status) && !response.content) response.content = PROBLEM;
        if (status === '429' || status === '503') response.headers = { ...RETRY_AFTER, ...response.headers };
        if (limited && /^[24]/.test(status)) response.headers = { ...RATE_LIMIT_HEADERS, ...response.headers };
      }
    }
  }
  const defined = new Set((document.tags ?? []).map((t) => t.name));
  document.tags = [...(document.tags ?? []), ...[...tags].filter((t) => !defined.has(t)).map((name) => ({ name }))];
  return document;
}
