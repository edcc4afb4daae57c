import { regionCovers } from '@skill-ladder/platform';
import { coveringRegionCodes } from './region-cover';

describe('coveringRegionCodes', () => {
  it.each([
    ['a district', '141102', ['140000', '141100', '141102']],
    ['a prefecture', '141100', ['140000', '141100']],
    ['a province', '140000', ['140000']],
    ['a county-level city', '141181', ['140000', '141100', '141181']],
    ['malformed', '1411', []],
  ])('%s %s', (_name, code, expected) => {
    expect(coveringRegionCodes(code)).toEqual(expected);
  });

  it('agrees with the prefix rule: every code returned covers the region, and only those', () => {
    for (const code of ['141102', '140105', '141100']) {
      for (const bureau of coveringRegionCodes(code)) expect(regionCovers(bureau, code)).toBe(true);
      for (const other of ['141000', '140100', '141181', '150000']) {
        if (!coveringRegionCodes(code).includes(other)) expect(regionCovers(other, code)).toBe(false);
      }
    }
  });
});
