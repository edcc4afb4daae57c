import type { CodesOf, ErrorCatalogue } from '@skill-ladder/platform';

/** The problem codes workforce raises (worker records, imports, photos); see docs/error-codes.md. */
export const WORKFORCE_ERROR_CODES = {
  AGENCY_REGISTERS_DISPATCHED_ONLY: { status: 422, message: '派遣机构只能登记劳务派遣人员' },
  CERTIFICATE_NUMBER_TAKEN: { status: 409, message: '该证书编号已登记在其他证书记录中，请核对' },
  CREDENTIAL_NOT_CLOSABLE: { status: 409, message: '只有本平台颁发且仍有效的证书才能注销或撤销' },
  EMPLOYMENT_ALREADY_ENDED: { status: 409, message: '该段任职已经结束' },
  EMPLOYMENT_INCOMPLETE: { status: 422, message: '任职信息不完整，请补全必填项' },
  END_BEFORE_HIRE: { status: 422, message: '离职日期不能早于入职日期' },
  IDENTITY_MISMATCH: { status: 409, message: '该身份证号已以另一姓名登记，请核对；如有疑问请联系人社局' },
  IMPORT_FILE_TOO_LARGE: { status: 413, message: '表格文件过大，请拆分成几个文件分别导入' },
  IMPORT_SHEET_INVALID: { status: 422, message: '表格格式与模板不符，请下载最新模板填写后再导入' },
  INVALID_ID_NUMBER: { status: 422, message: '身份证号码无效，请核对' },
  ORGANIZATION_NOT_ELIGIBLE: { status: 422, message: '所填单位不存在或类型不符' },
  PHOTO_REQUIRED: { status: 415, message: '请上传 JPEG 或 PNG 格式的照片' },
  PHOTO_TOO_LARGE: { status: 413, message: '照片文件过大，请压缩后重新上传' },
  PHOTO_TOO_MANY_PIXELS: { status: 400, message: '照片像素过多，请缩小尺寸后重新上传' },
  PHOTO_TOO_SMALL: { status: 422, message: '照片尺寸太小，请上传更清晰的证件照' },
  PHOTO_TYPE_MISMATCH: { status: 415, message: '照片的实际格式与文件类型不符，请重新导出后上传' },
  PHOTO_TYPE_NOT_ALLOWED: { status: 415, message: '照片须为 JPEG 或 PNG 图片' },
  PHOTO_UNREADABLE: { status: 400, message: '照片文件已损坏或不完整，无法识别' },
  RELATION_EXISTS: { status: 409, message: '这条人员关系已经登记过' },
  RELATION_TO_SELF: { status: 422, message: '不能登记与本人的关系' },
  WORK_ORGANIZATION_RESTRICTED: { status: 403, message: '企业只能登记在本企业工作的职工' },
  WORKER_ALREADY_REGISTERED: { status: 409, message: '该人员已经登记，请在人员档案中查找' },
  WORKER_IMPORT_RESTRICTED: { status: 403, message: '职工名册由企业人事管理员导入' },
  WORKER_READ_ONLY: { status: 403, message: '只有职工所在单位的人事管理员可以修改其档案和照片' },
  WORKER_REGISTRATION_RESTRICTED: { status: 403, message: '职工由企业或派遣机构登记' },
} as const satisfies ErrorCatalogue;

declare module '@skill-ladder/platform' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the catalogue's keys are the codes
  interface ErrorCodeRegistry extends CodesOf<typeof WORKFORCE_ERROR_CODES> {}
}
