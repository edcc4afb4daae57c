import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

const VERSION = 1;

/**
 * Encrypts personal identifiers at rest (AES-256-GCM) and derives a keyed hash (blind index)
 * so that equality look-ups never need the plaintext in the database.
 * Layout of a ciphertext: version(1) | iv(12) | tag(16) | data.
 */
export class PiiCipher {
  private readonly key: Buffer;
  private readonly indexKey: Buffer;

  constructor(encryptionKeyBase64: string, blindIndexKeyBase64: string) {
    this.key = Buffer.from(encryptionKeyBase64, 'base64');
    this.indexKey = Buffer.from(blindIndexKeyBase64, 'base64');
    if (this.key.length !== 32 || this.indexKey.length !== 32) throw new Error('PII keys must be 32 bytes');
  }

  encrypt(plaintext: string): Buffer {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), data]);
  }

  decrypt(blob: Buffer): string {
    if (blob[0] !== VERSION) throw new Error('Unknown PII ciphertext version');
    const decipher = createDecipheriv('aes-256-gcm', this.key, blob.subarray(1, 13));
    decipher.setAuthTag(blob.subarray(13, 29));
    return Buffer.concat([decipher.update(blob.subarray(29)), decipher.final()]).toString('utf8');
  }

  blindIndex(value: string): Buffer {
    return createHmac('sha256', this.indexKey).update(value).digest();
  }
}
