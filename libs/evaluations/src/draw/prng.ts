import { randomInt } from 'node:crypto';

/**
 * mulberry32: a small 32-bit seeded generator. A draw records its seed, so the same seed must
 * give the same sequence on every machine and every release; the spec pins the first outputs.
 * Not for secrets, only for reproducible shuffles.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A fresh unsigned 32-bit seed from the operating system's generator. */
export function randomSeed(): number {
  return randomInt(0, 2 ** 32);
}

export function isSeed(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) < 2 ** 32;
}

/** Fisher–Yates, in place, driven by `next` (values in [0, 1)). */
export function shuffleInPlace<T>(items: T[], next: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}
