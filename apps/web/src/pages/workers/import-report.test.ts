import { describe, expect, it } from 'vitest';
import { problemsOf } from './ImportWorkersDialog';

describe('the import error table', () => {
  it('has one line per bad cell, with the row, the column and the Chinese problem without its 第N行 prefix', () => {
    const lines = problemsOf({
      rows: 20,
      created: 0,
      workerIds: [],
      badRows: [
        {
          row: 6,
          errors: [
            { field: 'idNumber', fieldLabel: '身份证号码', code: 'isResidentIdNumber', message: '第6行「身份证号码」：身份证号码校验位错误 / ID number check digit is wrong' },
            { field: 'phone', fieldLabel: '手机号码', code: 'matches', message: '第6行「手机号码」：手机号码格式错误 / phone must be an 11-digit mobile number' },
          ],
        },
        { row: 9, errors: [{ field: null, fieldLabel: null, code: 'x', message: '第9行：整行有误 / bad row' }] },
      ],
    });
    expect(lines.map(({ row, field, message }) => [row, field, message])).toEqual([
      [6, '身份证号码', '身份证号码校验位错误'],
      [6, '手机号码', '手机号码格式错误'],
      [9, '整行', '整行有误'],
    ]);
  });
});
