import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService, ConflictError, DomainError, FileStorage, ForbiddenError, NotFoundError, Principal, scopeOf, sniffFileType } from '@skill-ladder/platform';
import { APPLICATION_CHANGES } from '../campaigns/campaign-scope';
import { CampaignsService } from '../campaigns/campaigns.service';
import { ApplicationsService } from './applications.service';
import { ApplicationFileDto } from './dto/application.dto';

/** Evidence (证明材料) is a PDF scan or a photo; anything else is refused by its content. */
export const EVIDENCE_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export type EvidenceType = (typeof EVIDENCE_TYPES)[number];
export const MAX_EVIDENCE_BYTES = 5 * 1024 * 1024;
export const MAX_FILES_PER_APPLICATION = 20;

const EXTENSIONS: Readonly<Record<EvidenceType, string>> = { 'application/pdf': 'pdf', 'image/png': 'png', 'image/jpeg': 'jpg' };

interface FileRow {
  id: string;
  filename: string;
  content_type: EvidenceType;
  size_bytes: number;
  sha256: string;
  storage_key: string;
  created_at: Date;
}

/** Evidence files of an application: uploaded by the applicant or HR of the body, read by whoever sees the application. */
@Injectable()
export class ApplicationFilesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly storage: FileStorage,
    private readonly applications: ApplicationsService,
    private readonly campaigns: CampaignsService,
  ) {}

  async upload(principal: Principal, applicationId: string, body: unknown, declaredType: string | undefined, filename?: string): Promise<ApplicationFileDto> {
    if (!Buffer.isBuffer(body) || body.length === 0) {
      throw new DomainError(415, 'FILE_REQUIRED', '不支持的内容类型 / Unsupported media type', 'Send the file as the request body with content-type application/pdf, image/png or image/jpeg');
    }
    if (body.length > MAX_EVIDENCE_BYTES) {
      throw new DomainError(413, 'FILE_TOO_LARGE', '文件过大 / Payload too large', `Evidence files may be at most ${MAX_EVIDENCE_BYTES / 1024 / 1024} MB`);
    }
    const sniffed = sniffFileType(body);
    if (!sniffed || !(EVIDENCE_TYPES as readonly string[]).includes(sniffed)) {
      throw new DomainError(415, 'FILE_TYPE_NOT_ALLOWED', '不支持的文件类型 / Unsupported media type', 'Evidence must be a PDF, PNG or JPEG file (checked by its content)');
    }
    const declared = declaredType?.split(';')[0].trim().toLowerCase();
    if (declared && declared !== 'application/octet-stream' && declared !== sniffed) {
      throw new DomainError(415, 'FILE_TYPE_MISMATCH', '文件类型不符 / Unsupported media type', `The content is ${sniffed}, not ${declared}`);
    }
    const type = sniffed as EvidenceType;
    // The file is written before the row; if anything fails up to and including the commit, the
    // file goes too, so no evidence is left on disk without its row.
    let storedKey: string | null = null;
    return this.dataSource.transaction(async (em) => {
      const found = await this.applications.findVisible(em, principal, applicationId);
      if (!APPLICATION_CHANGES.allows(scopeOf(principal), { organizationId: found.organization_id, personId: found.person_id })) throw new ForbiddenError('APPLICATION_READ_ONLY', 'Only the applicant or HR of the evaluation body may add evidence');
      const campaign = await this.campaigns.lockById(em, found.campaign_id, 'FOR SHARE');
      if (campaign.status !== 'registration_open' && campaign.status !== 'registration_closed') {
        throw new ConflictError('CAMPAIGN_NOT_IN_REGISTRATION', 'Evidence can be added only until assessment starts');
      }
      const [application] = await em.query(
        `SELECT a.status, (SELECT count(*)::int FROM application_files f WHERE f.application_id = a.id) AS files FROM applications a WHERE a.id = $1 FOR UPDATE`,
        [applicationId],
      );
      if (application.status !== 'pending' && application.status !== 'approved') {
        throw new ConflictError('APPLICATION_CLOSED', `Evidence cannot be added to an application that is ${application.status}`);
      }
      if (application.files >= MAX_FILES_PER_APPLICATION) {
        throw new ConflictError('TOO_MANY_FILES', `An application holds at most ${MAX_FILES_PER_APPLICATION} evidence files`);
      }
      const stored = await this.storage.put(body, 'applications');
      storedKey = stored.key;
      const [row] = (await em.query(
        `INSERT INTO application_files (application_id, storage_key, filename, content_type, size_bytes, sha256, uploaded_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         RETURNING id, filename, content_type, size_bytes, sha256, storage_key, created_at`,
        [applicationId, stored.key, filename ?? `evidence-${application.files + 1}.${EXTENSIONS[type]}`, type, stored.size, stored.sha256, principal.userId],
      )) as FileRow[];
      const response = toFileResponse(row);
      await this.audit.record(em, principal, {
        action: 'application.file_upload',
        entityType: 'application',
        entityId: applicationId,
        organizationId: found.organization_id,
        after: response,
      });
      return response;
    }).catch(async (error: unknown) => {
      if (storedKey) await this.storage.remove(storedKey);
      throw error;
    });
  }

  async list(principal: Principal, applicationId: string): Promise<ApplicationFileDto[]> {
    await this.applications.findVisible(this.dataSource.manager, principal, applicationId);
    const rows: FileRow[] = await this.dataSource.query(
      `SELECT id, filename, content_type, size_bytes, sha256, storage_key, created_at FROM application_files WHERE application_id = $1 ORDER BY created_at, id`,
      [applicationId],
    );
    return rows.map(toFileResponse);
  }

  async download(principal: Principal, applicationId: string, fileId: string): Promise<{ data: Buffer; contentType: EvidenceType; filename: string }> {
    await this.applications.findVisible(this.dataSource.manager, principal, applicationId);
    const [row] = (await this.dataSource.query(
      `SELECT id, filename, content_type, size_bytes, sha256, storage_key, created_at FROM application_files WHERE id = $1 AND application_id = $2`,
      [fileId, applicationId],
    )) as FileRow[];
    if (!row) throw new NotFoundError('Evidence file');
    return { data: await this.storage.get(row.storage_key), contentType: row.content_type, filename: row.filename };
  }
}

function toFileResponse(r: FileRow): ApplicationFileDto {
  return { id: r.id, filename: r.filename, contentType: r.content_type, sizeBytes: r.size_bytes, sha256: r.sha256, createdAt: r.created_at.toISOString() };
}
