import { IsInt, IsNotEmpty, IsString, validate } from 'class-validator';
import { cacheValidationMetadataLookups } from './validation-metadata-cache';

class Base {
  @IsString()
  name!: unknown;
}

class Child extends Base {
  @IsInt()
  count!: unknown;
}

class Other {
  @IsInt()
  count!: unknown;
}

const failed = async (object: object, options = {}) => (await validate(object, options)).map((e) => e.property).sort();

describe('cacheValidationMetadataLookups', () => {
  beforeAll(() => cacheValidationMetadataLookups());

  it('validates as before: own and inherited rules, each class its own', async () => {
    for (let i = 0; i < 2; i++) {
      expect(await failed(Object.assign(new Child(), { name: 1, count: 'x' }))).toEqual(['count', 'name']);
      expect(await failed(Object.assign(new Child(), { name: 'a', count: 1 }))).toEqual([]);
      expect(await failed(Object.assign(new Base(), { name: 1, count: 'x' }))).toEqual(['name']);
      expect(await failed(Object.assign(new Other(), { name: 1, count: 'x' }))).toEqual(['count']);
    }
  });

  it('tells validations with other options apart (whitelisting, groups)', async () => {
    const child = Object.assign(new Child(), { name: 'a', count: 1, extra: true });
    expect(await failed(child, { whitelist: true, forbidNonWhitelisted: true })).toEqual(['extra']);
    expect(await failed(Object.assign(new Child(), { name: 1, count: 1 }), { groups: ['none'], strictGroups: true })).toEqual([]);
    expect(await failed(Object.assign(new Child(), { name: 1, count: 1 }))).toEqual(['name']);
  });

  it('sees a rule registered after a class was first validated, on it or on a parent', async () => {
    expect(await failed(Object.assign(new Child(), { name: 'a', count: 1, note: '' }))).toEqual([]);
    IsNotEmpty()(Base.prototype, 'note');
    expect(await failed(Object.assign(new Child(), { name: 'a', count: 1, note: '' }))).toEqual(['note']);
  });
});
