import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditEventInput, AuditService, Clock, DomainError, ForbiddenError, maskResidentId, namedQuery, PiiCipher, Principal, requireOrganization, scopeOf, validateResidentId } from '@skill-ladder/platform';
import { visibleWorkersWhere } from '../workforce-scope';
import { checkPhotoUpload, MAX_PHOTO_UPLOAD_BYTES, NormalizedPhoto, normalizePhoto } from './photo-normalize';
import { photoZipEntries } from './photo-zip';
import { WorkerPhotosService } from './worker-photos.service';

export const PHOTO_IMPORT_STATUSES = ['saved', 'bad_name', 'unknown_id', 'name_mismatch', 'not_an_image', 'duplicate'] as const;
export type PhotoImportStatus = (typeof PHOTO_IMPORT_STATUSES)[number];

export interface PhotoImportFile {
  /** The file's name with the ID number masked, as everywhere outside the certificate. */
  filename: string;
  status: PhotoImportStatus;
  /** The worker the file was matched to, when it was. */
  personId: string | null;
  message: string;
}

export interface PhotoImportReport {
  total: number;
  saved: number;
  files: PhotoImportFile[];
}

/** `姓名-身份证号.jpg` (or .jpeg / .png). */
const FILE_NAME = /^(.+?)-([0-9]{17}[0-9Xx])\.(jpe?g|png)$/i;

/**
 * 照片批量导入: a ZIP of `姓名-身份证号.jpg` files. Each file is matched by ID number (the blind
 * index, never decrypting) among the workers HR may change, then by name; each matched photo is
 * checked and normalized as a single upload is. Files that match and decode are saved together
 * in one transaction, each with its own audit event; the others are reported with why.
 */
@Injectable()
export class PhotoImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: PiiCipher,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly photos: WorkerPhotosService,
  ) {}

  async importZip(principal: Principal, body: unknown): Promise<PhotoImportReport> {
    if (scopeOf(principal).kind !== 'organization') throw new ForbiddenError('WORKER_READ_ONLY', 'Only HR may import photos');
    if (!Buffer.isBuffer(body) || body.length === 0) {
      throw new DomainError(415, 'ZIP_REQUIRED', '请上传 ZIP 压缩包 / Unsupported media type', 'Send a ZIP archive as the request body (content-type application/zip)');
    }
    const entries = await photoZipEntries(body);
    const files: (PhotoImportFile & { idNumber?: string; name?: string; read?: () => Promise<Buffer>; size?: number })[] = entries.map((e) => {
      const m = FILE_NAME.exec(e.name);
      if (!m) return { filename: e.name, status: 'bad_name', personId: null, message: '文件名应为“姓名-身份证号.jpg” / name the file 姓名-身份证号.jpg' };
      const idNumber = m[2].toUpperCase();
      if (!validateResidentId(idNumber).valid) return { filename: e.name, status: 'unknown_id', personId: null, message: '身份证号无效 / not a valid ID number' };
      return { filename: e.name, status: 'saved', personId: null, message: '', idNumber, name: m[1].trim(), read: e.read, size: e.uncompressedSize };
    });

    const counts = new Map<string, number>();
    for (const f of files) if (f.idNumber) counts.set(f.idNumber, (counts.get(f.idNumber) ?? 0) + 1);
    for (const f of files) {
      if (f.idNumber && (counts.get(f.idNumber) ?? 0) > 1) Object.assign(f, { status: 'duplicate', message: '同一身份证号有多个文件，均未导入 / several files for one ID number, none imported' });
    }

    const candidates = files.filter((f) => f.status === 'saved');
    const scope = visibleWorkersWhere(principal, 'p', this.clock.today());
    const found = candidates.length
      ? await namedQuery<{ id: string; full_name: string; id_number_index: Buffer }>(
          this.dataSource,
          `SELECT p.id, p.full_name, p.id_number_index FROM persons p WHERE p.id_number_index = ANY(:indexes::bytea[]) AND ${scope.sql}`,
          { ...scope.params, indexes: candidates.map((f) => this.cipher.blindIndex(f.idNumber as string)) },
        )
      : [];
    const byIndex = new Map(found.map((p) => [p.id_number_index.toString('hex'), p]));
    const ready: { file: (typeof files)[number]; photo: NormalizedPhoto }[] = [];
    for (const f of candidates) {
      const person = byIndex.get(this.cipher.blindIndex(f.idNumber as string).toString('hex'));
      if (!person) {
        Object.assign(f, { status: 'unknown_id', message: '本单位在职职工中没有该身份证号 / no current worker of yours has this ID number' });
        continue;
      }
      f.personId = person.id;
      if (person.full_name !== f.name) {
        Object.assign(f, { status: 'name_mismatch', message: '姓名与该身份证号登记的姓名不一致 / the name does not match the worker with this ID number' });
        continue;
      }
      try {
        if ((f.size ?? 0) > MAX_PHOTO_UPLOAD_BYTES) checkPhotoUpload(Buffer.alloc(MAX_PHOTO_UPLOAD_BYTES + 1), undefined);
        const data = await (f.read as () => Promise<Buffer>)();
        ready.push({ file: f, photo: await normalizePhoto(checkPhotoUpload(data, undefined)) });
      } catch (error) {
        const why = error instanceof DomainError ? error.title.split(' / ')[0] : '无法读取 / cannot be read';
        Object.assign(f, { status: 'not_an_image', message: why });
      }
    }

    await this.dataSource.transaction(async (em) => {
      const events: AuditEventInput[] = [];
      if (ready.length) {
        await em.query('SELECT id FROM persons WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE', [ready.map((r) => r.file.personId)]);
      }
      for (const { file, photo } of ready) {
        const before = await this.photos.info(em, file.personId as string);
        const after = await this.photos.save(em, principal, file.personId as string, photo);
        file.message = before ? '已更换照片 / photo replaced' : '已导入 / imported';
        events.push({
          action: 'worker.photo_import',
          entityType: 'person',
          entityId: file.personId as string,
          organizationId: requireOrganization(principal),
          before,
          after,
        });
      }
      await this.audit.recordMany(em, principal, events);
    });

    return {
      total: files.length,
      saved: ready.length,
      files: files.map(({ filename, status, personId, message }) => ({ filename: maskIdNumbers(filename), status, personId, message })),
    };
  }
}

function maskIdNumbers(filename: string): string {
  return filename.replace(/[0-9]{17}[0-9Xx]/g, (id) => maskResidentId(id.toUpperCase()));
}
