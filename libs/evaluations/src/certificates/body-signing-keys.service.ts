import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createPrivateKey, generateKeyPairSync, KeyObject } from 'node:crypto';
import { calculateJwkThumbprint, JSONWebKeySet, JWK } from 'jose';
import { DataSource, EntityManager } from 'typeorm';
import { NotFoundError, PiiCipher } from '@skill-ladder/platform';
import { SIGNING_ALGORITHM } from './verifiable-credential';

export interface SigningKey {
  kid: string;
  algorithm: string;
  privateKey: KeyObject;
}

/**
 * Each evaluation body's P-256 key (ES256) for its verifiable credentials. Made on the body's
 * first issuance after ES256 replaced EdDSA, inside that transaction; the private key is stored
 * encrypted (PiiCipher). The JWKS publishes every key the body ever signed with, the Ed25519 one
 * of older credentials included, each under its own `kid`, so anyone can check any of them offline.
 */
@Injectable()
export class BodySigningKeysService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: PiiCipher,
  ) {}

  /** The body's current key, created if it has none. Two first issuances racing end up with the same key. */
  async ensureKey(em: EntityManager, organizationId: string): Promise<SigningKey> {
    const existing = await this.load(em, organizationId);
    if (existing) return existing;
    const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const jwk = publicKey.export({ format: 'jwk' }) as JWK;
    const kid = await calculateJwkThumbprint(jwk, 'sha256');
    const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }) as string;
    // A concurrent first issuance may insert first: this waits for it, then keeps its key.
    await em.query(
      `INSERT INTO evaluation_body_signing_keys (organization_id, kid, algorithm, public_jwk, private_key_cipher)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT (organization_id, algorithm) DO NOTHING`,
      [organizationId, kid, SIGNING_ALGORITHM, JSON.stringify(publicJwk(jwk, kid)), this.cipher.encrypt(pem)],
    );
    const key = await this.load(em, organizationId);
    if (!key) throw new Error('Signing key vanished after insert');
    return key;
  }

  /** The body's public keys; 404 when it has none (never issued, or not a body). */
  async jwks(organizationId: string): Promise<JSONWebKeySet> {
    const rows: { public_jwk: JWK }[] = await this.dataSource.query(
      `SELECT public_jwk FROM evaluation_body_signing_keys WHERE organization_id = $1 ORDER BY created_at DESC`,
      [organizationId],
    );
    if (rows.length === 0) throw new NotFoundError('Signing keys');
    return { keys: rows.map((r) => r.public_jwk) };
  }

  private async load(em: EntityManager, organizationId: string): Promise<SigningKey | null> {
    const [row]: { kid: string; private_key_cipher: Buffer }[] = await em.query(
      `SELECT kid, private_key_cipher FROM evaluation_body_signing_keys WHERE organization_id = $1 AND algorithm = $2`,
      [organizationId, SIGNING_ALGORITHM],
    );
    return row ? { kid: row.kid, algorithm: SIGNING_ALGORITHM, privateKey: createPrivateKey(this.cipher.decrypt(row.private_key_cipher)) } : null;
  }
}

function publicJwk(jwk: JWK, kid: string): JWK {
  return { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y, kid, alg: SIGNING_ALGORITHM, use: 'sig' };
}
