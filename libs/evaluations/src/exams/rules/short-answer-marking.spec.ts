import { markedTotal, markRefusal, pickMarkers, pickThirdMarker, shortAnswerScore, ShortAnswerOutcome } from './short-answer-marking';

describe('short-answer marking (简答题阅卷)', () => {
  describe('shortAnswerScore: the mean of two, or of the closest two of three when they differ by more than 20% of the item', () => {
    const cases: [string, number, number[], ShortAnswerOutcome][] = [
      ['no mark yet', 10, [], { status: 'pending' }],
      ['one mark', 10, [7], { status: 'pending' }],
      ['two equal marks', 10, [6, 6], { status: 'final', score: 6, used: [6, 6] }],
      ['the mean of two close marks', 10, [6, 7], { status: 'final', score: 6.5, used: [6, 7] }],
      ['a mean of a quarter rounds half up to 0.1', 10, [6, 6.5], { status: 'final', score: 6.3, used: [6, 6.5] }],
      ['.75 rounds up too', 10, [6.5, 7], { status: 'final', score: 6.8, used: [6.5, 7] }],
      ['exactly 20% apart is still agreement', 10, [5, 7], { status: 'final', score: 6, used: [5, 7] }],
      ['more than 20% apart needs a third mark', 10, [5, 7.5], { status: 'third_mark_needed' }],
      ['20% of a 15-point item is 3', 15, [3, 6], { status: 'final', score: 4.5, used: [3, 6] }],
      ['3.5 apart on 15 points needs a third', 15, [3, 6.5], { status: 'third_mark_needed' }],
      ['0 against full marks', 10, [0, 10], { status: 'third_mark_needed' }],
      ['the third mark sides with the first', 10, [2, 8, 3], { status: 'final', score: 2.5, used: [2, 3] }],
      ['the third mark sides with the second', 10, [2, 8, 7.5], { status: 'final', score: 7.8, used: [8, 7.5] }],
      ['the third mark halfway: the higher pair, in the candidate’s favour', 10, [2, 8, 5], { status: 'final', score: 6.5, used: [8, 5] }],
      ['the third mark equal to one', 10, [0, 10, 10], { status: 'final', score: 10, used: [10, 10] }],
      ['the third mark outside both', 10, [4, 6.5, 10], { status: 'final', score: 5.3, used: [4, 6.5] }],
    ];
    it.each(cases)('%s', (_name, max, marks, expected) => {
      expect(shortAnswerScore(max, marks)).toEqual(expected);
    });
  });

  describe('markRefusal: 0 to the item’s points in steps of 0.5', () => {
    const cases: [number, number, ReturnType<typeof markRefusal>][] = [
      [0, 10, null],
      [10, 10, null],
      [7.5, 10, null],
      [7.3, 10, 'notAStep'],
      [0.25, 10, 'notAStep'],
      [Number.NaN, 10, 'notAStep'],
      [-0.5, 10, 'negative'],
      [10.5, 10, 'aboveMax'],
    ];
    it.each(cases)('%p of %p → %p', (points, max, expected) => expect(markRefusal(points, max)).toBe(expected));
  });

  it('markedTotal adds the short answers to the objective part exactly', () => {
    expect(markedTotal(62.5, [6.3, 7.8, 0])).toBe(76.6);
    expect(markedTotal(80, [])).toBe(80);
  });

  it('pickMarkers takes the two least loaded eligible evaluators, ties by id; null below two', () => {
    expect(pickMarkers(['c', 'a', 'b'], new Map([['a', 3]]))).toEqual(['b', 'c']);
    expect(pickMarkers(['b', 'a'], new Map())).toEqual(['a', 'b']);
    expect(pickMarkers(['a'], new Map())).toBeNull();
    expect(pickMarkers(['a', 'a'], new Map())).toBeNull();
  });

  it('pickThirdMarker takes another eligible evaluator, else the chair if not already marking, else nobody', () => {
    expect(pickThirdMarker(['a', 'b', 'c'], ['a', 'b'], 'z', new Map())).toBe('c');
    expect(pickThirdMarker(['a', 'b'], ['a', 'b'], 'z', new Map())).toBe('z');
    expect(pickThirdMarker(['a', 'b'], ['a', 'b'], 'a', new Map())).toBeNull();
    expect(pickThirdMarker(['a', 'b'], ['a', 'b'], null, new Map())).toBeNull();
  });
});
