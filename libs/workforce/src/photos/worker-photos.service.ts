import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService, Clock, ForbiddenError, namedQuery, NotFoundError, Principal, requireOrganization, scopeOf } from '@skill-ladder/platform';
import { visibleWorkersWhere } from '../workforce-scope';
import { checkPhotoUpload, NormalizedPhoto, normalizePhoto } from './photo-normalize';

/** What is said about a stored photo: never its bytes (those go only to GET …/photo and the PDFs). */
export interface PhotoInfo {
  sizeBytes: number;
  width: number;
  height: number;
  sha256: string;
  uploadedAt: string;
}

interface PhotoRow {
  size_bytes: number;
  width: number;
  height: number;
  sha256: string;
  uploaded_at: Date;
}

/** 证件照 of a worker: HR of the worker's current organizations sets and removes it, the worker and that HR read it. */
@Injectable()
export class WorkerPhotosService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async put(principal: Principal, personId: string, body: unknown, declaredType: string | undefined): Promise<PhotoInfo> {
    const source = checkPhotoUpload(body, declaredType);
    // Decoding happens before the transaction: no row lock is held while libvips works.
    await this.assertVisible(this.dataSource.manager, principal, personId, true);
    const photo = await normalizePhoto(source);
    return this.dataSource.transaction(async (em) => {
      await this.assertVisible(em, principal, personId, true, true);
      const before = await this.info(em, personId);
      const after = await this.save(em, principal, personId, photo);
      await this.audit.record(em, principal, {
        action: before ? 'worker.photo_replace' : 'worker.photo_upload',
        entityType: 'person',
        entityId: personId,
        organizationId: requireOrganization(principal),
        before,
        after,
      });
      return after;
    });
  }

  async remove(principal: Principal, personId: string): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      await this.assertVisible(em, principal, personId, true, true);
      const before = await this.info(em, personId);
      if (!before) throw new NotFoundError('Photo');
      await em.query('DELETE FROM person_photos WHERE person_id = $1', [personId]);
      await this.audit.record(em, principal, {
        action: 'worker.photo_delete',
        entityType: 'person',
        entityId: personId,
        organizationId: requireOrganization(principal),
        before,
      });
    });
  }

  async get(principal: Principal, personId: string): Promise<{ jpeg: Buffer; sha256: string }> {
    await this.assertVisible(this.dataSource.manager, principal, personId, false);
    const [row] = (await this.dataSource.query('SELECT jpeg, sha256 FROM person_photos WHERE person_id = $1', [personId])) as { jpeg: Buffer; sha256: string }[];
    if (!row) throw new NotFoundError('Photo');
    return row;
  }

  /** Upserts the normalized photo of one person (the caller has checked access and audits). */
  async save(em: EntityManager, principal: Principal, personId: string, photo: NormalizedPhoto): Promise<PhotoInfo> {
    const [row] = (await em.query(
      `INSERT INTO person_photos (person_id, organization_id, jpeg, size_bytes, width, height, sha256, uploaded_by, uploaded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (person_id) DO UPDATE SET organization_id = EXCLUDED.organization_id, jpeg = EXCLUDED.jpeg, size_bytes = EXCLUDED.size_bytes,
         width = EXCLUDED.width, height = EXCLUDED.height, sha256 = EXCLUDED.sha256, uploaded_by = EXCLUDED.uploaded_by, uploaded_at = EXCLUDED.uploaded_at
       RETURNING size_bytes, width, height, sha256, uploaded_at`,
      [personId, requireOrganization(principal), photo.jpeg, photo.sizeBytes, photo.width, photo.height, photo.sha256, principal.userId, this.clock.now()],
    )) as PhotoRow[];
    return toInfo(row);
  }

  async info(em: EntityManager, personId: string): Promise<PhotoInfo | null> {
    const [row] = (await em.query('SELECT size_bytes, width, height, sha256, uploaded_at FROM person_photos WHERE person_id = $1', [personId])) as PhotoRow[];
    return row ? toInfo(row) : null;
  }

  /**
   * 404 unless the worker is visible; a change also needs HR with an employment of the worker
   * running today (as every other change to a worker record).
   */
  private async assertVisible(em: EntityManager, principal: Principal, personId: string, forWrite: boolean, lock = false): Promise<void> {
    if (forWrite && scopeOf(principal).kind !== 'organization') throw new ForbiddenError('WORKER_READ_ONLY', 'Only HR of the worker’s organization may change a worker’s photo');
    const scope = visibleWorkersWhere(principal, 'p', forWrite ? this.clock.today() : undefined);
    const rows = await namedQuery(em, `SELECT 1 FROM persons p WHERE p.id = :personId AND ${scope.sql}${lock ? ' FOR UPDATE' : ''}`, {
      ...scope.params,
      personId,
    });
    if (rows.length === 0) throw new NotFoundError('Worker');
  }
}

function toInfo(r: PhotoRow): PhotoInfo {
  return { sizeBytes: r.size_bytes, width: r.width, height: r.height, sha256: r.sha256, uploadedAt: r.uploaded_at.toISOString() };
}
