import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface DevSecrets {
  jwtSecret: string;
  piiEncryptionKey: string;
  piiBlindIndexKey: string;
  postgresPassword: string;
}

/**
 * Secrets for a development machine, generated once under the data directory (mode 600)
 * so that a restart can still read what the previous run encrypted. Never used in production,
 * where configuration refuses to start without real keys.
 */
export function loadOrCreateDevSecrets(dataDir: string): { secrets: DevSecrets; created: boolean } {
  const dir = resolve(dataDir);
  const file = join(dir, 'dev-secrets.json');
  if (existsSync(file)) return { secrets: JSON.parse(readFileSync(file, 'utf8')) as DevSecrets, created: false };
  mkdirSync(dir, { recursive: true, mode: 0o755 });
  const secrets: DevSecrets = {
    jwtSecret: randomBytes(48).toString('base64'),
    piiEncryptionKey: randomBytes(32).toString('base64'),
    piiBlindIndexKey: randomBytes(32).toString('base64'),
    postgresPassword: randomBytes(18).toString('base64url'),
  };
  writeFileSync(file, JSON.stringify(secrets, null, 2) + '\n', { mode: 0o600 });
  return { secrets, created: true };
}
