import { OnApplicationShutdown } from '@nestjs/common';
import { ThrottlerStorage } from '@nestjs/throttler';

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/** Sub-windows per rate-limit window: a hit stops counting between ttl and ttl + ttl/12 after it was made. */
const BUCKETS = 12;
const SLOTS = BUCKETS + 1;
const SWEEP_INTERVAL_MS = 60_000;

interface Counts {
  /** Milliseconds per bucket (ttl / BUCKETS, rounded up). */
  width: number;
  /** Index (time / width) of the newest bucket; bucket i lives in slots[i % SLOTS]. */
  newest: number;
  slots: number[];
  total: number;
  /** Epoch ms until which every request is refused (0: not blocked). */
  blockedUntil: number;
}

/**
 * The rate limiter's counts in memory, with constant work per request. @nestjs/throttler's
 * default storage keeps one timestamp per hit and, on every request, filters them all and takes
 * `Math.min(...hits)`: its cost grows with the limit (a public verify under load spent its time
 * there, and past ~100k hits in a window the spread throws). Here each client and route has
 * BUCKETS + 1 counters over the window; a hit counts for at least the ttl, at most ttl/12 longer
 * (the limit never admits more than the default does). Blocking is as the default storage does:
 * the first hit over the limit blocks for `blockDuration`, after which counting starts afresh.
 * Per process, like the default (see docs/SCALING.md for replicas); given to
 * `ThrottlerModule.forRoot({ storage })`.
 */
export class BucketedThrottlerStorage implements ThrottlerStorage, OnApplicationShutdown {
  private readonly records = new Map<string, Counts>();
  private sweeper?: NodeJS.Timeout;

  constructor(private readonly now: () => number = Date.now) {}

  /** Clients and routes currently tracked (after a sweep: only those with live hits or a block). */
  get size(): number {
    return this.records.size;
  }

  async increment(key: string, ttl: number, limit: number, blockDuration: number): Promise<ThrottlerStorageRecord> {
    const now = this.now();
    const width = Math.max(1, Math.ceil(ttl / BUCKETS));
    let counts = this.records.get(key);
    if (!counts || counts.width !== width) {
      counts = { width, newest: Math.floor(now / width), slots: new Array<number>(SLOTS).fill(0), total: 0, blockedUntil: 0 };
      this.records.set(key, counts);
      this.ensureSweeper();
    }
    advance(counts, now);
    if (counts.blockedUntil > now) {
      return { totalHits: counts.total, timeToExpire: secondsUntilOldestExpires(counts, now), isBlocked: true, timeToBlockExpire: seconds(counts.blockedUntil - now) };
    }
    if (counts.blockedUntil !== 0) {
      counts.blockedUntil = 0;
      clear(counts);
    }
    if (blockDuration <= 0 && counts.total >= limit) {
      // Without a block the request is refused until the oldest hit stops counting.
      const wait = secondsUntilOldestExpires(counts, now);
      return { totalHits: counts.total + 1, timeToExpire: wait, isBlocked: true, timeToBlockExpire: wait };
    }
    counts.total++;
    counts.slots[counts.newest % SLOTS]++;
    if (blockDuration > 0 && counts.total > limit) {
      counts.blockedUntil = now + blockDuration;
      return { totalHits: counts.total, timeToExpire: secondsUntilOldestExpires(counts, now), isBlocked: true, timeToBlockExpire: seconds(blockDuration) };
    }
    return { totalHits: counts.total, timeToExpire: secondsUntilOldestExpires(counts, now), isBlocked: false, timeToBlockExpire: 0 };
  }

  /** Drops clients with no live hit and no block, so memory follows the clients of the last window. */
  sweep(): void {
    const now = this.now();
    for (const [key, counts] of this.records) {
      advance(counts, now);
      if (counts.total === 0 && counts.blockedUntil <= now) this.records.delete(key);
    }
  }

  onApplicationShutdown(): void {
    if (this.sweeper) clearInterval(this.sweeper);
    this.sweeper = undefined;
    this.records.clear();
  }

  private ensureSweeper(): void {
    if (this.sweeper) return;
    this.sweeper = setInterval(() => this.sweep(), SWEEP_INTERVAL_MS);
    this.sweeper.unref();
  }
}

/** Moves the window to `now`: buckets that fell out of it stop counting. */
function advance(counts: Counts, now: number): void {
  const current = Math.floor(now / counts.width);
  const steps = current - counts.newest;
  if (steps <= 0) return;
  if (steps >= SLOTS) clear(counts);
  else {
    for (let k = 1; k <= steps; k++) {
      const slot = (counts.newest + k) % SLOTS;
      counts.total -= counts.slots[slot];
      counts.slots[slot] = 0;
    }
  }
  counts.newest = current;
}

function clear(counts: Counts): void {
  counts.slots.fill(0);
  counts.total = 0;
}

/** Seconds until the oldest counted hit stops counting (X-RateLimit-Reset); the whole window when none is counted. */
function secondsUntilOldestExpires(counts: Counts, now: number): number {
  for (let bucket = counts.newest - SLOTS + 1; bucket <= counts.newest; bucket++) {
    if (counts.slots[((bucket % SLOTS) + SLOTS) % SLOTS] > 0) return seconds((bucket + SLOTS) * counts.width - now);
  }
  return seconds(SLOTS * counts.width);
}

function seconds(ms: number): number {
  return Math.max(0, Math.ceil(ms / 1000));
}
