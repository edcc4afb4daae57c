import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { PageQueryDto } from '@skill-ladder/platform';
import { OCCUPATION_CODE, OCCUPATION_MESSAGE } from '../../bodies/dto/evaluation-body.dto';
import { NATIONAL_RANKS, NationalRank } from '../../draw/ranks';
import { ITEM_KINDS, ItemKind } from '../rules/item-kinds';
import { MAX_ANSWER_LENGTH, MAX_KNOWLEDGE_POINT_LENGTH, MAX_OPTION_LENGTH, MAX_STEM_LENGTH, OPTION_KEYS } from '../rules/item-content';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** 题目状态: written → reviewed by someone else → in use → retired (kept for the papers that used it). */
export const ITEM_STATUSES = ['draft', 'reviewed', 'active', 'retired'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];
export const ITEM_STATUS_LABELS: Readonly<Record<ItemStatus, string>> = { draft: '待审核', reviewed: '已审核', active: '启用', retired: '停用' };

export class CreateQuestionBankDto {
  @ApiProperty({ example: '6-18-02-04', description: '职业编码（须在本机构已备案的评价范围内）' })
  @IsString()
  @MaxLength(10)
  @Matches(OCCUPATION_CODE, { message: OCCUPATION_MESSAGE })
  occupationCode: string;

  @ApiProperty({ enum: NATIONAL_RANKS, example: 'L4', description: '等级' })
  @IsIn(NATIONAL_RANKS)
  rank: NationalRank;

  @ApiProperty({ example: '焊工四级理论知识题库', maxLength: 100 })
  @Transform(trim)
  @IsString()
  @Length(1, 100)
  name: string;
}

export class QuestionBankQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: '6-18-02-04' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  @Matches(OCCUPATION_CODE, { message: OCCUPATION_MESSAGE })
  occupationCode?: string;

  @ApiPropertyOptional({ enum: NATIONAL_RANKS })
  @IsOptional()
  @IsIn(NATIONAL_RANKS)
  rank?: NationalRank;
}

export class ItemCountsDto {
  @ApiProperty() draft: number;
  @ApiProperty() reviewed: number;
  @ApiProperty() active: number;
  @ApiProperty() retired: number;
}

export class QuestionBankResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid', description: '所属评价机构（企业）' }) organizationId: string;
  @ApiProperty({ maxLength: 200 }) organizationName: string;
  @ApiProperty({ example: '6-18-02-04' }) occupationCode: string;
  @ApiProperty({ example: '焊工', maxLength: 100 }) occupationName: string;
  @ApiProperty({ enum: NATIONAL_RANKS }) rank: NationalRank;
  @ApiProperty({ example: '四级/中级工', maxLength: 20 }) rankLabel: string;
  @ApiProperty({ maxLength: 100 }) name: string;
  @ApiProperty({ type: ItemCountsDto, description: '各状态题量' }) itemCounts: ItemCountsDto;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

/** An item as a person writes it; the same fields as a row of the import sheet. */
export class ItemDraftDto {
  @ApiProperty({ enum: ITEM_KINDS, description: '题型' })
  @IsIn(ITEM_KINDS)
  kind: ItemKind;

  @ApiProperty({ example: '1.1 安全用电', maxLength: MAX_KNOWLEDGE_POINT_LENGTH, description: '知识点（鉴定要素细目表）' })
  @IsString()
  @MaxLength(MAX_KNOWLEDGE_POINT_LENGTH)
  knowledgePoint: string;

  @ApiProperty({ minimum: 1, maximum: 5, example: 2, description: '难度：1最易，5最难' })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(5)
  difficulty: number;

  @ApiProperty({ example: '焊接作业场所的安全电压一般为（ ）。', maxLength: MAX_STEM_LENGTH, description: '题干；填空题用“（ ）”或“____”标出空位' })
  @IsString()
  @MaxLength(MAX_STEM_LENGTH)
  stem: string;

  @ApiProperty({ type: [String], example: ['12V', '36V', '110V', '220V'], maxItems: OPTION_KEYS.length, description: '选项A起依次排列；只有选择题有选项' })
  @IsArray()
  @ArrayMaxSize(OPTION_KEYS.length)
  @IsString({ each: true })
  @MaxLength(MAX_OPTION_LENGTH, { each: true })
  options: string[];

