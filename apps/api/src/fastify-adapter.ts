import { FastifyAdapter } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';

const CLIENT_REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Fastify without its own request logging (ours never sees bodies or query strings). */
export function createFastifyAdapter(): FastifyAdapter {
  return new FastifyAdapter({
    logger: false,
    bodyLimit: 2 * 1024 * 1024,
    requestIdHeader: false,
    genReqId: (req: { headers: Record<string, string | string[] | undefined> }) => {
      const header = req.headers['x-request-id'];
      return typeof header === 'string' && CLIENT_REQUEST_ID.test(header) ? header : randomUUID();
    },
  });
}
