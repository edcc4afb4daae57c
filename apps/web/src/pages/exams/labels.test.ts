import { describe, expect, it } from 'vitest';
import { totalPoints } from './labels';

describe('totalPoints', () => {
  it('adds count × points of every rule exactly, half points included', () => {
    expect(totalPoints([{ count: 30, pointsEach: 0.5 }, { count: 20, pointsEach: 1.5 }, { count: 11, pointsEach: 5 }])).toBe(100);
    expect(totalPoints([{ count: 3, pointsEach: 0.1 }])).toBe(0.3);
  });

  it('counts a rule still being filled in as nothing', () => {
    expect(totalPoints([{ count: 10 }, undefined, { pointsEach: 2 }])).toBe(0);
    expect(totalPoints(undefined)).toBe(0);
  });
});
