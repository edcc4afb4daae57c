import { ComponentOutcome, carryOverValid, decideResult } from './pass-rule';

const theory = (score: number | null, extra: Partial<ComponentOutcome> = {}): ComponentOutcome => ({
  code: 'theory',
  required: true,
  passMark: 60,
  weight: 0.3,
  score,
  ...extra,
});
const practical = (score: number | null, extra: Partial<ComponentOutcome> = {}): ComponentOutcome => ({
  code: 'practical',
  required: true,
  passMark: 60,
  weight: 0.7,
  score,
  ...extra,
});

describe('decideResult', () => {
  it.each([
    {
      name: 'all components pass',
      components: [theory(78), practical(85.5)],
      expected: { passed: true, failedComponents: [], missingComponents: [], weightedTotal: 83.25 },
    },
    {
      name: 'a score exactly on the pass mark passes',
      components: [theory(60), practical(60)],
      expected: { passed: true, failedComponents: [], missingComponents: [], weightedTotal: 60 },
    },
    {
      name: 'one required component fails, however high the total',
      components: [theory(58), practical(99)],
      expected: { passed: false, failedComponents: ['theory'], missingComponents: [], weightedTotal: 86.7 },
    },
    {
      name: 'just below the pass mark fails',
      components: [theory(59.9), practical(90)],
      expected: { passed: false, failedComponents: ['theory'], missingComponents: [], weightedTotal: 80.97 },
    },
    {
      name: 'one required component missing',
      components: [theory(75), practical(null)],
      expected: { passed: false, failedComponents: [], missingComponents: ['practical'], weightedTotal: null },
    },
    {
      name: 'one failed and one missing',
      components: [theory(null), practical(41)],
      expected: { passed: false, failedComponents: ['practical'], missingComponents: ['theory'], weightedTotal: null },
    },
    {
      name: 'an optional component failing does not fail the candidate but counts in the total',
      components: [
        theory(70, { weight: 0.2 }),
        practical(80, { weight: 0.5 }),
        { code: 'review', required: false, passMark: 60, weight: 0.3, score: 40 },
      ],
      expected: { passed: true, failedComponents: [], missingComponents: [], weightedTotal: 66 },
    },
    {
      name: 'an optional component not taken leaves no total',
      components: [theory(70), practical(80), { code: 'review', required: false, passMark: 60, weight: 0, score: null }],
      expected: { passed: true, failedComponents: [], missingComponents: [], weightedTotal: null },
    },
    {
      name: 'a component carried over from an earlier campaign counts as taken',
      components: [theory(66, { carriedOver: true }), practical(72)],
      expected: { passed: true, failedComponents: [], missingComponents: [], weightedTotal: 70.2 },
    },
    {
      name: 'its own pass mark per component (L2 comprehensive review at 70)',
      components: [
        theory(61, { weight: 0.2 }),
        practical(65, { weight: 0.3 }),
        { code: 'review', required: true, passMark: 70, weight: 0.5, score: 69.5 },
      ],
      expected: { passed: false, failedComponents: ['review'], missingComponents: [], weightedTotal: 66.45 },
    },
  ])('$name', ({ components, expected }) => {
    expect(decideResult(components)).toEqual(expected);
  });

  describe('weighted total', () => {
    it('rounds the exact total half away from zero (60.225 → 60.23; floating point gives 60.22)', () => {
      expect(decideResult([theory(60, { weight: 1 }), practical(60.3, { weight: 3 })]).weightedTotal).toBe(60.23);
    });

    it('rounds other halves up and thirds to the nearest hundredth', () => {
      expect(decideResult([theory(60.2, { weight: 1 }), practical(61.1, { weight: 3 })]).weightedTotal).toBe(60.88);
      expect(decideResult([theory(60, { weight: 1 }), practical(60.1, { weight: 3 })]).weightedTotal).toBe(60.08);
      expect(decideResult([theory(60, { weight: 2 }), practical(60.1, { weight: 1 })]).weightedTotal).toBe(60.03);
    });

    it('does not depend on the scale of the weights', () => {
      const fractions = decideResult([theory(71.5), practical(66.4)]).weightedTotal;
      const percents = decideResult([theory(71.5, { weight: 30 }), practical(66.4, { weight: 70 })]).weightedTotal;
      expect(fractions).toBe(67.93);
      expect(percents).toBe(fractions);
    });
  });

  describe('refuses', () => {
    it.each([
      ['no components', [], /at least one/],
      ['a component listed twice', [theory(70), theory(80)], /twice/],
      ['a negative weight', [theory(70, { weight: -1 }), practical(70)], /weight/],
      ['weights adding up to zero', [theory(70, { weight: 0 }), practical(70, { weight: 0 })], /zero/],
      ['a NaN pass mark', [theory(70, { passMark: Number.NaN })], /passMark/],
      ['a negative score', [theory(-1)], /score/],
      ['a carried-over score below the pass mark', [theory(50, { carriedOver: true }), practical(70)], /carried over/],
      ['a carried-over component with no score', [theory(null, { carriedOver: true }), practical(70)], /carried over/],
    ])('%s', (_name, components, message) => {
      expect(() => decideResult(components)).toThrow(RangeError);
      expect(() => decideResult(components)).toThrow(message);
    });
  });
});

describe('carryOverValid', () => {
  it.each([
    ['2024-05-10', 2, '2024-05-10', true, 'the day it was passed'],
    ['2024-05-10', 2, '2025-12-31', true, 'inside the window'],
    ['2024-05-10', 2, '2026-05-10', true, 'the second anniversary is the last day'],
    ['2024-05-10', 2, '2026-05-11', false, 'the day after the anniversary'],
    ['2024-05-10', 1, '2025-05-10', true, 'one-year window, last day'],
    ['2024-05-10', 1, '2025-05-11', false, 'one-year window, expired'],
    ['2024-05-10', 2, '2024-05-09', false, 'before it was passed'],
    ['2024-02-29', 1, '2025-02-28', true, 'leap day: last day is 28 Feb in a common year'],
    ['2024-02-29', 1, '2025-03-01', false, 'leap day: expired on 1 Mar'],
    ['2024-02-29', 4, '2028-02-29', true, 'leap day: 29 Feb again in a leap year'],
    ['2024-02-29', 4, '2028-03-01', false, 'leap day: expired after the leap anniversary'],
    ['2025-12-31', 1, '2026-12-31', true, 'year end'],
    ['2025-12-31', 1, '2027-01-01', false, 'year end, expired'],
  ])('passed %s, %i year(s), as of %s → %s (%s)', (passedOn, windowYears, asOf, expected) => {
    expect(carryOverValid(passedOn, windowYears, asOf)).toBe(expected);
  });

  it.each([
    ['2024-05-10', 0, '2024-05-10'],
    ['2024-05-10', -1, '2024-05-10'],
    ['2024-05-10', 1.5, '2024-05-10'],
    ['2024-02-30', 1, '2024-05-10'],
    ['2024-05-10', 1, '10/05/2024'],
  ])('refuses (%s, %p, %s)', (passedOn, windowYears, asOf) => {
    expect(() => carryOverValid(passedOn, windowYears, asOf)).toThrow(RangeError);
  });
});
