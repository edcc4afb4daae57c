import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDateString,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { OCCUPATION_CODE, OCCUPATION_MESSAGE } from '../../bodies/dto/evaluation-body.dto';
import { DRAW_FAILURE_CODES } from '../../draw/draw';
import { EVALUATION_RANKS, EvaluationRank } from '../../draw/ranks';

const DATE_MESSAGE = '日期格式应为 YYYY-MM-DD / date must be YYYY-MM-DD';
export const MAX_DRAW_CANDIDATES = 500;

/** Any field left out takes the national default for practical exams (≥3, odd, 1:5, no cap). */
export class DrawRuleDto {
  @ApiPropertyOptional({ default: 3, minimum: 1, maximum: 25, description: '每组最少考评员人数 / minimum evaluators per panel' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(25)
  minEvaluators?: number;

  @ApiPropertyOptional({ default: true, description: '考评员人数须为单数 / the count must be odd' })
  @IsOptional()
  @IsBoolean()
  oddCount?: boolean;

  @ApiPropertyOptional({ default: 5, nullable: true, type: Number, minimum: 1, maximum: 100, description: '每名考评员对应考生数 (5 = 1:5); null: no ratio' })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsInt()
  @Min(1)
  @Max(100)
  candidatesPerEvaluator?: number | null;

  @ApiPropertyOptional({ nullable: true, type: Number, minimum: 1, maximum: 1000, description: '每名考评员考评考生数上限 / workload cap per evaluator' })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsInt()
  @Min(1)
  @Max(1000)
  workloadCap?: number | null;
}

export class DrawPreviewDto {
  @ApiProperty({ example: '6-18-02-04' })
  @Matches(OCCUPATION_CODE, { message: OCCUPATION_MESSAGE })
  occupationCode: string;

  @ApiProperty({ enum: EVALUATION_RANKS, example: 'L3', description: '考生申报等级 / the level the candidates aim at' })
  @IsIn(EVALUATION_RANKS)
  targetRank: EvaluationRank;

  @ApiProperty({ type: [String], format: 'uuid', description: '考生（职工档案） / candidate worker records' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_DRAW_CANDIDATES)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  candidatePersonIds: string[];

  @ApiPropertyOptional({ example: '2026-10-20', description: '考核日期，资格须在当日有效; defaults to today (China)' })
  @IsOptional()
  @IsDateString({ strict: true }, { message: DATE_MESSAGE })
  @Length(10, 10, { message: DATE_MESSAGE })
  assessmentDate?: string;

  @ApiPropertyOptional({ type: DrawRuleDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => DrawRuleDto)
  rule?: DrawRuleDto;

  @ApiPropertyOptional({ minimum: 0, maximum: 4294967295, description: '随机种子：相同种子与输入得到相同结果 / the same seed and inputs give the same draw' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(4294967295)
  seed?: number;
}

export class DrawnEvaluatorDto {
  @ApiProperty() profileId: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: EVALUATION_RANKS }) highestRank: EvaluationRank;
  @ApiProperty() organizationId: string;
  @ApiProperty() organizationName: string;
}

export class DrawnCandidateDto {
  @ApiProperty() personId: string;
  @ApiProperty() fullName: string;
}

export class DrawPanelDto {
  @ApiProperty({ description: '考评组序号 / panel number, from 1' }) number: number;
  @ApiProperty({ type: [DrawnEvaluatorDto] }) evaluators: DrawnEvaluatorDto[];
  @ApiProperty({ type: [DrawnCandidateDto] }) candidates: DrawnCandidateDto[];
}

export class DrawRuleResponseDto {
  @ApiProperty() minEvaluators: number;
  @ApiProperty() oddCount: boolean;
  @ApiProperty({ nullable: true, type: Number }) candidatesPerEvaluator: number | null;
  @ApiProperty({ nullable: true, type: Number }) workloadCap: number | null;
}

export class DrawPreviewResponseDto {
  @ApiProperty({ description: 'Replays this draw with the same inputs' }) seed: number;
  @ApiProperty() algorithm: string;
  @ApiProperty() occupationCode: string;
  @ApiProperty({ enum: EVALUATION_RANKS }) targetRank: EvaluationRank;
  @ApiProperty() assessmentDate: string;
  @ApiProperty({ type: DrawRuleResponseDto }) rule: DrawRuleResponseDto;
  @ApiProperty() evaluatorCount: number;
  @ApiProperty({ description: '因回避排除的考评员–考生配对数 / pairings ruled out by recusal' }) recusalsApplied: number;
  @ApiProperty({ type: [DrawPanelDto] }) panels: DrawPanelDto[];
}

/** Documented for OpenAPI: the `code` of a 422 when no draw satisfies the rules. */
export const DRAW_FAILURE_DESCRIPTION = `无法抽取时返回 422，code 为未满足的约束 / 422 naming the constraint: ${DRAW_FAILURE_CODES.join(', ')}`;
