import type { CodesOf, ErrorCatalogue } from './errors/error-code';

/**
 * The problem codes platform raises, and the generic ones every lib shares (a spreadsheet that
 * cannot be read, an illegal state change). The message is what the person who meets the code
 * reads (the problem's `title` starts with it); `docs/error-codes.md` lists every lib's.
 */
export const PLATFORM_ERROR_CODES = {
  ACCESS_UNDECLARED: { status: 403, message: '该功能尚未开放访问，请联系系统管理员' },
  BAD_REQUEST: { status: 400, message: '请求格式有误，请刷新页面后重试' },
  BAD_URL: { status: 400, message: '访问地址格式有误，请检查链接是否完整' },
  CONFLICT: { status: 409, message: '数据的状态已经变化，请刷新后重试' },
  DATABASE_UNAVAILABLE: { status: 503, message: '数据库暂时无法连接，请稍后重试' },
  DOCX_NOT_A_ZIP: { status: 400, message: '无法读取该文件，请上传 Word 文档（.docx）；旧版 .doc 请先另存为 .docx' },
  DOCX_NO_DOCUMENT: { status: 400, message: '该压缩包不是 Word 文档，请上传 .docx 文件' },
  DOCX_TOO_LARGE: { status: 400, message: 'Word 文档内容过大，请分成几个文件导入' },
  DOCX_UNREADABLE: { status: 400, message: '无法读取该 Word 文档，文件可能已损坏，请重新保存后上传' },
  DUPLICATE: { status: 409, message: '已有相同的记录，请刷新后核对' },
  FORBIDDEN: { status: 403, message: '当前账号无权进行此操作' },
  HEADERS_TOO_LARGE: { status: 431, message: '请求头过大，请清除本站的浏览器缓存后重试' },
  HTTP_ERROR: { status: [400, 500], message: '请求失败，请稍后重试' },
  IMPORT_FILE_UNREADABLE: { status: 422, message: '无法读取该文件，请上传用模板填写的 .xlsx 表格' },
  INTERNAL: { status: 500, message: '服务器出现错误，请稍后再试；如仍出错，请告知请求编号' },
  INVALID_TRANSITION: { status: 409, message: '当前状态下不能进行此操作，请刷新查看最新状态' },
  JSON_TOO_COMPLEX: { status: 400, message: '提交的数据层级或条目过多，请精简后重试' },
  METHOD_NOT_ALLOWED: { status: 405, message: '该接口不支持这种请求方式' },
  NOT_FOUND: { status: 404, message: '未找到相应记录，可能已删除或无权查看' },
  PAYLOAD_TOO_LARGE: { status: 413, message: '提交的内容过大，请减小后重试' },
  RATE_LIMITED: { status: 429, message: '操作过于频繁，请稍后再试' },
  REQUEST_TIMEOUT: { status: 408, message: '请求超时，请检查网络后重试' },
  ROLE_NOT_ALLOWED: { status: 403, message: '当前角色无权进行此操作' },
  SERVICE_UNAVAILABLE: { status: 503, message: '服务暂时不可用，请稍后重试' },
  UNAUTHENTICATED: { status: 401, message: '登录已过期，请重新登录' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: '不支持该文件或内容类型' },
  URI_TOO_LONG: { status: 414, message: '访问地址过长，请减少查询条件后重试' },
  VALIDATION_FAILED: { status: 400, message: '填写的内容有误，请按提示修改' },
  XLSX_REQUIRED: { status: 415, message: '请上传 .xlsx 格式的 Excel 表格' },
  ZIP_REQUIRED: { status: 415, message: '请上传 ZIP 压缩包' },
  ZIP_TOO_LARGE: { status: 413, message: 'ZIP 压缩包过大，请分成几个压缩包上传' },
  ZIP_TOO_LARGE_UNCOMPRESSED: { status: 400, message: 'ZIP 压缩包解压后过大，请分成几个压缩包上传' },
  ZIP_TOO_MANY_ENTRIES: { status: 400, message: 'ZIP 压缩包中的文件过多，请分成几个压缩包上传' },
  ZIP_UNREADABLE: { status: 400, message: 'ZIP 压缩包已损坏或格式不对，请重新压缩后上传' },
} as const satisfies ErrorCatalogue;

declare module './errors/error-code' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the catalogue's keys are the codes
  interface ErrorCodeRegistry extends CodesOf<typeof PLATFORM_ERROR_CODES> {}
}
