import { QueryFailedError } from 'typeorm';
import { isDatabaseUnavailable } from './database-unavailable';

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it.each([
    ['connection refused', withCode('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')],
    ['refused on every address of a name', new AggregateError([withCode('ECONNREFUSED'), withCode('ECONNREFUSED')])],
    ['a dropped connection', new Error('Connection terminated unexpectedly')],
    ['a pool that cannot connect in time', new Error('timeout exceeded when trying to connect')],
    ['the server shutting down (57P01)', new QueryFailedError('SELECT 1', [], withCode('57P01', 'terminating connection due to administrator command'))],
    ['the server starting up (57P03)', withCode('57P03', 'the database system is starting up')],
    ['a connection exception class 08', withCode('08006')],
    ['too many connections', withCode('53300')],
  ])('%s: yes', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation', new QueryFailedError('INSERT', [], withCode('23505'))],
    ['a syntax error', new QueryFailedError('SELEC', [], withCode('42601'))],
    ['any other error', new Error('boom')],
    ['not an error', 'ECONNREFUSED'],
  ])('%s: no', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
