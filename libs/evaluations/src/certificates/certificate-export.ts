import { exceljs } from '@skill-ladder/platform';

/*
 * A body's certificates for upload to the national query system (全国联网查询): one header row,
 * one certificate per row, every cell text so that ID numbers and certificate numbers keep all
 * their digits and dates are not shifted by a spreadsheet's time zone.
 */

export interface CertificateExportRow {
  holderName: string;
  idTypeLabel: string;
  idNumber: string;
  occupationCode: string;
  occupationName: string;
  workType: string;
  levelLabel: string;
  certificateNumber: string;
  issuedOn: string;
  bodyName: string;
}

export const CERTIFICATE_EXPORT_COLUMNS: readonly { key: keyof CertificateExportRow; header: string; width: number }[] = [
  { key: 'holderName', header: '姓名', width: 12 },
  { key: 'idTypeLabel', header: '证件类型', width: 12 },
  { key: 'idNumber', header: '证件号码', width: 22 },
  { key: 'occupationCode', header: '职业编码', width: 12 },
  { key: 'occupationName', header: '职业名称', width: 18 },
  { key: 'workType', header: '工种', width: 14 },
  { key: 'levelLabel', header: '等级', width: 14 },
  { key: 'certificateNumber', header: '证书编号', width: 26 },
  { key: 'issuedOn', header: '发证日期', width: 12 },
  { key: 'bodyName', header: '评价机构', width: 30 },
];

export async function writeCertificateExport(rows: readonly CertificateExportRow[]): Promise<Buffer> {
  const workbook = new (exceljs().Workbook)();
  const sheet = workbook.addWorksheet('证书信息');
  sheet.columns = CERTIFICATE_EXPORT_COLUMNS.map((c) => ({ key: c.key, header: c.header, width: c.width, style: { numFmt: '@' } }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(CERTIFICATE_EXPORT_COLUMNS.map((c) => row[c.key]));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
