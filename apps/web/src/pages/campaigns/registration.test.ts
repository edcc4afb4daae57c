import { describe, expect, it } from 'vitest';
import type { components } from '../../api/schema';
import { whyExceptional } from './ExceptionalApprovalModal';
import { applicationProblemsOf } from './ImportApplicationsDialog';

type Route = components['schemas']['RouteResultDto'];
type Condition = components['schemas']['ConditionResultDto'];

const condition = (label: string, met: boolean, required: string, actual: string): Condition => ({
  kind: 'years_in_occupation',
  label,
  met,
  metOn: null,
  required: { value: null, text: required },
  actual: { value: null, text: actual },
  evidence: [],
});

describe('the applications import error table', () => {
  it('names the column of each bad cell in Chinese, drops the 第N行 prefix, and calls a problem without a field 整行', () => {
    const lines = applicationProblemsOf({
      rows: 3,
      created: 0,
      applications: [],
      alreadyRegistered: [],
      badRows: [
        { row: 3, errors: [{ field: 'fullName', code: 'mismatch', message: '第3行「姓名」：与该身份证号码登记的姓名不一致 / does not match' }] },
        { row: 4, errors: [{ field: 'rank', code: 'full', message: '第4行「申报等级」：该等级名额已满 / no seats left' }, { field: null, code: 'x', message: '第4行：整行为空 / empty' }] },
      ],
    });
    expect(lines.map(({ row, field, message }) => [row, field, message])).toEqual([
      [3, '姓名', '与该身份证号码登记的姓名不一致'],
      [4, '申报等级', '该等级名额已满'],
      [4, '整行', '整行为空'],
    ]);
  });
});

describe('why an application needs 破格', () => {
  it('lists each ordinary route missed with its unmet conditions, and leaves out routes met and the exceptional ones', () => {
    const routes: Route[] = [
      { code: 'L3-a', kind: 'standard', label: '取得四级证书满5年', met: false, metOn: null, conditions: [condition('持四级证书', true, '四级', '四级'), condition('满5年', false, '5年', '0年')] },
      { code: 'L3-b', kind: 'standard', label: '技师学院毕业', met: true, metOn: null, conditions: [] },
      { code: 'L3-x', kind: 'exceptional', label: '破格：攻关成果', met: false, metOn: null, conditions: [condition('攻关成果', false, '1项', '0项')] },
    ];
    routes.push({ code: 'L3-c', kind: 'standard', label: '从事本职业满10年', met: false, metOn: null, conditions: [condition('从事本职业满10年', false, '10年', '7年')] });
    expect(whyExceptional(routes).map((w) => w.line)).toEqual(['取得四级证书满5年：满5年（要求：5年；目前：0年）', '从事本职业满10年（要求：10年；目前：7年）']);
  });
});
