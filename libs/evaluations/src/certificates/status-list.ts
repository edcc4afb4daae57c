import { gunzipSync, gzipSync } from 'node:zlib';
import { VC_CONTEXT_V2 } from './verifiable-credential';

/*
 * W3C Bitstring Status List v1.0: a body's revocation list is one bitstring, bit i for the
 * certificate at status-list index i (bit 0 is the most significant bit of the first byte), set
 * when it is revoked. At least 131,072 entries (16 KB) so that a list does not tell how many
 * certificates a body issued; GZIP-compressed and multibase base64url-encoded (prefix `u`).
 */

export const STATUS_LIST_MIN_ENTRIES = 131_072;

export interface BitstringStatusListCredential {
  '@context': string[];
  id: string;
  type: ['VerifiableCredential', 'BitstringStatusListCredential'];
  issuer: string;
  validFrom: string;
  credentialSubject: { id: string; type: 'BitstringStatusList'; statusPurpose: 'revocation'; encodedList: string };
}

/** The encoded list with the given positions set; longer than the minimum only when an index needs it. */
export function encodeStatusList(setIndices: readonly number[], size: number): string {
  const entries = Math.max(STATUS_LIST_MIN_ENTRIES, Math.ceil(size / 8) * 8);
  const bits = Buffer.alloc(entries / 8);
  for (const index of setIndices) {
    if (!Number.isInteger(index) || index < 0 || index >= entries) throw new RangeError(`Status list index ${index} is out of range`);
    bits[index >> 3] |= 0x80 >> (index & 7);
  }
  return `u${gzipSync(bits).toString('base64url')}`;
}

/** Whether the bit at `index` is set: what a verifier computes from `encodedList`. */
export function statusListBit(encodedList: string, index: number): boolean {
  if (!encodedList.startsWith('u')) throw new Error('encodedList must be multibase base64url (prefix u)');
  const bits = gunzipSync(Buffer.from(encodedList.slice(1), 'base64url'));
  if (index < 0 || index >= bits.length * 8) throw new RangeError(`Status list index ${index} is out of range`);
  return (bits[index >> 3] & (0x80 >> (index & 7))) !== 0;
}

export function buildStatusListCredential(input: { url: string; issuerId: string; validFrom: Date; revokedIndices: readonly number[]; size: number }): BitstringStatusListCredential {
  return {
    '@context': [VC_CONTEXT_V2],
    id: input.url,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: input.issuerId,
    validFrom: input.validFrom.toISOString(),
    credentialSubject: { id: `${input.url}#list`, type: 'BitstringStatusList', statusPurpose: 'revocation', encodedList: encodeStatusList(input.revokedIndices, input.size) },
  };
}
