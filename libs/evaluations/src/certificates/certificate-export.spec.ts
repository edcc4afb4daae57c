import ExcelJS from 'exceljs';
import { CERTIFICATE_EXPORT_COLUMNS, writeCertificateExport } from './certificate-export';

describe('certificate export (全国联网查询 upload layout)', () => {
  it('writes the header row and every field as text, keeping all digits of ID and certificate numbers', async () => {
    const buffer = await writeCertificateExport([
      {
        holderName: '王建国',
        idTypeLabel: '居民身份证',
        idNumber: '141102199003070012',
        occupationCode: '6-18-02-04',
        occupationName: '焊工',
        workType: '--',
        levelLabel: '三级/高级工',
        certificateNumber: 'Y000014000123263000001',
        issuedOn: '2026-09-30',
        bodyName: '山西吕梁焦化集团',
      },
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).values).toEqual([undefined, '姓名', '证件类型', '证件号码', '职业编码', '职业名称', '工种', '等级', '证书编号', '发证日期', '评价机构']);
    expect(sheet.getRow(2).values).toEqual([
      undefined, '王建国', '居民身份证', '141102199003070012', '6-18-02-04', '焊工', '--', '三级/高级工', 'Y000014000123263000001', '2026-09-30', '山西吕梁焦化集团',
    ]);
    expect(sheet.getCell('C2').numFmt).toBe('@');
    expect(sheet.rowCount).toBe(2);
    expect(CERTIFICATE_EXPORT_COLUMNS).toHaveLength(10);
  });
});
