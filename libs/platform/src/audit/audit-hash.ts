import { createHash } from 'node:crypto';

/** The fields of an audit event that its hash covers. */
export interface AuditHashInput {
  chainKey: string;
  seq: number;
  organizationId: string | null;
  actorUserId: string | null;
  actorUsername: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  reason: string | null;
  requestId: string | null;
  occurredAt: string;
}

export const GENESIS_HASH = '0'.repeat(64);

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * The text PostgreSQL keeps: the driver encodes strings as UTF-8, which turns a lone surrogate
 * into U+FFFD. Hashing the string as sent instead made the stored row fail verification.
 */
export function storedText(text: string): string {
  return text.replace(LONE_SURROGATE, '\ufffd');
}

/**
 * JSON with object keys sorted at every depth and strings in their stored form, so neither
 * jsonb's own key order nor the database's text encoding can change a hash.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return JSON.stringify(storedText(value));
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${canonicalJson(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function auditEventHash(prevHash: string, event: AuditHashInput): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonicalJson(event)).digest('hex');
}

export interface StoredAuditRow extends AuditHashInput {
  id: string;
  prevHash: string;
  hash: string;
}

export type ChainBreak = { id: string; chainKey: string; seq: number; problem: 'hash_mismatch' | 'prev_hash_mismatch' | 'seq_gap' };

/**
 * Walks one chain in sequence order, a row at a time (so a long chain can be read in batches):
 * each call answers the broken link at that row, or null while the chain holds.
 */
export function chainWalker(): (row: StoredAuditRow) => ChainBreak | null {
  let prev = GENESIS_HASH;
  let expectedSeq = 1;
  return (row) => {
    if (row.seq !== expectedSeq) return { id: row.id, chainKey: row.chainKey, seq: row.seq, problem: 'seq_gap' };
    if (row.prevHash !== prev) return { id: row.id, chainKey: row.chainKey, seq: row.seq, problem: 'prev_hash_mismatch' };
    const { id: _id, prevHash: _p, hash, ...input } = row;
    if (auditEventHash(prev, input) !== hash) return { id: row.id, chainKey: row.chainKey, seq: row.seq, problem: 'hash_mismatch' };
    prev = hash;
    expectedSeq += 1;
    return null;
  };
}

/** Walks one chain in sequence order and returns the first broken link, if any. */
export function findChainBreak(rows: StoredAuditRow[]): ChainBreak | null {
  const walk = chainWalker();
  for (const row of rows) {
    const broken = walk(row);
    if (broken) return broken;
  }
  return null;
}
