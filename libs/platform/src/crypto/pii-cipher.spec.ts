import { randomBytes } from 'node:crypto';
import { PiiCipher } from './pii-cipher';

const key = () => randomBytes(32).toString('base64');

describe('PiiCipher', () => {
  const cipher = new PiiCipher(key(), key());

  it('round-trips and never stores the plaintext', () => {
    const blob = cipher.encrypt('14110219900101123X');
    expect(blob.toString('utf8')).not.toContain('14110219900101123X');
    expect(cipher.decrypt(blob)).toBe('14110219900101123X');
  });

  it('uses a fresh IV so equal inputs give different ciphertexts but the same blind index', () => {
    expect(cipher.encrypt('a').equals(cipher.encrypt('a'))).toBe(false);
    expect(cipher.blindIndex('a').equals(cipher.blindIndex('a'))).toBe(true);
    expect(cipher.blindIndex('a').equals(cipher.blindIndex('b'))).toBe(false);
  });

  it('rejects a tampered ciphertext', () => {
    const blob = cipher.encrypt('secret');
    blob[blob.length - 1] ^= 0xff;
    expect(() => cipher.decrypt(blob)).toThrow();
  });

  it('cannot decrypt with another key', () => {
    const other = new PiiCipher(key(), key());
    expect(() => other.decrypt(cipher.encrypt('secret'))).toThrow();
  });
});
