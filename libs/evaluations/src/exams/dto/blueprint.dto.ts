import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsNumber, IsOptional, IsString, Length, Max, MaxLength, Min, ValidateIf, ValidateNested } from 'class-validator';
import { MAX_KNOWLEDGE_POINT_LENGTH } from '../rules/item-content';
import { ITEM_KINDS, ItemKind } from '../rules/item-kinds';
import { MULTIPLE_CHOICE_RULES, MultipleChoiceRule } from '../rules/item-scoring';
import { MAX_ITEMS_PER_RULE } from '../rules/paper-assembly';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** 卷库: fixed papers A, B…, one per seat in turn; 千人千卷: a paper drawn per candidate. */
export const PAPER_MODES = ['fixed', 'per_candidate'] as const;
export type PaperMode = (typeof PAPER_MODES)[number];
export const PAPER_MODE_LABELS: Readonly<Record<PaperMode, string>> = { fixed: '卷库（A/B卷）', per_candidate: '千人千卷' };
export const MAX_BLUEPRINT_RULES = 100;
export const MAX_FIXED_PAPERS = 6;

export class BlueprintRuleDto {
  @ApiProperty({ example: '1.1 安全用电', maxLength: MAX_KNOWLEDGE_POINT_LENGTH })
  @IsString()
  @MaxLength(MAX_KNOWLEDGE_POINT_LENGTH)
  knowledgePoint: string;

  @ApiProperty({ enum: ITEM_KINDS })
  @IsIn(ITEM_KINDS)
  kind: ItemKind;

  @ApiProperty({ minimum: 1, maximum: 5, nullable: true, type: Number, description: '难度；null 为不限' })
  @ValidateIf((_, v) => v !== null)
  @IsInt()
  @Min(1)
  @Max(5)
  difficulty: number | null;

  @ApiProperty({ minimum: 1, maximum: MAX_ITEMS_PER_RULE, example: 20, description: '题量' })
  @IsInt()
  @Min(1)
  @Max(MAX_ITEMS_PER_RULE)
  count: number;

  @ApiProperty({ minimum: 0.5, maximum: 100, example: 1, description: '每题分值（最多一位小数）' })
  @IsNumber({ maxDecimalPlaces: 1, allowNaN: false, allowInfinity: false })
  @Min(0.5)
  @Max(100)
  pointsEach: number;
}

export class BlueprintDto {
  @ApiProperty({ example: '2026年焊工四级理论知识组卷方案', maxLength: 100 })
  @Transform(trim)
  @IsString()
  @Length(1, 100)
  name: string;

  @ApiProperty({ enum: PAPER_MODES, description: '组卷方式：fixed 卷库（A/B卷），per_candidate 千人千卷' })
  @IsIn(PAPER_MODES)
  mode: PaperMode;

  @ApiPropertyOptional({ minimum: 2, maximum: MAX_FIXED_PAPERS, example: 2, description: '卷库方式的试卷套数（A、B…）' })
  @IsOptional()
  @IsInt()
  @Min(2)
  @Max(MAX_FIXED_PAPERS)
  paperCount?: number;

  @ApiProperty({ minimum: 30, maximum: 240, example: 90, description: '考试时长（分钟）' })
  @IsInt()
  @Min(30)
  @Max(240)
  durationMinutes: number;

  @ApiProperty({ minimum: 1, maximum: 100, example: 60, description: '及格分（满分100）' })
  @IsNumber({ maxDecimalPlaces: 1, allowNaN: false, allowInfinity: false })
  @Min(1)
  @Max(100)
  passMark: number;

  @ApiProperty({ enum: MULTIPLE_CHOICE_RULES, description: '多选题计分：all_or_nothing 错选、多选、少选均不得分；half_for_subset 少选得一半' })
  @IsIn(MULTIPLE_CHOICE_RULES)
  multipleChoiceRule: MultipleChoiceRule;

  @ApiProperty({ type: [BlueprintRuleDto], maxItems: MAX_BLUEPRINT_RULES, description: '组卷规则：知识点 × 题型 × 难度的题量和分值，合计100分' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BLUEPRINT_RULES)
  @ValidateNested({ each: true })
  @Type(() => BlueprintRuleDto)
  rules: BlueprintRuleDto[];
}

export class ShortfallDto {
  @ApiProperty({ description: '规则序号（从0起）' }) ruleIndex: number;
  @ApiProperty({ maxLength: MAX_KNOWLEDGE_POINT_LENGTH }) knowledgePoint: string;
  @ApiProperty({ enum: ITEM_KINDS }) kind: ItemKind;
  @ApiProperty({ nullable: true, type: Number }) difficulty: number | null;
  @ApiProperty({ description: '需要的题量' }) needed: number;
  @ApiProperty({ description: '题库中可用（已启用）的题量' }) available: number;
}

export class BlueprintResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) bankId: string;
  @ApiProperty({ maxLength: 100 }) name: string;
  @ApiProperty({ enum: PAPER_MODES }) mode: PaperMode;
  @ApiProperty({ maxLength: 20 }) modeLabel: string;
  @ApiProperty({ nullable: true, type: Number }) paperCount: number | null;
  @ApiProperty() durationMinutes: number;
  @ApiProperty() passMark: number;
  @ApiProperty({ enum: MULTIPLE_CHOICE_RULES }) multipleChoiceRule: MultipleChoiceRule;
  @ApiProperty({ type: [BlueprintRuleDto], maxItems: MAX_BLUEPRINT_RULES }) rules: BlueprintRuleDto[];
  @ApiProperty({ type: [ShortfallDto], maxItems: MAX_BLUEPRINT_RULES, description: '按题库中已启用的试题计算，现在缺少的题量；为空表示可以组卷' }) shortfalls: ShortfallDto[];
  @ApiProperty({ description: '已组成的试卷套数' }) papers: number;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class PaperItemDto {
  @ApiProperty({ description: '题号（从1起）' }) number: number;
  @ApiProperty({ format: 'uuid' }) itemId: string;
  @ApiProperty({ description: '所用试题版本' }) version: number;
  @ApiProperty({ enum: ITEM_KINDS }) kind: ItemKind;
  @ApiProperty() points: number;
  @ApiProperty({ maxLength: 2000 }) stem: string;
  @ApiProperty({ type: [String], maxItems: 8 }) options: string[];
  @ApiProperty({ maxLength: 2000, description: '答案（仅机构人员可见）' }) answer: string;
}

export class PaperResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) blueprintId: string;
  @ApiProperty({ nullable: true, type: String, example: 'A', maxLength: 1 }) label: string | null;
  @ApiProperty({ description: '组卷随机种子（同一种子、规则和题库可复现）' }) seed: number;
  @ApiProperty({ example: 'paper-v1', maxLength: 20 }) algorithm: string;
  @ApiProperty() totalPoints: number;
  @ApiProperty({ type: [PaperItemDto], maxItems: 20000 }) items: PaperItemDto[];
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}
