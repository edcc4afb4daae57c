import { describe, expect, it } from 'vitest';
import { ApiError, chinesePart, fieldErrorsOf, fieldPath, messageOf, NetworkError, zh } from './problem';

const problem = (over: Partial<ApiError['problem']>) => new ApiError({ type: 'urn:x', title: '请求有误 / Bad request', status: 400, code: 'BAD_REQUEST', ...over });

describe('API errors in Chinese', () => {
  it('says a wrong password in Chinese, never the raw problem', () => {
    expect(
      messageOf(problem({ status: 401, code: 'INVALID_CREDENTIALS', title: '用户名或密码错误，或账号已停用 / Authentication failed', detail: 'Username or password is wrong' })),
    ).toBe('用户名或密码错误，或账号已停用');
  });

  it('shows the catalogued message the title starts with when the detail is English only', () => {
    const started = problem({
      status: 409,
      code: 'ONLINE_EXAM_STARTED',
      title: '已有考生开始答题，不能再修改考试时间、座位或取消考试 / Conflict',
      detail: 'Candidates have started the online exam',
    });
    expect(messageOf(started)).toBe('已有考生开始答题，不能再修改考试时间、座位或取消考试');
    const examEnded = problem({ status: 409, code: 'SESSION_ENDED', title: '本场考试已结束，不能再进入答题 / Conflict', detail: '考试已结束 / The session has ended' });
    expect(messageOf(examEnded)).toBe('考试已结束');
  });

  it('words a server error for the web, which shows no request id', () => {
    expect(messageOf(problem({ status: 500, code: 'INTERNAL', title: '服务器出现错误，请稍后再试；如仍出错，请告知请求编号 / Internal server error' }))).toBe(
      '服务器出现错误，请稍后再试',
    );
  });

  it('takes the Chinese half of a bilingual detail, then of the title', () => {
    expect(messageOf(problem({ code: 'SOMETHING', detail: '报名已截止 / registration is closed' }))).toBe('报名已截止');
    expect(messageOf(problem({ code: 'SOMETHING', detail: 'English only', title: '状态冲突 / Conflict' }))).toBe('状态冲突');
    expect(messageOf(problem({ code: 'SOMETHING', detail: 'English only', title: 'Only English', status: 418 }))).toBe('请求失败（418）');
  });

  it('a network failure says so', () => {
    expect(messageOf(new NetworkError(new TypeError('Failed to fetch')))).toBe('网络连接失败，请检查网络后重试');
    expect(messageOf(new Error('boom'))).toBe('出现了意外错误，请刷新页面后重试');
  });

  it('puts field errors next to the field they name, in Chinese, once per message', () => {
    const error = problem({
      code: 'VALIDATION_FAILED',
      errors: [
        { field: 'reason', code: 'isString', message: '请填写理由 / a reason is required' },
        { field: 'reason', code: 'length', message: '请填写理由 / a reason is required' },
        { field: 'employment.hiredOn', code: 'isBusinessDate', message: 'hiredOn must be a date' },
        { field: 'criteria[1].score', code: 'max', message: 'score must not be greater than 100' },
      ],
    });
    expect(fieldErrorsOf(error)).toEqual([
      { name: ['reason'], errors: ['请填写理由'] },
      { name: ['employment', 'hiredOn'], errors: ['日期无效'] },
      { name: ['criteria', 1, 'score'], errors: ['数值过大'] },
    ]);
    expect(fieldErrorsOf(new NetworkError())).toEqual([]);
  });

  it('reads field paths and bilingual labels', () => {
    expect(fieldPath('items[0].score')).toEqual(['items', 0, 'score']);
    expect(chinesePart('Regular / 正式')).toBeNull();
    expect(zh('正式职工 / Regular employee')).toBe('正式职工');
    expect(zh('Valid')).toBe('Valid');
  });
});
