import { divideRounded, fromScaled, toScaled } from './exact-decimal';

describe('exact decimal arithmetic for scores', () => {
  it.each([
    [72.45, 2, 7245n],
    [0.1, 1, 1n],
    [100, 1, 1000n],
    [-3.5, 1, -35n],
  ])('toScaled(%p, %p) is %p', (value, places, scaled) => {
    expect(toScaled(value, places, 'score')).toBe(scaled);
  });

  it.each([
    [72.455, 2],
    [0.05, 1],
    [Number.NaN, 1],
    [Number.POSITIVE_INFINITY, 1],
  ])('toScaled refuses %p with %p places', (value, places) => {
    expect(() => toScaled(value, places, 'score')).toThrow(RangeError);
  });

  it.each([
    [5n, 2n, 3n], // 2.5 → 3: halves away from zero (四舍五入)
    [-5n, 2n, -3n],
    [7n, 3n, 2n],
    [8n, 3n, 3n],
    [0n, 7n, 0n],
  ])('divideRounded(%p, %p) is %p', (n, d, q) => {
    expect(divideRounded(n, d)).toBe(q);
  });

  it('refuses a division by zero', () => {
    expect(() => divideRounded(1n, 0n)).toThrow(RangeError);
  });

  it('rounds the written decimal, not its binary approximation: 72.445 is 72.45', () => {
    // As a double 72.445 is 72.444999…, so Math.round(x * 100) / 100 gives 72.44.
    expect(Math.round(72.445 * 100) / 100).toBe(72.44);
    expect(fromScaled(divideRounded(72445n, 10n), 2)).toBe(72.45);
  });
});
