import { QueryFailedError } from 'typeorm';
import { constraintConflict, uniqueViolation } from './unique-violation';

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

describe('constraintConflict', () => {
  it('gives a known constraint the code its route uses, any other a generic one', () => {
    expect(constraintConflict(failed({ code: '23505', constraint: 'occupations_code_key' }))).toMatchObject({ code: 'OCCUPATION_CODE_TAKEN' });
    expect(constraintConflict(failed({ code: '23505', constraint: 'some_new_uq' }))).toMatchObject({ code: 'DUPLICATE', constraint: 'some_new_uq' });
    expect(constraintConflict(failed({ code: '23P01', constraint: 'title_mappings_one_in_force' }))).toMatchObject({ code: 'DUPLICATE' });
  });

  it('is null for other errors', () => {
    expect(constraintConflict(failed({ code: '23503', constraint: 'users_organization_id_fkey' }))).toBeNull();
    expect(constraintConflict(new Error('boom'))).toBeNull();
  });
});
