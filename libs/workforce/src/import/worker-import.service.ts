import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { OrganizationsReader } from '@skill-ladder/identity';
import {
  ConflictError,
  DomainError,
  ForbiddenError,
  PiiCipher,
  Principal,
  sniffFileType,
  UnprocessableError,
} from '@skill-ladder/platform';
import { WorkerImportReportDto } from '../dto/worker-import.dto';
import { BulkWorkerRow, WorkersService } from '../workers.service';
import {
  MAX_WORKER_IMPORT_BYTES,
  ParsedWorkerSheet,
  readWorkerSheet,
  rowMessage,
  WORKER_COLUMN_LABELS,
  WorkerSheetError,
  WorkerSheetRow,
  writeWorkerTemplate,
} from './worker-sheet';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * HR of an enterprise registers its workers from an XLSX file. All or nothing: every row is
 * checked by the rules of `POST /workers` and against what is on file; if any row is bad nothing
 * is written and the report lists every bad row, so the file is fixed and uploaded again whole.
 */
@Injectable()
export class WorkerImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly workers: WorkersService,
    private readonly cipher: PiiCipher,
    private readonly organizations: OrganizationsReader,
  ) {}

  template(): Promise<Buffer> {
    return writeWorkerTemplate();
  }

  async importSheet(principal: Principal, buffer: Buffer): Promise<WorkerImportReportDto> {
    if (principal.organizationKind !== 'enterprise') {
      throw new ForbiddenError('WORKER_IMPORT_RESTRICTED', 'Workers are imported by HR of an enterprise');
    }
    if (buffer.length > MAX_WORKER_IMPORT_BYTES) {
      throw new DomainError(413, 'IMPORT_FILE_TOO_LARGE', '文件过大 / File too large', `The workbook may be at most ${MAX_WORKER_IMPORT_BYTES / 1024 / 1024} MB; split the list into several files`);
    }
    if (sniffFileType(buffer) !== XLSX_MIME) {
      throw new DomainError(415, 'XLSX_REQUIRED', '不支持的文件类型 / Unsupported media type', 'Upload the filled-in template as an XLSX workbook');
    }
    let parsed: ParsedWorkerSheet;
    try {
      parsed = await readWorkerSheet(buffer);
    } catch {
      throw new UnprocessableError('IMPORT_FILE_UNREADABLE', 'The file is not a readable XLSX workbook');
    }
    if (parsed.fatal) {
      throw new UnprocessableError(
        'IMPORT_SHEET_INVALID',
        'The sheet cannot be read as a list of workers',
        parsed.errors.map((e) => ({ field: `rows[${e.row}]${e.field ? `.${e.field}` : ''}`, code: e.code, message: e.message })),
      );
    }
    return this.importParsed(principal, parsed);
  }

  /**
   * The rows of a sheet already read and checked cell by cell (`parseWorkerLines`): checked against
   * what is on file and registered in one transaction, all or nothing. `importSheet` after reading
   * the workbook; `npm run bench:bulk-import` calls it directly to time the import without XLSX.
   */
  async importParsed(principal: Principal, parsed: ParsedWorkerSheet): Promise<WorkerImportReportDto> {
    if (principal.organizationKind !== 'enterprise') {
      throw new ForbiddenError('WORKER_IMPORT_RESTRICTED', 'Workers are imported by HR of an enterprise');
    }
    const rowCount = parsed.rows.length + new Set(parsed.errors.map((e) => e.row)).size;
    return this.dataSource.transaction(async (em) => {
      const errors: WorkerSheetError[] = [...parsed.errors];
      const add = (row: number, field: WorkerSheetError['field'], code: string, text: string) => errors.push({ row, field, code, message: rowMessage(row, field, text) });
      const agencies = await this.agencies(em, parsed.rows);
      const registered = await this.registeredIdNumbers(em, parsed.rows);
      const batch: BulkWorkerRow[] = [];
      for (const { row, value, agency } of parsed.rows) {
        let employerOrganizationId: string | undefined;
        if (agency) {
          employerOrganizationId = agencies.get(agency);
          if (!employerOrganizationId) {
            add(row, 'agency', 'organizationKind', '没有该名称或统一社会信用代码的在册劳务派遣单位 / no active dispatch agency by this name or credit code');
          }
        }
        if (registered.has(value.idNumber)) {
          add(row, 'idNumber', 'alreadyRegistered', '该身份证号码已在平台登记，请在职工页逐个登记以关联已有档案 / already registered: register this worker on their own to link the record');
        }
        batch.push({ ...value, employment: { ...value.employment, employerOrganizationId } });
      }
      const badRows = groupByRow(errors);
      if (badRows.length > 0) return { rows: rowCount, created: 0, workerIds: [], badRows };

      const result = await this.workers.bulkRegister(em, principal, batch, { action: 'worker.import', after: { rows: rowCount, source: 'xlsx' } });
      // Someone registered one of these people since the check above: the whole batch rolls back.
      if (result.skipped > 0) throw new ConflictError('WORKER_ALREADY_REGISTERED', 'A worker of this file was registered at the same moment; upload the file again');
      return { rows: rowCount, created: result.created, workerIds: result.ids, badRows: [] };
    });
  }

  /** The active dispatch agencies the rows name, by name or 统一社会信用代码. */
  private async agencies(em: EntityManager, rows: WorkerSheetRow[]): Promise<Map<string, string>> {
    const named = [...new Set(rows.map((r) => r.agency).filter((a): a is string => a !== null))];
    const map = new Map<string, string>();
    for (const org of await this.organizations.activeAgenciesNamed(named, em)) {
      map.set(org.name, org.id);
      if (org.creditCode) map.set(org.creditCode, org.id);
    }
    return map;
  }

  /** The rows' ID numbers that are already on file (compared by blind index; none leaves the database). */
  private async registeredIdNumbers(em: EntityManager, rows: WorkerSheetRow[]): Promise<Set<string>> {
    if (rows.length === 0) return new Set();
    const byIndex = new Map(rows.map((r) => [this.cipher.blindIndex(r.value.idNumber).toString('hex'), r.value.idNumber]));
    const found: { id_number_index: Buffer }[] = await em.query('SELECT id_number_index FROM persons WHERE id_number_index = ANY($1::bytea[])', [
      [...byIndex.keys()].map((hex) => Buffer.from(hex, 'hex')),
    ]);
    return new Set(found.map((f) => byIndex.get(f.id_number_index.toString('hex')) as string));
  }
}

function groupByRow(errors: WorkerSheetError[]): WorkerImportReportDto['badRows'] {
  const rows = new Map<number, WorkerImportReportDto['badRows'][number]>();
  for (const e of [...errors].sort((a, b) => a.row - b.row)) {
    const entry = rows.get(e.row) ?? { row: e.row, errors: [] };
    entry.errors.push({ field: e.field, fieldLabel: e.field ? WORKER_COLUMN_LABELS[e.field] : null, code: e.code, message: e.message });
    rows.set(e.row, entry);
  }
  return [...rows.values()];
}
