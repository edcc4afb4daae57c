import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '@skill-ladder/config';
import { APP_CONFIG } from '../config/config.tokens';

const CHINA_OFFSET_MS = 8 * 3600 * 1000; // Asia/Shanghai: UTC+8, no daylight saving since 1991

/**
 * The one clock. Rules ask it for "now" and for today's business date in China, so windows,
 * anniversaries and term expiry can be tested on any date (CLOCK_NOW, or `travelTo` in tests).
 */
@Injectable()
export class Clock {
  private offsetMs = 0;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    if (config.CLOCK_NOW) this.travelTo(new Date(config.CLOCK_NOW));
  }

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** Today's date in China as `YYYY-MM-DD`. */
  today(): string {
    return chinaDate(this.now());
  }

  /** Moves the clock so that it reads `instant` now and runs on from there. */
  travelTo(instant: Date): void {
    if (Number.isNaN(instant.getTime())) throw new RangeError('Clock.travelTo needs a valid instant');
    this.offsetMs = instant.getTime() - Date.now();
  }
}

/** The calendar date in China of an instant, `YYYY-MM-DD`. */
export function chinaDate(instant: Date): string {
  return new Date(instant.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}
