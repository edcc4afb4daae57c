import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock } from '../clock/clock.service';
import { AuditActor } from '../auth/principal';
import { auditEventHash, GENESIS_HASH, storedText } from './audit-hash';

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
    const chainKey = event.organizationId ?? 'platform';
    await this.lockChain(em, event.organizationId);
    const [last] = (await em.query('SELECT seq, hash FROM audit_events WHERE chain_key = $1 ORDER BY seq DESC LIMIT 1', [chainKey])) as {
      seq: string;
      hash: string;
    }[];
    const seq = last ? Number(last.seq) + 1 : 1;
    const prevHash = last?.hash ?? GENESIS_HASH;
    const occurredAt = this.clock.now().toISOString();
    const before = normalize(event.before);
    const after = normalize(event.after);
    const input = {
      chainKey,
      seq,
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
    const hash = auditEventHash(prevHash, input);
    await em.query(
      `INSERT INTO audit_events (chain_key, seq, organization_id, actor_user_id, actor_username, action, entity_type,
         entity_id, before, after, reason, request_id, occurred_at, prev_hash, hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
      [chainKey, seq, input.organizationId, input.actorUserId, input.actorUsername, input.action, input.entityType,
        input.entityId, before === null ? null : JSON.stringify(before), after === null ? null : JSON.stringify(after),
        input.reason, input.requestId, occurredAt, prevHash, hash],
    );
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
