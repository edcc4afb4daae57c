import { unsafeTextErrors } from './text-input';

describe('unsafeTextErrors', () => {
  it.each([
    ['plain text', { fullName: '王测试', notes: ['焊工 👷'] }],
    ['a surrogate pair (emoji)', { note: '\ud83d\udc77' }],
    ['numbers, booleans, null', { a: 1, b: true, c: null }],
    ['a binary upload', Buffer.from([0, 0xd8, 0])],
  ])('accepts %s', (_name, value) => {
    expect(unsafeTextErrors(value)).toEqual([]);
  });

  it('names every offending field by its path', () => {
    const errors = unsafeTextErrors({
      fullName: '王\u0000测试',
      employment: { notes: ['ok', 'x\ud800'] },
      note: { deep: ['\udc00y'] },
      'bad\u0000key': 'value',
    });
    expect(errors.map((e) => [e.field, e.code])).toEqual([
      ['fullName', 'noNulCharacter'],
      ['employment.notes[1]', 'wellFormedUnicode'],
      ['note.deep[0]', 'wellFormedUnicode'],
      ['?', 'noNulCharacter'],
    ]);
  });

  it('checks a bare string (a path or query parameter)', () => {
    expect(unsafeTextErrors('\ud800', 'name')).toEqual([{ field: 'name', code: 'wellFormedUnicode', message: expect.any(String) }]);
  });
});
