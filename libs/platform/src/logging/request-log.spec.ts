import type { FastifyReply, FastifyRequest } from 'fastify';
import { requestLogLine } from './request-log';

describe('requestLogLine', () => {
  it('keeps the allowlisted fields only, whatever the request carries', () => {
    const request = {
      id: 'req-12345678',
      method: 'PATCH',
      url: '/api/v1/workers/7d0c9c1e-3f4e-4a51-9a39-5b0f4c2e8a11?name=王测试',
      routeOptions: { url: '/api/v1/workers/:id' },
      headers: { authorization: 'Bearer secret-token' },
      query: { name: '王测试' },
      body: { idNumber: '141102199003070011', password: 'p' },
      user: { userId: 'u-1', username: 'hr1', sessionId: 's' },
    } as unknown as FastifyRequest;
    const reply = { statusCode: 200, elapsedTime: 12.345 } as unknown as FastifyReply;
    expect(requestLogLine(request, reply)).toEqual({
      msg: 'request',
      method: 'PATCH',
      route: '/api/v1/workers/:id',
      status: 200,
      durationMs: 12.3,
      requestId: 'req-12345678',
      userId: 'u-1',
    });
  });

  it('has no route for an unmatched URL and no user before sign-in', () => {
    const line = requestLogLine({ id: 'r', method: 'GET', url: '/nope' } as unknown as FastifyRequest, { statusCode: 404, elapsedTime: 1 } as unknown as FastifyReply);
    expect(line).toMatchObject({ route: null, userId: null, status: 404 });
  });
});