  @ApiProperty({ example: 'B', maxLength: MAX_ANSWER_LENGTH, description: '答案：单选“B”，多选“ACD”，判断“对/错”，填空各空用“；”分隔、同义答案用“|”分隔，简答题为参考答案' })
  @IsString()
  @MaxLength(MAX_ANSWER_LENGTH)
  answer: string;

  @ApiPropertyOptional({ maxLength: MAX_ANSWER_LENGTH, description: '解析' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_ANSWER_LENGTH)
  explanation?: string;
}

export class ItemStatusDto {
  @ApiProperty({ enum: ITEM_STATUSES, description: '目标状态：reviewed 审核通过（须由他人审核）、active 启用、draft 退回修改、retired 停用' })
  @IsIn(ITEM_STATUSES)
  status: ItemStatus;

  @ApiPropertyOptional({ maxLength: 500, description: '理由（退回和停用时必填）' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class ItemQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ITEM_STATUSES })
  @IsOptional()
  @IsIn(ITEM_STATUSES)
  status?: ItemStatus;

  @ApiPropertyOptional({ enum: ITEM_KINDS })
  @IsOptional()
  @IsIn(ITEM_KINDS)
  kind?: ItemKind;

  @ApiPropertyOptional({ maxLength: MAX_KNOWLEDGE_POINT_LENGTH, description: '知识点（完全一致）' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_KNOWLEDGE_POINT_LENGTH)
  knowledgePoint?: string;

  @ApiPropertyOptional({ maxLength: 50, description: '题干包含的文字' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 50)
  q?: string;
}

export class QuestionItemResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) bankId: string;
  @ApiProperty({ enum: ITEM_STATUSES }) status: ItemStatus;
  @ApiProperty({ example: '待审核', maxLength: 10 }) statusLabel: string;
  @ApiProperty({ description: '版本号；修改内容生成新版本，已组卷的试卷保留所用版本' }) version: number;
  @ApiProperty({ enum: ITEM_KINDS }) kind: ItemKind;
  @ApiProperty({ example: '单项选择题', maxLength: 10 }) kindLabel: string;
  @ApiProperty({ maxLength: MAX_KNOWLEDGE_POINT_LENGTH }) knowledgePoint: string;
  @ApiProperty({ minimum: 1, maximum: 5 }) difficulty: number;
  @ApiProperty({ maxLength: MAX_STEM_LENGTH }) stem: string;
  @ApiProperty({ type: [String], maxItems: OPTION_KEYS.length }) options: string[];
  @ApiProperty({ maxLength: MAX_ANSWER_LENGTH, description: '答案（与导入表“答案”列同一写法）' }) answer: string;
  @ApiProperty({ nullable: true, type: String, maxLength: MAX_ANSWER_LENGTH }) explanation: string | null;
  @ApiProperty({ format: 'uuid', description: '本版本编写人' }) updatedBy: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: '审核人' }) reviewedBy: string | null;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class ItemImportErrorDto {
  @ApiPropertyOptional({ description: 'Word 文档有多个试题表格时，出错的是第几个表格（从1起，按文档中全部表格计数）；XLSX 和只有一个试题表格的文档没有此项' }) table?: number;
  @ApiProperty({ description: '表格中的行号（Word 表格为该表格的第几行，表头为第1行）' }) row: number;
  @ApiProperty({ nullable: true, type: String, enum: ['kind', 'knowledgePoint', 'difficulty', 'stem', 'options', 'answer', 'explanation'] }) field: string | null;
  @ApiProperty({ maxLength: 50 }) code: string;
  @ApiProperty({ example: '第3行「难度」：应为1到5的整数（1最易）', maxLength: 200 }) message: string;
}

export class ItemImportReportDto {
  @ApiProperty({ description: '读到的试题行数' }) rows: number;
  @ApiProperty({ description: '导入的试题数；有任何错误时为0，整批不导入' }) imported: number;
  @ApiProperty({ type: [ItemImportErrorDto], maxItems: 20000 }) errors: ItemImportErrorDto[];
}
