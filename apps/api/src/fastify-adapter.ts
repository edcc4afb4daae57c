import { FastifyAdapter } from '@nestjs/platform-fastify';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import {
  httpProblem,
  jsonShapeProblem,
  JsonTooComplexError,
  MAX_PATH_PARAM_LENGTH,
  Problem,
  PROBLEM_CONTENT_TYPE,
  withCatalogueTitle,
} from '@skill-ladder/platform';
import { ERROR_CATALOGUE } from './error-catalogue';

const CLIENT_REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/**
 * Refuses deep or wide JSON before it is parsed: validation walks values recursively, and a body
 * of 100,000 nested brackets overflowed its stack after seconds of blocking the event loop.
 */
class JsonShapeCheckingAdapter extends FastifyAdapter {
  override useBodyParser(...[type, rawBody, options, parser]: Parameters<FastifyAdapter['useBodyParser']>): void {
    if (type !== 'application/json' || !parser) return super.useBodyParser(type, rawBody, options, parser);
    super.useBodyParser(type, rawBody, options, (request, body, done) => {
      const problem = jsonShapeProblem(body);
      if (problem) done(new JsonTooComplexError(problem), undefined);
      else parser(request, body, done);
    });
  }
}

/**
 * Errors Fastify answers before any route (or Nest) sees the request: a malformed or overlong
 * path. Its own answers were plain JSON; every error here is a problem document.
 */
function frameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const problem = withCatalogueTitle(
    error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? httpProblem(414, 'A path segment is longer than 100 characters')
      : error.code === 'FST_ERR_BAD_URL'
        ? httpProblem(400, 'The URL is not valid (malformed percent-encoding)', 'BAD_URL')
        : httpProblem(error.statusCode ?? 500),
    ERROR_CATALOGUE,
  );
  void reply
    .code(problem.status)
    .header('content-type', PROBLEM_CONTENT_TYPE)
    .header('x-request-id', request.id)
    .send({ ...problem, instance: request.url.split('?')[0].slice(0, 200) });
}

/** Errors Node's HTTP parser raises (headers too large, timeouts, garbage): answered on the socket. */
function clientError(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const problem: Problem = withCatalogueTitle(
    error.code === 'HPE_HEADER_OVERFLOW'
      ? httpProblem(431, 'The request headers exceed 16 KB')
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? httpProblem(408, 'The request took too long to arrive')
        : httpProblem(400, 'The request is not valid HTTP'),
    ERROR_CATALOGUE,
  );
  const body = JSON.stringify(problem);
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${problem.status} ${STATUS_CODES[problem.status]}\r\nContent-Type: ${PROBLEM_CONTENT_TYPE}\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}

/** Fastify without its own request logging (ours never sees bodies or query strings). */
export function createFastifyAdapter(): FastifyAdapter {
  return new JsonShapeCheckingAdapter({
    logger: false,
    bodyLimit: 2 * 1024 * 1024,
    routerOptions: { maxParamLength: MAX_PATH_PARAM_LENGTH },
    requestIdHeader: false,
    frameworkErrors: frameworkError,
    clientErrorHandler: clientError,
    genReqId: (req: { headers: Record<string, string | string[] | undefined> }) => {
      const header = req.headers['x-request-id'];
      return typeof header === 'string' && CLIENT_REQUEST_ID.test(header) ? header : randomUUID();
    },
  });
}
