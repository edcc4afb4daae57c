import { parseEmploymentType, parseWorkerLines, validateWorkerRow } from './worker-sheet';

const HEADER = ['姓名', '身份证号码', '用工形式', '派遣单位', '入职日期'];
const GOOD_ID = '141102199003071236';

describe('worker sheet', () => {
  it.each([
    ['正式职工', 'regular'],
    ['劳务派遣工', 'dispatched'],
    ['劳务派遣', 'dispatched'],
    [' 学徒 ', 'apprentice'],
    ['Regular employee', 'regular'],
    ['临时工', undefined],
  ])('reads the employment type %s', (text, expected) => {
    expect(parseEmploymentType(text)).toBe(expected);
  });

  it('accepts a full row and builds the POST /workers body', () => {
    const { value, errors } = validateWorkerRow({ fullName: ' 王建国 ', idNumber: GOOD_ID.toLowerCase(), employmentType: '正式职工', hiredOn: '2018-03-01', education: '本科' }, 2);
    expect(errors).toEqual([]);
    expect(value?.value).toMatchObject({ fullName: '王建国', idNumber: GOOD_ID, education: 'bachelor', employment: { employmentType: 'regular', hiredOn: '2018-03-01' } });
  });

  it.each([
    [{ idNumber: '141102199003071230' }, 'idNumber', '校验位'],
    [{ fullName: '' }, 'fullName', '不能为空'],
    [{ employmentType: '临时工' }, 'employmentType', '正式职工'],
    [{ employmentType: '劳务派遣工' }, 'agency', '劳务派遣工须填写派遣单位'],
    [{ agency: '某派遣公司' }, 'agency', '仅劳务派遣工'],
    [{ hiredOn: '2018-02-30' }, 'hiredOn', 'YYYY-MM-DD'],
    [{ phone: '12345' }, 'phone', '手机号码'],
    [{ occupationCode: '61802' }, 'occupationCode', '6-18-01-01'],
    [{ education: '小学' }, 'education', '本科'],
  ])('reports %o on its column, in Chinese, once', (override, field, text) => {
    const { value, errors } = validateWorkerRow({ fullName: '王建国', idNumber: GOOD_ID, employmentType: '正式职工', hiredOn: '2018-03-01', ...override }, 7);
    expect(value).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ row: 7, field });
    expect(errors[0].message).toContain('第7行「');
    expect(errors[0].message).toContain(text);
  });

  it('reports a repeated ID number on the later row, and missing columns as fatal', () => {
    const row = ['王建国', GOOD_ID, '正式职工', '', '2018-03-01'];
    const parsed = parseWorkerLines([{ row: 1, cells: HEADER }, { row: 2, cells: row }, { row: 3, cells: row }]);
    expect(parsed.rows.map((r) => r.row)).toEqual([2]);
    expect(parsed.errors).toEqual([expect.objectContaining({ row: 3, field: 'idNumber', code: 'duplicateInFile' })]);
    const missing = parseWorkerLines([{ row: 1, cells: ['姓名'] }, { row: 2, cells: ['王建国'] }]);
    expect(missing.fatal).toBe(true);
    expect(missing.errors.map((e) => e.field)).toEqual(['idNumber', 'employmentType', 'hiredOn']);
  });
});
