import type { ErrorCatalogue } from './error-code';
import { httpProblem, Problem, withCatalogueTitle } from './problem-details.filter';

const catalogue: ErrorCatalogue = {
  ONLINE_EXAM_STARTED: { status: 409, message: '已有考生开始答题，不能再修改考试时间、座位或取消考试' },
  SESSION_ENDED: { status: [401, 409], message: { 401: '登录已失效，请重新登录', 409: '本场考试已结束，不能再进入答题' } },
  COMPONENT_MISSING: { status: 500, message: '认定计划采用的标准已没有该考核项目' },
};
const problem = (over: Partial<Problem>): Problem => ({ type: 'urn:x', title: '状态冲突 / Conflict', status: 409, code: 'X', ...over });

describe('withCatalogueTitle', () => {
  it('titles a catalogued code with its Chinese message and the English title, keeping the detail', () => {
    expect(withCatalogueTitle(problem({ code: 'ONLINE_EXAM_STARTED', detail: 'Candidates have started' }), catalogue)).toMatchObject({
      title: '已有考生开始答题，不能再修改考试时间、座位或取消考试 / Conflict',
      detail: 'Candidates have started',
    });
  });

  it('takes the message of the status the code is answered with', () => {
    expect(withCatalogueTitle(problem({ code: 'SESSION_ENDED' }), catalogue).title).toBe('本场考试已结束，不能再进入答题 / Conflict');
    expect(withCatalogueTitle(problem({ code: 'SESSION_ENDED', status: 401, title: '认证失败 / Authentication failed' }), catalogue).title).toBe(
      '登录已失效，请重新登录 / Authentication failed',
    );
  });

  it('keeps an English-only title after the message and leaves an uncatalogued code alone', () => {
    expect(withCatalogueTitle(problem({ code: 'COMPONENT_MISSING', status: 500, title: 'Internal error' }), catalogue).title).toBe(
      '认定计划采用的标准已没有该考核项目 / Internal error',
    );
    expect(withCatalogueTitle(problem({ code: 'toString' }), catalogue).title).toBe('状态冲突 / Conflict');
    expect(withCatalogueTitle(httpProblem(404), catalogue)).toEqual(httpProblem(404));
  });
});
