import { setList } from './set-list';

describe('setList', () => {
  const columns = { fullName: 'full_name', phone: 'phone' };

  it('numbers each defined field after the bound parameters and leaves undefined ones out', () => {
    expect(setList('persons', columns, { fullName: '王五', phone: undefined }, ['id-1'])).toEqual({ sql: 'full_name = $2', values: ['id-1', '王五'] });
    expect(setList('persons', columns, { phone: null, fullName: '赵六' }, ['id-1'])).toEqual({
      sql: 'phone = $2, full_name = $3',
      values: ['id-1', null, '赵六'],
    });
  });

  it('answers null when nothing changes', () => {
    expect(setList('persons', columns, {}, ['id-1'])).toBeNull();
    expect(setList('persons', columns, { phone: undefined }, ['id-1'])).toBeNull();
  });

  it('refuses a field that has no updatable column, own properties only', () => {
    expect(() => setList('persons', columns, { idNumberCipher: 'x' }, ['id-1'])).toThrow('persons: idNumberCipher is not an updatable field');
    expect(() => setList('persons', columns, { toString: 'x' }, ['id-1'])).toThrow('not an updatable field');
  });
});
