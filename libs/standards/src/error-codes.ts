import type { CodesOf, ErrorCatalogue } from '@skill-ladder/platform';

/** The problem codes standards raises (occupations, standards and versions, tiers, title mappings); see docs/error-codes.md. */
export const STANDARDS_ERROR_CODES = {
  COMMENT_REQUIRED: { status: 422, message: '这一步需要填写审核意见' },
  EFFECTIVE_DATE_IN_PAST: { status: 422, message: '生效日期不能早于今天' },
  EFFECTIVE_DATE_NOT_AFTER_CURRENT: { status: 422, message: '新版本的生效日期须晚于现行版本的生效日期' },
  EFFECTIVE_RANGE_INVALID: { status: 422, message: '失效日期不能早于生效日期' },
  EFFECTIVE_TO_IN_PAST: { status: 422, message: '已生效的规则最早只能在今天结束，且不能早于生效日期' },
  IMPORT_ROWS_INVALID: { status: 422, message: '表格中有填写错误的行，整个文件未导入；请按提示修改后重新导入' },
  LEVEL_NOT_DEFINED: { status: 422, message: '所选标准版本没有规定该等级，请换用规定了该等级的版本' },
  OCCUPATION_CODE_TAKEN: { status: 409, message: '该职业编码已存在' },
  OCCUPATION_EDIT_RESTRICTED: { status: 403, message: '国家职业目录由平台维护；人社局只能修改本局新增的职业' },
  OCCUPATION_RELATED_TO_ITSELF: { status: 422, message: '职业不能与自身相关联' },
  OCCUPATION_UNKNOWN: { status: 422, message: '文件中的职业不在职业目录中，请先在目录中添加该职业' },
  OCCUPATION_WITHDRAWN: { status: 422, message: '该职业已从目录中撤销，不能再使用' },
  OPEN_VERSION_EXISTS: { status: 409, message: '该规范已有版本在审核流程中，请先完成或撤回该版本' },
  RELATED_OCCUPATION_UNKNOWN: { status: 422, message: '关联的职业须在职业目录中' },
  RETIRE_DATE_IN_PAST: { status: 422, message: '废止日期不能早于今天' },
  SELF_APPROVAL: { status: 403, message: '提交人不能审核通过自己提交的版本，请由他人审核' },
  STANDARD_ACTION_NOT_ALLOWED: { status: 403, message: '只有规范的所属单位和负责审核的人社局可以进行此操作' },
  STANDARD_EXISTS: { status: 409, message: '该职业已有同类标准，请在原标准下新增版本' },
  STANDARD_OWNER_INVALID: { status: 422, message: '国家和行业标准由平台维护；企业评价规范由企业或其主管人社局编写' },
  STANDARD_OWNER_REQUIRED: { status: 422, message: '请选择该企业评价规范所属的企业' },
  TIER_NAME_TAKEN: { status: 409, message: '已有同名的在用技术等级，请换一个名称' },
  TIER_POSITION_TAKEN: { status: 409, message: '已有在用技术等级占用了该国家等级和序号，请换一个序号' },
  TIERS_FOR_ENTERPRISES_ONLY: { status: 422, message: '只有企业可以设置技术等级序列' },
  TIERS_MAINTAINED_BY_HR: { status: 403, message: '技术等级序列由企业人事管理员维护' },
  TITLE_MAPPING_IN_FORCE: { status: 409, message: '该对应规则已生效，不能改写；请设置失效日期结束它，再新增规则' },
  TITLE_MAPPING_NOT_OWNED: { status: 403, message: '人社局只能修改本地区的对应规则，全国默认规则由平台维护' },
  TITLE_MAPPING_OVERLAP: { status: 409, message: '本地区同一晋升路径已有规则在这段日期内生效，请调整日期' },
  VERSION_IMMUTABLE: { status: 409, message: '该版本已发布、已废止或已被认定计划采用，不能再修改；请新建版本' },
  VERSION_NOT_EDITABLE: { status: 409, message: '该版本正在审核中，请撤回或等待审核结束后再修改' },
  VERSION_NOT_PUBLISHED: { status: [409, 422], message: '该标准版本尚未发布或已废止，不能使用' },
} as const satisfies ErrorCatalogue;

declare module '@skill-ladder/platform' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the catalogue's keys are the codes
  interface ErrorCodeRegistry extends CodesOf<typeof STANDARDS_ERROR_CODES> {}
}
