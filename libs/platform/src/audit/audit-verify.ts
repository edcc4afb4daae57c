import { ChainBreak, chainWalker, StoredAuditRow } from './audit-hash';

type Query = (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

export interface AuditVerifyResult {
  chains: number;
  events: number;
  firstBreak: ChainBreak | null;
}

/** Rows read at a time: a chain of any length is verified in bounded memory. */
const BATCH = 2000;

/** Re-computes every chain from its genesis, in batches by sequence, and reports the first broken link. */
export async function verifyAuditChains(query: Query): Promise<AuditVerifyResult> {
  const keys = (await query('SELECT DISTINCT chain_key FROM audit_events ORDER BY chain_key')).map((r) => String(r.chain_key));
  let events = 0;
  for (const key of keys) {
    const walk = chainWalker();
    let after = 0;
    for (;;) {
      const rows = await query(
        `SELECT id, chain_key, seq, organization_id, actor_user_id, actor_username, action, entity_type, entity_id,
                before, after, reason, request_id, occurred_at, prev_hash, hash
           FROM audit_events WHERE chain_key = $1 AND seq > $2 ORDER BY seq LIMIT ${BATCH}`,
        [key, after],
      );
      for (const row of rows) {
        events += 1;
        const brokenAt = walk(toStored(row));
        if (brokenAt) return { chains: keys.length, events, firstBreak: brokenAt };
      }
      if (rows.length < BATCH) break;
      after = Number(rows[rows.length - 1].seq);
    }
  }
  return { chains: keys.length, events, firstBreak: null };
}

export function toStored(r: Record<string, unknown>): StoredAuditRow {
  return {
    id: String(r.id),
    chainKey: String(r.chain_key),
    seq: Number(r.seq),
    organizationId: (r.organization_id as string | null) ?? null,
    actorUserId: (r.actor_user_id as string | null) ?? null,
    actorUsername: (r.actor_username as string | null) ?? null,
    action: String(r.action),
    entityType: String(r.entity_type),
    entityId: (r.entity_id as string | null) ?? null,
    before: r.before ?? null,
    after: r.after ?? null,
    reason: (r.reason as string | null) ?? null,
    requestId: (r.request_id as string | null) ?? null,
    occurredAt: (r.occurred_at instanceof Date ? r.occurred_at : new Date(String(r.occurred_at))).toISOString(),
    prevHash: String(r.prev_hash),
    hash: String(r.hash),
  };
}
