import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ NODE_ENV: 'development', PORT: 3000, HOST: '127.0.0.1', DATA_DIR: '.data', ADMIN_USERNAME: 'admin', ACCESS_TOKEN_TTL_SECONDS: 900 });
    expect(c.DATABASE_URL).toBeUndefined();
  });

  it('reads and converts values', () => {
    expect(loadConfig({ PORT: '8080', OPENAPI_ENABLED: 'false', DATABASE_URL: 'postgres://u@h/db' })).toMatchObject({
      PORT: 8080,
      OPENAPI_ENABLED: false,
      DATABASE_URL: 'postgres://u@h/db',
    });
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ PII_ENCRYPTION_KEY: 'short' }, 'PII_ENCRYPTION_KEY'],
    [{ CLOCK_NOW: '2026-09-30 09:00' }, 'CLOCK_NOW'],
    [{ ADMIN_PASSWORD: 'short' }, 'ADMIN_PASSWORD'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
  ])('refuses %p naming the variable', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`^Invalid configuration:\\n  ${name}:`));
  });

  it('refuses CLOCK_NOW and missing secrets in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', CLOCK_NOW: '2026-09-30T09:00:00+08:00' })).toThrow(/CLOCK_NOW: not allowed/);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET: required[\s\S]*DATABASE_URL: required/);
  });
});
