import { mapSheetHeaders } from './header-map';

describe('mapSheetHeaders', () => {
  const specs = [
    { key: 'id', matches: ['身份证', 'id number'] },
    { key: 'name', matches: ['姓名', 'name'] },
  ] as const;

  it('finds columns by any of their words, ignoring case and spaces', () => {
    expect([...mapSheetHeaders(['备注', ' 姓名 ', 'ID Number'], specs)]).toEqual([['id', 2], ['name', 1]]);
  });

  it('gives each cell to one column only, and leaves out what is missing', () => {
    // "ID number / name" names the id column first; name then has no cell of its own.
    expect([...mapSheetHeaders(['id number / name'], specs)]).toEqual([['id', 0]]);
  });
});
