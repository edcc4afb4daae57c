import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';

const toInt = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : /^-?\d+$/.test(String(value)) ? Number(value) : value;
const toBool = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value;
const emptyToUndefined = ({ value }: { value: unknown }) => (value === '' ? undefined : value);

/**
 * Every setting the application reads, with its default. `.env.example` lists the same
 * names; `loadConfig` refuses to start on a bad value and names the variable.
 */
export class AppConfig {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT = 3000;

  /** Interface to listen on; 0.0.0.0 inside a container. */
  @IsString()
  HOST = '127.0.0.1';

  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL?: string;

  /** Where the embedded PostgreSQL keeps its data when DATABASE_URL is not set. */
  @IsString()
  DATA_DIR = '.data';

  @Transform(toInt)
  @IsOptional()
  @IsInt()
  @Min(1024)
  @Max(65535)
  EMBEDDED_PG_PORT?: number;

  /** Uploaded evidence and generated documents; default DATA_DIR/files. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  FILES_DIR?: string;

  /** Largest accepted upload (evidence files, spreadsheets), in bytes. */
  @Transform(toInt)
  @IsInt()
  @Min(1024)
  MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

  @IsString()
  @Matches(/^[a-z][a-z0-9_.-]{2,63}$/, { message: 'ADMIN_USERNAME must be 3–64 lowercase letters, digits, _ . -' })
  ADMIN_USERNAME = 'admin';

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MinLength(12, { message: 'ADMIN_PASSWORD must be at least 12 characters' })
  ADMIN_PASSWORD?: string;

  /** HMAC secret for access tokens; generated under DATA_DIR in development when unset. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET?: string;

  @Transform(toInt)
  @IsInt()
  @Min(60)
  @Max(86400)
  ACCESS_TOKEN_TTL_SECONDS = 900;

  @Transform(toInt)
  @IsInt()
  @Min(3600)
  REFRESH_TOKEN_TTL_SECONDS = 30 * 24 * 3600;

  /** AES-256-GCM key for resident ID numbers: 32 bytes, base64. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^[A-Za-z0-9+/]{43}=$/, { message: 'PII_ENCRYPTION_KEY must be 32 bytes in base64' })
  PII_ENCRYPTION_KEY?: string;

  /** HMAC key for the blind index on resident ID numbers: 32 bytes, base64. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^[A-Za-z0-9+/]{43}=$/, { message: 'PII_BLIND_INDEX_KEY must be 32 bytes in base64' })
  PII_BLIND_INDEX_KEY?: string;

  /** Failed logins per username before further attempts are refused for the window. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_MAX_FAILURES = 5;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_FAILURE_WINDOW_SECONDS = 900;

  /** Requests per minute and client address on sign-in, refresh and public verification. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  AUTH_RATE_LIMIT_PER_MINUTE = 30;

  /** Start the clock here (ISO 8601 with offset); it runs on from there. Refused in production. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/, {
    message: 'CLOCK_NOW must be an ISO 8601 date-time with offset, e.g. 2026-09-30T09:00:00+08:00',
  })
  CLOCK_NOW?: string;

  @IsIn(['debug', 'info', 'warn', 'error'])
  LOG_LEVEL: 'debug' | 'info' | 'warn' | 'error' = 'info';

  /** Also append JSON log lines to this file (the test suite scans it for personal data). */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  LOG_FILE?: string;

  @Transform(toBool)
  @IsBoolean()
  OPENAPI_ENABLED = true;

  /** The built web app (`vite build` output) served at `/`; the API stays under /api. Empty: API only. */
  @IsString()
  WEB_DIR = 'apps/web/dist';

  /** Public base URL used in certificate QR codes and verification links. */
  @IsString()
  PUBLIC_BASE_URL = 'http://localhost:3000';
}

export class ConfigError extends Error {}

/** Every variable read from the environment (the optional ones have no default to enumerate). */
export const CONFIG_KEYS: readonly (keyof AppConfig)[] = [
  'NODE_ENV', 'PORT', 'HOST', 'DATABASE_URL', 'DATA_DIR', 'EMBEDDED_PG_PORT', 'FILES_DIR', 'MAX_UPLOAD_BYTES', 'ADMIN_USERNAME', 'ADMIN_PASSWORD',
  'JWT_SECRET', 'ACCESS_TOKEN_TTL_SECONDS', 'REFRESH_TOKEN_TTL_SECONDS', 'PII_ENCRYPTION_KEY',
  'PII_BLIND_INDEX_KEY', 'LOGIN_MAX_FAILURES', 'LOGIN_FAILURE_WINDOW_SECONDS', 'AUTH_RATE_LIMIT_PER_MINUTE', 'CLOCK_NOW', 'LOG_LEVEL',
  'LOG_FILE', 'OPENAPI_ENABLED', 'WEB_DIR', 'PUBLIC_BASE_URL',
];

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const raw: Record<string, unknown> = {};
  for (const key of CONFIG_KEYS) {
    if (env[key] !== undefined) raw[key] = env[key];
  }
  const config = plainToInstance(AppConfig, raw, { exposeDefaultValues: true });
  const errors = validateSync(config, { whitelist: true });
  if (errors.length > 0) {
    const lines = errors.map((e) => `  ${e.property}: ${Object.values(e.constraints ?? {}).join('; ')}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  if (config.CLOCK_NOW && config.NODE_ENV === 'production') {
    throw new ConfigError('Invalid configuration:\n  CLOCK_NOW: not allowed when NODE_ENV=production');
  }
  if (config.NODE_ENV === 'production') {
    const missing = (['JWT_SECRET', 'PII_ENCRYPTION_KEY', 'PII_BLIND_INDEX_KEY', 'DATABASE_URL'] as const).filter((k) => !config[k]);
    if (missing.length) {
      throw new ConfigError(`Invalid configuration:\n${missing.map((k) => `  ${k}: required when NODE_ENV=production`).join('\n')}`);
    }
  }
  return config;
}
