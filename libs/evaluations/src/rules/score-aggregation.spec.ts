import { aggregateComponentScore, needsModeration } from './score-aggregation';

describe('aggregateComponentScore', () => {
  it.each([
    {
      name: '3 evaluators: plain mean, nothing dropped',
      scores: [72.5, 73, 74],
      expected: { score: 73.2, used: [72.5, 73, 74], dropped: [], spread: 1.5 },
    },
    {
      name: '4 evaluators: plain mean, nothing dropped',
      scores: [70, 85.5, 75, 80],
      expected: { score: 77.6, used: [70, 85.5, 75, 80], dropped: [], spread: 15.5 },
    },
    {
      name: '5 evaluators: one lowest and one highest dropped',
      scores: [75, 95, 70, 60, 80],
      expected: { score: 75, used: [75, 70, 80], dropped: [60, 95], spread: 35 },
    },
    {
      name: '7 evaluators: one lowest and one highest dropped',
      scores: [88, 92.5, 79, 85, 90, 61, 86],
      expected: { score: 85.6, used: [88, 79, 85, 90, 86], dropped: [61, 92.5], spread: 31.5 },
    },
    {
      name: 'ties among the extremes: only one of each is dropped',
      scores: [90, 70, 85, 90, 70],
      expected: { score: 81.7, used: [90, 85, 70], dropped: [70, 90], spread: 20 },
    },
    {
      name: 'all scores equal: two sheets are still dropped',
      scores: [80, 80, 80, 80, 80],
      expected: { score: 80, used: [80, 80, 80], dropped: [80, 80], spread: 0 },
    },
    {
      name: 'a single evaluator',
      scores: [66],
      expected: { score: 66, used: [66], dropped: [], spread: 0 },
    },
    {
      name: 'spread is exact (80.3 − 72.1 is 8.200000000000003 in floating point)',
      scores: [72.1, 80.3],
      expected: { score: 76.2, used: [72.1, 80.3], dropped: [], spread: 8.2 },
    },
  ])('$name', ({ scores, expected }) => {
    expect(aggregateComponentScore(scores)).toEqual(expected);
  });

  describe('rounding half away from zero on the exact decimal mean', () => {
    it.each([
      // [scores, decimals, score]
      [[64.3, 64.6], 1, 64.5], // mean 64.45; Math.round(64.45 * 10) / 10 gives 64.4
      [[72.4, 72.5], 1, 72.5], // mean 72.45
      [[72.4, 72.49], 1, 72.4], // mean 72.445, below the half
      [[72.4, 72.49], 2, 72.45], // mean 72.445; toFixed(2) gives 72.44
      [[1.1, 1.2], 1, 1.2], // mean 1.15; toFixed(1) gives 1.1
      [[72.35], 1, 72.4], // toFixed(1) gives 72.3
      [[80.25], 1, 80.3],
      [[80, 80, 81], 1, 80.3], // 80.333…
      [[80, 81, 81], 1, 80.7], // 80.666…
      [[64.3, 64.6, 64.3, 64.6], 1, 64.5], // 4 sheets, mean 64.45
      [[70, 75, 80, 85.5], 2, 77.63], // 77.625
      [[72, 73], 0, 73], // 72.5
      [[72.4, 72.5], 0, 72], // 72.45
      [[60, 70, 70.1, 99, 100], 1, 79.7], // drops 60 and 100: (70 + 70.1 + 99) / 3 = 79.7
      [[60, 61, 61, 62], 4, 61], // exact
      [[60, 61, 62], 4, 61], // exact
      [[60, 60, 61], 4, 60.3333],
      [[60, 61, 61], 4, 60.6667],
    ])('%j to %i decimals → %d', (scores, decimals, score) => {
      expect(aggregateComponentScore(scores, { decimals }).score).toBe(score);
    });
  });

  describe('options', () => {
    it('keeps every score below the configured drop threshold', () => {
      expect(aggregateComponentScore([60, 70, 75, 80, 95], { dropExtremesFrom: 7 })).toMatchObject({
        score: 76,
        dropped: [],
      });
    });

    it('drops extremes from a lower configured threshold', () => {
      expect(aggregateComponentScore([60, 70, 95], { dropExtremesFrom: 3 })).toEqual({
        score: 70,
        used: [70],
        dropped: [60, 95],
        spread: 35,
      });
    });

    it('accepts scores up to a configured maximum', () => {
      expect(aggregateComponentScore([120, 150], { maxScore: 150 }).score).toBe(135);
    });
  });

  describe('refuses', () => {
    it.each([
      ['an empty list', [], {}, /no scores/],
      ['a score above 100', [80, 100.5], {}, /outside 0\.\.100/],
      ['a negative score', [80, -0.5], {}, /outside 0\.\.100/],
      ['a score above a configured maximum', [151], { maxScore: 150 }, /outside 0\.\.150/],
      ['NaN', [Number.NaN], {}, /outside/],
      ['Infinity', [Number.POSITIVE_INFINITY], {}, /outside/],
      ['more than two decimals', [72.456], {}, /more than 2 decimal places/],
      ['negative decimals', [80], { decimals: -1 }, /decimals/],
      ['fractional decimals', [80], { decimals: 1.5 }, /decimals/],
      ['too many decimals', [80], { decimals: 5 }, /decimals/],
      ['dropping extremes from 2 scores', [80, 90], { dropExtremesFrom: 2 }, /dropExtremesFrom/],
      ['a zero maximum', [0], { maxScore: 0 }, /maxScore/],
    ])('%s', (_name, scores, options, message) => {
      expect(() => aggregateComponentScore(scores, options)).toThrow(RangeError);
      expect(() => aggregateComponentScore(scores, options)).toThrow(message);
    });
  });
});

describe('needsModeration', () => {
  it.each([
    [0, undefined, false],
    [14.9, undefined, false],
    [15, undefined, false], // strictly greater than the threshold
    [15.1, undefined, true],
    [35, undefined, true],
    [10, 10, false],
    [10.5, 10, true],
    [0.1, 0, true],
  ])('spread %d with threshold %p → %s', (spread, threshold, expected) => {
    expect(needsModeration(spread, threshold)).toBe(expected);
  });

  it('uses the exact spread, so 8.2 against a threshold of 8.2 does not moderate', () => {
    const { spread } = aggregateComponentScore([72.1, 80.3]);
    expect(needsModeration(spread, 8.2)).toBe(false);
  });

  it.each([
    [-1, 15],
    [Number.NaN, 15],
    [10, -1],
  ])('refuses spread %d / threshold %d', (spread, threshold) => {
    expect(() => needsModeration(spread, threshold)).toThrow(RangeError);
  });
});
