import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService, DomainError, PiiCipher, Principal, sniffFileType, UnprocessableError } from '@skill-ladder/platform';
import { WorkersReader } from '@skill-ladder/workforce';
import { CampaignsService } from '../campaigns/campaigns.service';
import { NationalRank } from '../draw/ranks';
import { ApplicationRegistrationService } from './application-registration.service';
import { APPLICATION_COLUMN_LABELS, ApplicationColumn, ApplicationSheetError, readApplicationSheet, writeApplicationTemplate } from './application-sheet';
import { XLSX_MIME } from './applications.service';
import { ApplicationImportReportDto, ImportBadRowDto } from './dto/application.dto';

/** HR's XLSX registration of many workers at once (批量报名): the template, and the upload, every row or none. */
@Injectable()
export class ApplicationImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly campaigns: CampaignsService,
    private readonly registration: ApplicationRegistrationService,
    private readonly cipher: PiiCipher,
    private readonly workersReader: WorkersReader,
  ) {}

  /**
   * HR registers many workers from an XLSX upload: every row or none. Every row is checked in one
   * transaction; if any is bad nothing is saved and the answer lists each bad row with its field
   * errors. A row whose worker already holds a live application at that level is reported, not
   * saved again, so the corrected file can be uploaded whole.
   */
  async importSheet(principal: Principal, campaignId: string, buffer: Buffer): Promise<ApplicationImportReportDto> {
    if (sniffFileType(buffer) !== XLSX_MIME) {
      throw new DomainError(415, 'XLSX_REQUIRED', '不支持的文件类型 / Unsupported media type', 'Upload the filled-in template as an XLSX workbook');
    }
    try {
      return await this.importRows(principal, campaignId, buffer);
    } catch (error) {
      if (error instanceof ImportRefused) return error.report;
      throw error;
    }
  }

  /** Registers every row in one transaction; any bad row throws ImportRefused, rolling back the rows before it and their seats. */
  private importRows(principal: Principal, campaignId: string, buffer: Buffer): Promise<ApplicationImportReportDto> {
    return this.dataSource.transaction(async (em) => {
      const campaign = await this.campaigns.findVisible(em, principal, campaignId, 'FOR SHARE');
      this.registration.assertRegistrationOpen(campaign);
      const ctx = await this.registration.context(em, campaign);
      let parsed: Awaited<ReturnType<typeof readApplicationSheet>>;
      try {
        parsed = await readApplicationSheet(buffer, [...ctx.ranks] as NationalRank[]);
      } catch {
        throw new UnprocessableError('IMPORT_FILE_UNREADABLE', 'The file is not a readable XLSX workbook');
      }
      if (parsed.fatal) throw new UnprocessableError('IMPORT_SHEET_INVALID', 'The sheet cannot be read as a list of candidates', toFieldErrors(parsed.errors));

      const errors: ApplicationSheetError[] = [...parsed.errors];
      const report: ApplicationImportReportDto = { rows: 0, created: 0, applications: [], alreadyRegistered: [], badRows: [] };
      const people = await this.peopleByIdNumber(em, campaign.organization_id, ctx.today, parsed.rows.map((r) => r.value.idNumber));
      const rowError = (row: number, field: ApplicationColumn, code: string, text: string) =>
        errors.push({ row, field, code, message: `第${row}行「${APPLICATION_COLUMN_LABELS[field]}」：${text}` });
      for (const { row, value } of parsed.rows) {
        const person = people.get(value.idNumber);
        if (!person) {
          rowError(row, 'idNumber', 'notFound', '本单位在岗职工中没有该身份证号码，请先登记职工信息 / no worker of your enterprise has this ID number');
          continue;
        }
        if (person.fullName !== value.fullName) {
          rowError(row, 'fullName', 'mismatch', '与该身份证号码登记的姓名不一致 / does not match the name on record for this ID number');
          continue;
        }
        try {
          const registered = await this.registration.register(em, principal, ctx, person.id, value.rank, 'import');
          if (registered.outcome === 'exists') report.alreadyRegistered.push({ row, applicationId: registered.id });
          else report.applications.push({ row, applicationId: registered.id, eligible: registered.eligible });
        } catch (error) {
          // Refusals are raised before any failed statement, so the transaction carries on with the next row.
          if (!(error instanceof DomainError)) throw error;
          if (error.code === 'LEVEL_FULL') rowError(row, 'rank', 'full', '该等级名额已满 / no seats left at this level');
          else if (error.code === 'EMPLOYMENT_TYPE_NOT_ALLOWED') rowError(row, 'idNumber', 'employmentType', error.errors?.[0]?.message ?? error.message);
          else rowError(row, 'idNumber', 'notFound', '本单位在岗职工中没有该身份证号码，请先登记职工信息 / no worker of your enterprise has this ID number');
        }
      }
      report.rows = parsed.rows.length + new Set(parsed.errors.map((e) => e.row)).size;
      report.created = report.applications.length;
      report.badRows = groupByRow(errors);
      if (report.badRows.length > 0) throw new ImportRefused({ ...report, created: 0, applications: [] });
      if (report.created > 0) {
        await this.audit.record(em, principal, {
          action: 'application.import',
          entityType: 'campaign',
          entityId: campaign.id,
          organizationId: campaign.organization_id,
          after: {
            rows: report.rows,
            created: report.created,
            alreadyRegistered: report.alreadyRegistered.length,
            badRows: report.badRows.map((r) => r.row),
            applicationIds: report.applications.map((a) => a.applicationId),
          },
        });
      }
      return report;
    });
  }

  /** The XLSX template of a campaign: zh-CN headers and the campaign's levels. */
  async template(principal: Principal, campaignId: string): Promise<{ buffer: Buffer; filename: string }> {
    const campaign = await this.campaigns.findVisible(this.dataSource.manager, principal, campaignId);
    const ranks: { rank: NationalRank }[] = await this.dataSource.query(
      `SELECT rank FROM campaign_levels WHERE campaign_id = $1 ORDER BY skill_rank_order(rank)`,
      [campaign.id],
    );
    const buffer = await writeApplicationTemplate({ name: campaign.name, ranks: ranks.map((r) => r.rank) });
    return { buffer, filename: `campaign-${campaign.number}-applications.xlsx` };
  }

  /** Workers who work at the body today, by the ID numbers given (through the keyed hash, never in clear). */
  private async peopleByIdNumber(em: EntityManager, organizationId: string, today: string, idNumbers: string[]): Promise<Map<string, { id: string; fullName: string }>> {
    if (idNumbers.length === 0) return new Map();
    const byIndex = new Map(idNumbers.map((n) => [this.cipher.blindIndex(n).toString('hex'), n]));
    const people = await this.workersReader.workingAtByIdNumberIndex(
      { organizationId, on: today, idNumberIndexes: [...byIndex.keys()].map((hex) => Buffer.from(hex, 'hex')) },
      em,
    );
    return new Map(people.map((p) => [byIndex.get(p.idNumberIndex.toString('hex')) as string, { id: p.personId, fullName: p.fullName }]));
  }
}

function groupByRow(errors: ApplicationSheetError[]): ImportBadRowDto[] {
  const rows = new Map<number, ImportBadRowDto>();
  for (const e of [...errors].sort((a, b) => a.row - b.row)) {
    const entry = rows.get(e.row) ?? { row: e.row, errors: [] };
    entry.errors.push({ field: e.field, code: e.code, message: e.message });
    rows.set(e.row, entry);
  }
  return [...rows.values()];
}

function toFieldErrors(errors: ApplicationSheetError[]) {
  return errors.map((e) => ({ field: `rows[${e.row}]${e.field ? `.${e.field}` : ''}`, code: e.code, message: e.message }));
}

/** A sheet with a bad row: nothing of it is saved, the report says why. */
class ImportRefused extends Error {
  constructor(readonly report: ApplicationImportReportDto) {
    super('import refused');
  }
}
