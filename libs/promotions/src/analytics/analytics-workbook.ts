import type * as ExcelJS from 'exceljs';
import { exceljs } from '@skill-ladder/platform';
import type { AnalyticsReport } from './analytics.service';

type Cell = string | number | null;

function sheet(book: ExcelJS.Workbook, name: string, header: string[], rows: Cell[][]): void {
  const ws = book.addWorksheet(name);
  ws.addRow(header).font = { bold: true };
  for (const row of rows) ws.addRow(row);
  ws.columns.forEach((column, i) => {
    column.width = Math.min(40, Math.max(10, ...[header[i], ...rows.map((r) => r[i])].map((v) => String(v ?? '').length * 2)));
  });
}

const RATE_HEADER = ['职工人数', '持证人数', '持证率(%)', '高技能人才', '高技能人才占比(%)'];

/** The views of the report, each a sheet of the workbook; the web app's charts export one each. */
export const ANALYTICS_SECTIONS = ['overview', 'enterprises', 'byRank', 'byOccupation', 'byEmploymentType', 'pipeline', 'passRates', 'evaluatorSeverity', 'appointments'] as const;
export type AnalyticsSection = (typeof ANALYTICS_SECTIONS)[number];

/** The analytics report as an XLSX workbook: one sheet per view (or the one asked for), zh-CN headers. */
export async function analyticsWorkbook(report: AnalyticsReport, only?: AnalyticsSection): Promise<Buffer> {
  const book = new (exceljs().Workbook)();
  book.created = new Date(`${report.asOf}T00:00:00+08:00`);
  const r = (x: { workers: number; certified: number; certificationRate: number | null; highSkilled: number; highSkilledShare: number | null }): Cell[] => [
    x.workers,
    x.certified,
    x.certificationRate,
    x.highSkilled,
    x.highSkilledShare,
  ];
  const sections: Record<AnalyticsSection, () => void> = {
    overview: () =>
      sheet(book, '概览', ['统计范围', '行政区划', '统计日期', ...RATE_HEADER], [
        [report.scope.organizationName ?? report.scope.regionName ?? report.scope.regionCode, report.scope.regionCode, report.asOf, ...r(report.totals)],
      ]),
    enterprises: () => sheet(book, '按企业', ['企业', '行政区划', ...RATE_HEADER], report.enterprises.map((e) => [e.name, e.regionCode, ...r(e)])),
    byRank: () => sheet(book, '按等级', ['等级', '人数'], report.byRank.map((x) => [x.label, x.workers])),
    byOccupation: () =>
      sheet(book, '按职业', ['职业编码', '职业名称', ...RATE_HEADER], report.byOccupation.map((x) => [x.occupationCode ?? '--', x.occupationName ?? '--', ...r(x)])),
    byEmploymentType: () => sheet(book, '按用工形式', ['用工形式', ...RATE_HEADER], report.byEmploymentType.map((x) => [x.label, ...r(x)])),
    pipeline: () =>
      sheet(book, '晋级储备', ['下一等级', '现已符合', '6个月内符合', '12个月内符合'], [
        ...report.pipeline.byNextRank.map((x) => [x.label, x.now, x.within6Months, x.within12Months]),
        ['合计', report.pipeline.now, report.pipeline.within6Months, report.pipeline.within12Months],
      ]),
    passRates: () =>
      sheet(book, '通过率', ['职业编码', '职业名称', '参评人数', '通过', '未通过', '成绩无效', '通过率(%)'], report.passRates.map((x) => [
        x.occupationCode,
        x.occupationName ?? '--',
        x.candidates,
        x.passed,
        x.failed,
        x.voided,
        x.passRate,
      ])),
    evaluatorSeverity: () =>
      sheet(book, '考评员宽严', ['考评员', '评分表数', '考生数', '平均给分', `与评分组均分之差（分，至少${report.evaluatorSeverity.minSheets}份评分表）`], report.evaluatorSeverity.evaluators.map((x) => [
        x.name,
        x.sheets,
        x.candidates,
        x.meanScore,
        x.meanDeviation,
      ])),
    appointments: () =>
      sheet(book, '评聘名额', ['企业', '等级', '名额', '已聘', '剩余', '说明'], report.appointments.map((a) => [a.organizationName, a.tierName, a.limit, a.held, a.remaining, a.explanation])),
  };
  for (const section of only ? [only] : ANALYTICS_SECTIONS) sections[section]();
  return Buffer.from(await book.xlsx.writeBuffer());
}
