import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ConditionKind, EligibilityReport, FactSource, MeasureUnit, ROUTE_KINDS, RouteKind } from '../types';
import { Rank, RANKS } from '@skill-ladder/vocabulary';

/** The documented shape of the eligibility engine's report (申报条件审核), as the API returns it. */
export class MeasureDto {
  @ApiProperty({ nullable: true, oneOf: [{ type: 'number' }, { type: 'string' }, { type: 'boolean' }] }) value: number | string | boolean | null;
  @ApiPropertyOptional({ enum: ['years', 'hours', 'count', 'rank', 'percent'] }) unit?: MeasureUnit;
  @ApiProperty({ example: '5年', description: 'zh-CN' }) text: string;
}

export class EvidenceRefDto {
  @ApiProperty({ description: 'Which fact of the worker record it comes from' }) source: FactSource;
  @ApiPropertyOptional() index?: number;
  @ApiPropertyOptional() id?: string;
  @ApiPropertyOptional({ example: '2014-07-01' }) date?: string;
}

export class ConditionResultDto {
  @ApiProperty({ type: String, example: 'years_in_occupation' }) kind: ConditionKind;
  @ApiProperty({ example: '从事本职业或相关职业工作满5年' }) label: string;
  @ApiProperty({ type: MeasureDto }) required: MeasureDto;
  @ApiProperty({ type: MeasureDto }) actual: MeasureDto;
  @ApiProperty() met: boolean;
  @ApiProperty({ nullable: true, type: String, description: 'Met: since when. Not met: when time alone meets it, or null' }) metOn: string | null;
  @ApiProperty({ type: [EvidenceRefDto] }) evidence: EvidenceRefDto[];
  @ApiPropertyOptional({ type: () => [ConditionResultDto], description: 'For any_of: each alternative, explained' }) anyOf?: ConditionResultDto[];
}

export class RouteResultDto {
  @ApiProperty({ example: 'L4-years-in-occupation' }) code: string;
  @ApiProperty({ enum: ROUTE_KINDS }) kind: RouteKind;
  @ApiProperty() label: string;
  @ApiProperty() met: boolean;
  @ApiProperty({ nullable: true, type: String, description: 'Met: since when. Not met: the first date all its conditions hold by time alone, or null' })
  metOn: string | null;
  @ApiProperty({ type: [ConditionResultDto] }) conditions: ConditionResultDto[];
}

export class EligibilityReportDto implements EligibilityReport {
  @ApiProperty({ enum: RANKS }) rank: Rank;
  @ApiProperty({ example: '2026-12-02' }) asOf: string;
  @ApiProperty() eligible: boolean;
  @ApiProperty({ nullable: true, type: String }) succeededRoute: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'asOf when eligible; else the earliest projected date; null if time alone meets no route' })
  earliestDate: string | null;
  @ApiProperty({ nullable: true, type: String }) earliestRoute: string | null;
  @ApiProperty({ type: [RouteResultDto] }) routes: RouteResultDto[];
}

/** 申报条件审核 of a real worker: the report with the standard version and the worker it was made for. */
export class WorkerEligibilityReportDto extends EligibilityReportDto {
  @ApiProperty() standardId: string;
  @ApiProperty() version: number;
  @ApiProperty() occupationCode: string;
  @ApiProperty() personId: string;
  @ApiProperty({ example: '三级/高级工' }) rankLabel: string;
}
