import { QueryFailedError } from 'typeorm';
import { uniqueViolation } from './unique-violation';

const failed = (driverError: object) => new QueryFailedError('INSERT …', [], Object.assign(new Error('db'), driverError));

describe('uniqueViolation', () => {
  it('names the constraint of a unique violation', () => {
    expect(uniqueViolation(failed({ code: '23505', constraint: 'users_username_key' }))).toBe('users_username_key');
  });

  it('is null for other database errors and for anything else', () => {
    expect(uniqueViolation(failed({ code: '23503', constraint: 'users_organization_id_fkey' }))).toBeNull();
    expect(uniqueViolation(new Error('boom'))).toBeNull();
    expect(uniqueViolation(undefined)).toBeNull();
  });
});
