import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { organizationSql } from '@skill-ladder/identity';
import { AuditService, Clock, ConflictError, exceljs, Principal } from '@skill-ladder/platform';
import { occupationSql } from '@skill-ladder/standards';
import { CampaignRow, CampaignsService } from '../campaigns/campaigns.service';
import { BureauReportDto, CandidateResultDto } from './dto/results.dto';
import { REPORT_STATUS_LABELS, reportStatus } from './result-rules';
import { ResultEvaluationService } from './result-evaluation.service';


interface ReportRow {
  finalized_on: string | null;
  report_due_on: string | null;
  report_due_provisional: boolean | null;
  report_submitted_at: Date | null;
  report_submitted_on: string | null;
  organization_name: string;
  occupation_name: string | null;
}

/**
 * 结果上报: the finalized results of a campaign as the bureau covering the body sees and exports
 * them, due within 10 working days of finalization; HR records the submission.
 */
@Injectable()
export class BureauReportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly campaigns: CampaignsService,
    private readonly results: ResultEvaluationService,
  ) {}

  async get(principal: Principal, campaignId: string): Promise<BureauReportDto> {
    const em = this.dataSource.manager;
    const campaign = await this.campaigns.findVisible(em, principal, campaignId);
    return this.build(em, campaign);
  }

  /** HR reports the results to the bureau (上报); once only. */
  async submit(principal: Principal, campaignId: string): Promise<BureauReportDto> {
    return this.dataSource.transaction(async (em) => {
      const campaign = await this.campaigns.findVisible(em, principal, campaignId, 'FOR UPDATE');
      const before = await this.build(em, campaign);
      if (before.submittedAt) throw new ConflictError('REPORT_ALREADY_SUBMITTED', `The results were reported on ${before.submittedAt}`);
      await em.query('UPDATE result_publications SET report_submitted_at = $2, report_submitted_by = $3, updated_at = now() WHERE campaign_id = $1', [
        campaign.id,
        this.clock.now(),
        principal.userId,
      ]);
      const after = await this.build(em, campaign);
      await this.audit.record(em, principal, {
        action: 'campaign_results.report',
        entityType: 'campaign',
        entityId: campaign.id,
        organizationId: campaign.organization_id,
        before: { status: before.status, dueOn: before.dueOn },
        after: { status: after.status, dueOn: after.dueOn, submittedAt: after.submittedAt, results: after.items.length },
      });
      return after;
    });
  }

  /** The report as XLSX: one row per candidate, masked ID numbers, every cell text. */
  async xlsx(principal: Principal, campaignId: string): Promise<{ buffer: Buffer; filename: string }> {
    const report = await this.get(principal, campaignId);
    const components = [...new Map(report.items.flatMap((i) => i.components.map((c) => [c.component, c.label] as const))).entries()];
    const workbook = new (exceljs().Workbook)();
    const sheet = workbook.addWorksheet('认定结果');
    const headers = ['序号', '准考证号', '姓名', '身份证号码（脱敏）', '职业', '等级', ...components.map(([, label]) => label.split(' / ')[0]), '加权总成绩', '名次', '认定结果', '证书编号'];
    sheet.columns = headers.map((header, i) => ({ header, key: `c${i}`, width: i === 3 ? 22 : i === headers.length - 1 ? 26 : 14, style: { numFmt: '@' } }));
    sheet.getRow(1).font = { bold: true };
    report.items.forEach((item: CandidateResultDto, index) => {
      const scores = components.map(([kind]) => {
        const c = item.components.find((x) => x.component === kind);
        return c?.score === null || c === undefined ? '' : `${c.score}${c.carriedOver ? '（保留）' : ''}`;
      });
      sheet.addRow([
        String(index + 1), item.ticketNumber ?? '', item.name, item.idNumberMasked, report.occupationName, item.rankLabel.split(' / ')[0], ...scores,
        item.weightedTotal === null ? '' : String(item.weightedTotal), item.position === null ? '' : String(item.position), item.statusLabel.split(' / ')[0],
        item.certificateNumber ?? '',
      ]);
    });
    const meta = workbook.addWorksheet('上报信息');
    meta.getColumn(1).width = 20;
    meta.getColumn(2).width = 50;
    for (const row of [
      ['评价机构', report.organizationName],
      ['认定计划', report.campaignName],
      ['职业', `${report.occupationCode} ${report.occupationName}`],
      ['定稿日期', report.finalizedOn],
      ['上报截止日期', report.dueOn],
      ['上报状态', report.statusLabel.split(' / ')[0]],
    ]) {
      meta.addRow(row);
    }
    return { buffer: Buffer.from(await workbook.xlsx.writeBuffer()), filename: `results-report-${report.campaignId}.xlsx` };
  }

  private async build(em: EntityManager, campaign: CampaignRow): Promise<BureauReportDto> {
    const [row] = (await em.query(
      `SELECT rp.finalized_on::text AS finalized_on, rp.report_due_on::text AS report_due_on, rp.report_due_provisional, rp.report_submitted_at,
              (rp.report_submitted_at AT TIME ZONE 'Asia/Shanghai')::date::text AS report_submitted_on,
              ${organizationSql.name('rp.organization_id')} AS organization_name, ${occupationSql.name('CAST($2 AS text)')} AS occupation_name
         FROM result_publications rp
        WHERE rp.campaign_id = $1`,
      [campaign.id, campaign.occupation_code],
    )) as ReportRow[];
    if (!row?.finalized_on || !row.report_due_on) {
      throw new ConflictError('REPORT_NOT_READY', 'The results are reported to the bureau once the campaign is finalized');
    }
    const results = await this.results.resultsOf(em, campaign);
    const status = reportStatus(row.report_due_on, row.report_submitted_on, this.clock.today());
    return {
      campaignId: campaign.id,
      campaignName: campaign.name,
      organizationId: campaign.organization_id,
      organizationName: row.organization_name,
      occupationCode: campaign.occupation_code,
      occupationName: row.occupation_name ?? campaign.occupation_code,
      finalizedOn: row.finalized_on,
      dueOn: row.report_due_on,
      dueProvisional: row.report_due_provisional ?? false,
      status,
      statusLabel: REPORT_STATUS_LABELS[status],
      submittedAt: row.report_submitted_at?.toISOString() ?? null,
      items: results.items,
    };
  }
}
