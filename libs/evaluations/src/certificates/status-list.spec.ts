import { gunzipSync } from 'node:zlib';
import { buildStatusListCredential, encodeStatusList, STATUS_LIST_MIN_ENTRIES, statusListBit } from './status-list';

describe('revocation status list (W3C Bitstring Status List v1.0)', () => {
  it('is a GZIP-compressed bitstring of at least 131,072 entries, multibase base64url, bit 0 the most significant of the first byte', () => {
    const encoded = encodeStatusList([0, 9, 131_071], 3);
    expect(encoded.startsWith('u')).toBe(true);
    const bits = gunzipSync(Buffer.from(encoded.slice(1), 'base64url'));
    expect(bits.length * 8).toBe(STATUS_LIST_MIN_ENTRIES);
    expect([bits[0], bits[1], bits[bits.length - 1]]).toEqual([0b1000_0000, 0b0100_0000, 0b0000_0001]);
    expect([0, 1, 8, 9, 10, 131_071].map((i) => statusListBit(encoded, i))).toEqual([true, false, false, true, false, true]);
  });

  it('grows past the minimum when a body has issued more certificates than it holds', () => {
    const encoded = encodeStatusList([200_000], 200_001);
    expect(statusListBit(encoded, 200_000)).toBe(true);
    expect(statusListBit(encoded, 199_999)).toBe(false);
    expect(() => encodeStatusList([STATUS_LIST_MIN_ENTRIES], 10)).toThrow(RangeError);
  });

  it('is served as a BitstringStatusListCredential for revocation', () => {
    const url = 'https://skills.example/api/v1/public/evaluation-bodies/6b0d1f2e-3c4a-4b5c-8d6e-7f8091a2b3c4/status-list';
    const credential = buildStatusListCredential({ url, issuerId: 'https://skills.example/issuer', validFrom: new Date('2026-09-30T01:00:00Z'), revokedIndices: [5], size: 6 });
    expect(credential).toMatchObject({
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      id: url,
      type: ['VerifiableCredential', 'BitstringStatusListCredential'],
      validFrom: '2026-09-30T01:00:00.000Z',
      credentialSubject: { id: `${url}#list`, type: 'BitstringStatusList', statusPurpose: 'revocation' },
    });
    expect(statusListBit(credential.credentialSubject.encodedList, 5)).toBe(true);
  });
});
