import { validate } from 'class-validator';
import { IsBusinessDate, isBusinessDate } from './common-fields';

describe('business dates', () => {
  it.each([
    ['2026-10-01', true],
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['2026-10-01T00:00:00Z', false],
    [20261001, false],
  ])('%p → %p', (value, expected) => {
    expect(isBusinessDate(value)).toBe(expected);
  });

  it('decorates a DTO field with a zh-CN message', async () => {
    class Dto {
      @IsBusinessDate()
      on: unknown;
    }
    const dto = Object.assign(new Dto(), { on: '2026-02-30' });
    const [error] = await validate(dto);
    expect(error.constraints).toEqual({ isBusinessDate: '日期格式应为 YYYY-MM-DD / date must be YYYY-MM-DD' });
  });
});
