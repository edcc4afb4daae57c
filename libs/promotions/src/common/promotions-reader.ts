import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { OrganizationInfo, OrganizationsReader } from '@skill-ladder/identity';
import { readTogether } from '@skill-ladder/platform';
import { StandardsReader, TitleMappingRule } from '@skill-ladder/standards';
import type { CredentialCondition, CredentialRecord, WorkerRecord } from '@skill-ladder/workforce';
import { WorkersReader } from '@skill-ladder/workforce';

/**
 * What promotions reads beyond its own rows: through the readers of the libs that own the
 * tables (organizations, worker records, standards), batched so that a request's independent
 * reads share a round trip.
 */
@Injectable()
export class PromotionsReader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organizations: OrganizationsReader,
    private readonly workers: WorkersReader,
    private readonly standards: StandardsReader,
  ) {}

  /** Organizations by id, and every skill ↔ title rule: the reference rows of a career path, in one round trip. */
  async organizationsAndTitleRules(ids: readonly string[], em: EntityManager = this.dataSource.manager): Promise<{ organizations: Map<string, OrganizationInfo>; titleRules: TitleMappingRule[] }> {
    const read = await readTogether(em, { organizations: this.organizations.byIdsRead(ids), titleRules: this.standards.titleRulesRead() });
    return { organizations: new Map(read.organizations.map((o) => [o.id, o])), titleRules: read.titleRules };
  }

  /** The names a case shows: its person's and its organization's, in one round trip. */
  async caseNames(personId: string, organizationId: string, em: EntityManager = this.dataSource.manager): Promise<{ personName: string; organizationName: string }> {
    const read = await readTogether(em, { people: this.workers.namesRead([personId]), organizations: this.organizations.namesRead([organizationId]) });
    return { personName: read.people.get(personId) as string, organizationName: read.organizations.get(organizationId) as string };
  }

  /** Credentials of appointments no longer held (term expired, revoked): history, not a current rank. */
  async endedAppointmentCredentials(personIds: string[], em: EntityManager = this.dataSource.manager): Promise<Set<string>> {
    if (personIds.length === 0) return new Set();
    const rows = (await em.query(
      `SELECT credential_id FROM appointments WHERE person_id = ANY($1::uuid[]) AND credential_id IS NOT NULL AND status <> 'appointed'`,
      [personIds],
    )) as { credential_id: string }[];
    return new Set(rows.map((r) => r.credential_id));
  }
}

/** A credential counts unless it is the credential of an appointment no longer held (SQL, for the workforce readers). */
export const countsWhileAppointed: CredentialCondition = (alias) =>
  `NOT EXISTS (SELECT 1 FROM appointments a WHERE a.credential_id = ${alias}.id AND a.status <> 'appointed')`;

/** The credentials that count today: valid, and for appointments, only while the post is held. */
export function effectiveCredentials(record: Pick<WorkerRecord, 'credentials'>, ended: ReadonlySet<string>): CredentialRecord[] {
  return record.credentials.filter((c) => c.status === 'valid' && !ended.has(c.id));
}
