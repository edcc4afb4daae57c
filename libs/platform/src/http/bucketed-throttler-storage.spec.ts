import { BucketedThrottlerStorage } from './bucketed-throttler-storage';

const MINUTE = 60_000;

describe('BucketedThrottlerStorage', () => {
  let now: number;
  let storage: BucketedThrottlerStorage;
  beforeEach(() => {
    now = Date.UTC(2026, 11, 5, 8, 0, 0);
    storage = new BucketedThrottlerStorage(() => now);
  });
  afterEach(() => storage.onApplicationShutdown());

  const hit = (key = 'verify-1.2.3.4', limit = 3, blockDuration = MINUTE) => storage.increment(key, MINUTE, limit, blockDuration);

  it('counts hits up to the limit, then blocks the next one for the block duration', async () => {
    expect(await hit()).toEqual({ totalHits: 1, timeToExpire: 65, isBlocked: false, timeToBlockExpire: 0 });
    expect((await hit()).totalHits).toBe(2);
    expect(await hit()).toMatchObject({ totalHits: 3, isBlocked: false });
    expect(await hit()).toMatchObject({ totalHits: 4, isBlocked: true, timeToBlockExpire: 60 });
    now += 30_000;
    expect(await hit()).toMatchObject({ isBlocked: true, timeToBlockExpire: 30 });
    now += 29_999;
    expect(await hit()).toMatchObject({ isBlocked: true, timeToBlockExpire: 1 });
    now += 1;
    // The block is over: counting starts afresh, as @nestjs/throttler's own storage does.
    expect(await hit()).toMatchObject({ totalHits: 1, isBlocked: false, timeToBlockExpire: 0 });
  });

  it('keeps each key apart', async () => {
    for (let i = 0; i < 4; i++) await hit('a');
    expect((await hit('a')).isBlocked).toBe(true);
    expect(await hit('b')).toMatchObject({ totalHits: 1, isBlocked: false });
  });

  it('counts a hit for at least the ttl and at most a twelfth longer', async () => {
    await hit('k', 100);
    now += 20_000;
    await hit('k', 100);
    now += MINUTE - 20_000 - 1;
    // 59.999 s after the first hit both still count.
    expect((await hit('k', 100)).totalHits).toBe(3);
    now += 5_001;
    // 65 s after the first hit (one bucket of 5 s past the ttl), the first no longer counts.
    expect((await hit('k', 100)).totalHits).toBe(3);
    now += MINUTE + 5_000;
    expect((await hit('k', 100)).totalHits).toBe(1);
  });

  it('says in X-RateLimit-Reset when the oldest counted hit stops counting', async () => {
    await hit('k', 100);
    now += 30_000;
    expect((await hit('k', 100)).timeToExpire).toBe(35);
    now += 35_000;
    expect((await hit('k', 100)).timeToExpire).toBe(30);
  });

  it('without a block duration, refuses past the limit until the oldest hit stops counting', async () => {
    await hit('k', 2, 0);
    now += 10_000;
    await hit('k', 2, 0);
    expect(await hit('k', 2, 0)).toMatchObject({ totalHits: 3, isBlocked: true, timeToBlockExpire: 55 });
    now += 55_000;
    expect(await hit('k', 2, 0)).toMatchObject({ totalHits: 2, isBlocked: false });
  });

  it('takes a limit of a hundred million hits a minute without growing', async () => {
    for (let i = 0; i < 200_000; i++) {
      now += 1;
      await hit('k', 100_000_000);
    }
    // 200 s of 1,000 hits a second: those of the last 60–65 s count.
    const { totalHits, isBlocked } = await hit('k', 100_000_000);
    expect(isBlocked).toBe(false);
    expect(totalHits).toBeGreaterThanOrEqual(60_000);
    expect(totalHits).toBeLessThanOrEqual(65_001);
  });

  it('forgets clients with nothing left in the window when swept', async () => {
    await hit('old');
    now += 30_000;
    await hit('new');
    for (let i = 0; i < 4; i++) await hit('blocked', 1, 10 * MINUTE);
    now += MINUTE;
    // 'old' is 90 s old; 'new' (60 s) still counts, 'blocked' is blocked for minutes yet.
    storage.sweep();
    expect(storage.size).toBe(2);
    now += 10 * MINUTE;
    storage.sweep();
    expect(storage.size).toBe(0);
  });
});
