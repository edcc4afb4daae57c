import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock } from '../clock/clock.service';
import { AuditActor } from '../auth/principal';
import { auditEventHash, GENESIS_HASH, storedText } from './audit-hash';

/** Rows per INSERT of `recordMany`. */
const AUDIT_INSERT_BATCH = 1000;

export interface AuditEventInput {
  /** Dotted verb, e.g. `worker.create`, `standard_version.approve`. */
  action: string;
  entityType: string;
  entityId: string | null;
  /** The tenant the change belongs to; null for platform-level changes. */
  organizationId: string | null;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
}

/**
 * Append-only audit trail, hash-chained per organization. `record` must run in the same
 * transaction as the change it describes, so a change and its audit stand or fall together.
 */
@Injectable()
export class AuditService {
  constructor(private readonly clock: Clock) {}

  async record(em: EntityManager, actor: AuditActor, event: AuditEventInput): Promise<void> {
    await this.recordMany(em, actor, [event]);
  }

  /**
   * Several events in the order given, as `record` would append them one by one: each chain is
   * locked once (in the order chains first appear), its last event read once, the hashes chained
   * in memory, and the rows written with one multi-row INSERT per 1,000 events. A batch of ten
   * thousand (a finalization) costs a few dozen statements instead of thirty thousand.
   */
  async recordMany(em: EntityManager, actor: AuditActor, events: readonly AuditEventInput[]): Promise<void> {
    if (events.length === 0) return;
    const heads = new Map<string, { seq: number; hash: string }>();
    for (const event of events) {
      const chainKey = event.organizationId ?? 'platform';
      if (heads.has(chainKey)) continue;
      await this.lockChain(em, event.organizationId);
      const [last] = (await em.query('SELECT seq, hash FROM audit_events WHERE chain_key = $1 ORDER BY seq DESC LIMIT 1', [chainKey])) as {
        seq: string;
        hash: string;
      }[];
      heads.set(chainKey, { seq: last ? Number(last.seq) : 0, hash: last?.hash ?? GENESIS_HASH });
    }
    const occurredAt = this.clock.now().toISOString();
    const rows = events.map((event) => {
      const chainKey = event.organizationId ?? 'platform';
      const head = heads.get(chainKey) as { seq: number; hash: string };
      const before = normalize(event.before);
      const after = normalize(event.after);
      const input = {
        chainKey,
        seq: head.seq + 1,
        organizationId: event.organizationId,
        actorUserId: actor.userId,
        actorUsername: actor.username,
        action: event.action,
        entityType: event.entityType,
        entityId: event.entityId,
        before,
        after,
        reason: event.reason == null ? null : storedText(event.reason),
        requestId: actor.requestId,
        occurredAt,
      };
      const hash = auditEventHash(head.hash, input);
      const row = { ...input, prevHash: head.hash, hash };
      heads.set(chainKey, { seq: input.seq, hash });
      return row;
    });
    for (let i = 0; i < rows.length; i += AUDIT_INSERT_BATCH) {
      const batch = rows.slice(i, i + AUDIT_INSERT_BATCH);
      const column = <T>(pick: (r: (typeof rows)[number]) => T) => batch.map(pick);
      await em.query(
        `INSERT INTO audit_events (chain_key, seq, organization_id, actor_user_id, actor_username, action, entity_type,
           entity_id, before, after, reason, request_id, occurred_at, prev_hash, hash)
         SELECT chain_key, seq, organization_id, actor_user_id, actor_username, action, entity_type,
                entity_id, before::jsonb, after::jsonb, reason, request_id, occurred_at, prev_hash, hash
           FROM unnest($1::text[], $2::bigint[], $3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::text[],
                       $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::timestamptz[], $14::text[], $15::text[])
             AS e(chain_key, seq, organization_id, actor_user_id, actor_username, action, entity_type,
                  entity_id, before, after, reason, request_id, occurred_at, prev_hash, hash)`,
        [
          column((r) => r.chainKey),
          column((r) => r.seq),
          column((r) => r.organizationId),
          column((r) => r.actorUserId),
          column((r) => r.actorUsername),
          column((r) => r.action),
          column((r) => r.entityType),
          column((r) => r.entityId),
          column((r) => (r.before === null ? null : JSON.stringify(r.before))),
          column((r) => (r.after === null ? null : JSON.stringify(r.after))),
          column((r) => r.reason),
          column((r) => r.requestId),
          column((r) => r.occurredAt),
          column((r) => r.prevHash),
          column((r) => r.hash),
        ],
      );
    }
  }

  /**
   * One writer per chain at a time; the lock ends with the transaction. Callers that take locks
   * of their own after auditing (serial counters) take this one first to keep a single lock order.
   */
  async lockChain(em: EntityManager, organizationId: string | null): Promise<void> {
    await em.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 7))', [`audit:${organizationId ?? 'platform'}`]);
  }
}

/**
 * What jsonb will give back: plain JSON, dates as ISO strings, no undefined, strings in their
 * stored form (jsonb refuses the escape of a lone surrogate outright).
 */
function normalize(value: unknown): unknown {
  return value === undefined || value === null ? null : inStoredText(JSON.parse(JSON.stringify(value)));
}

function inStoredText(value: unknown): unknown {
  if (typeof value === 'string') return storedText(value);
  if (Array.isArray(value)) return value.map(inStoredText);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [storedText(k), inStoredText(v)]));
  }
  return value;
}
