import { LoggerService } from '@nestjs/common';
import { appendFileSync } from 'node:fs';

const LEVELS = ['debug', 'info', 'warn', 'error'] as const;
type Level = (typeof LEVELS)[number];

/** Nest's per-module and per-route start-up lines: useful when debugging, noise otherwise. */
const STARTUP_CHATTER = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer']);

/**
 * JSON-lines logger. It never receives request bodies or query strings, so personal data
 * (names, ID numbers) does not reach the logs; the test suite scans LOG_FILE to prove it.
 */
export class AppLogger implements LoggerService {
  private readonly minLevel: number;

  constructor(level: Level = 'info', private readonly file?: string) {
    this.minLevel = LEVELS.indexOf(level);
  }

  log(message: unknown, ...rest: unknown[]): void {
    this.write('info', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.write('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }

  private write(requested: Level, message: unknown, rest: unknown[]): void {
    const context = typeof rest[rest.length - 1] === 'string' ? (rest[rest.length - 1] as string) : undefined;
    const level = requested === 'info' && context && STARTUP_CHATTER.has(context) ? 'debug' : requested;
    if (LEVELS.indexOf(level) < this.minLevel) return;
    const fields = typeof message === 'object' && message !== null ? (message as Record<string, unknown>) : { msg: String(message) };
    const line = JSON.stringify({ time: new Date().toISOString(), level, context, ...fields });
    if (this.file) appendFileSync(this.file, line + '\n');
    if (level === 'error' || level === 'warn') process.stderr.write(line + '\n');
    else if (process.env.NODE_ENV !== 'test') process.stdout.write(line + '\n');
  }
}
