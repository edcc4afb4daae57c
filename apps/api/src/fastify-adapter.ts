import { FastifyAdapter } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import { jsonShapeProblem, JsonTooComplexError } from '@skill-ladder/platform';

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

/** Fastify without its own request logging (ours never sees bodies or query strings). */
export function createFastifyAdapter(): FastifyAdapter {
  return new JsonShapeCheckingAdapter({
    logger: false,
    bodyLimit: 2 * 1024 * 1024,
    requestIdHeader: false,
    genReqId: (req: { headers: Record<string, string | string[] | undefined> }) => {
      const header = req.headers['x-request-id'];
      return typeof header === 'string' && CLIENT_REQUEST_ID.test(header) ? header : randomUUID();
    },
  });
}
