import { ApiProperty } from '@nestjs/swagger';
import { EMPLOYMENT_TYPES, EmploymentType } from '@skill-ladder/workforce';
import type { AnalyticsReport } from '../analytics.service';
import type { PipelineBucket } from '../pipeline';
import { Rank, RANKS } from '@skill-ladder/vocabulary';

/** The documented shape of the workforce analytics (技能人才统计), for an enterprise or a region. */
export class RatesDto {
  @ApiProperty() workers: number;
  @ApiProperty({ description: 'Holding a valid skill level' }) certified: number;
  @ApiProperty({ nullable: true, type: Number, description: '持证率, percent with one decimal (20.5 = 20.5 %)' }) certificationRate: number | null;
  @ApiProperty({ description: '高技能人才: L3 and above' }) highSkilled: number;
  @ApiProperty({ nullable: true, type: Number, description: '高技能人才占比, percent with one decimal' }) highSkilledShare: number | null;
}

export class AnalyticsScopeDto {
  @ApiProperty({ enum: ['enterprise', 'region'] }) kind: 'enterprise' | 'region';
  @ApiProperty() regionCode: string;
  @ApiProperty({ nullable: true, type: String }) regionName: string | null;
  @ApiProperty({ nullable: true, type: String }) organizationId: string | null;
  @ApiProperty({ nullable: true, type: String }) organizationName: string | null;
}

export class EnterpriseRatesDto extends RatesDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty() regionCode: string;
}

export class RankCountDto {
  @ApiProperty({ enum: [...RANKS, 'none'] }) rank: Rank | 'none';
  @ApiProperty() label: string;
  @ApiProperty() workers: number;
}

export class OccupationRatesDto extends RatesDto {
  @ApiProperty({ nullable: true, type: String }) occupationCode: string | null;
  @ApiProperty({ nullable: true, type: String }) occupationName: string | null;
}

export class EmploymentTypeRatesDto extends RatesDto {
  @ApiProperty({ enum: EMPLOYMENT_TYPES }) employmentType: EmploymentType;
  @ApiProperty() label: string;
}

export class CertificationRatesDto {
  @ApiProperty({ type: RatesDto, description: '劳务派遣工' }) dispatched: RatesDto;
  @ApiProperty({ type: RatesDto, description: '正式职工' }) regular: RatesDto;
}

export class PipelineBucketDto {
  @ApiProperty({ enum: ['now', 'within_6_months', 'within_12_months', 'later', 'not_by_time'] }) bucket: PipelineBucket;
  @ApiProperty() label: string;
  @ApiProperty() workers: number;
}

export class PipelineRankDto {
  @ApiProperty({ enum: RANKS }) rank: Rank;
  @ApiProperty() label: string;
  @ApiProperty() now: number;
  @ApiProperty() within6Months: number;
  @ApiProperty() within12Months: number;
}

export class PipelineDto {
  @ApiProperty() now: number;
  @ApiProperty() within6Months: number;
  @ApiProperty() within12Months: number;
  @ApiProperty({ type: [PipelineBucketDto] }) buckets: PipelineBucketDto[];
  @ApiProperty({ type: [PipelineRankDto] }) byNextRank: PipelineRankDto[];
}

export class AppointmentQuotaDto {
  @ApiProperty() organizationId: string;
  @ApiProperty() organizationName: string;
  @ApiProperty() policyId: string;
  @ApiProperty() tierName: string;
  @ApiProperty({ enum: RANKS }) nationalRank: Rank;
  @ApiProperty({ nullable: true, type: Number }) limit: number | null;
  @ApiProperty() held: number;
  @ApiProperty({ nullable: true, type: Number }) remaining: number | null;
  @ApiProperty() explanation: string;
}

export class OccupationPassRateDto {
  @ApiProperty() occupationCode: string;
  @ApiProperty({ nullable: true, type: String }) occupationName: string | null;
  @ApiProperty({ description: 'Candidates with a published result (passed, failed or voided)' }) candidates: number;
  @ApiProperty() passed: number;
  @ApiProperty() failed: number;
  @ApiProperty({ description: '作弊、违纪 or voided after an objection: a candidate, never a pass' }) voided: number;
  @ApiProperty({ nullable: true, type: Number, description: '通过率, percent with one decimal' }) passRate: number | null;
}

export class EvaluatorSeverityRowDto {
  @ApiProperty() evaluatorProfileId: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'Submitted sheets on components at least one other evaluator scored' }) sheets: number;
  @ApiProperty() candidates: number;
  @ApiProperty({ description: 'Mean score of those sheets' }) meanScore: number;
  @ApiProperty({ description: 'Mean of (own score − panel mean of the same candidate and component), points; negative: stricter' }) meanDeviation: number;
}

export class EvaluatorSeverityDto {
  @ApiProperty({ description: 'Evaluators with fewer sheets are left out' }) minSheets: number;
  @ApiProperty({ type: [EvaluatorSeverityRowDto], description: 'Strictest first' }) evaluators: EvaluatorSeverityRowDto[];
}

export class AnalyticsReportDto implements AnalyticsReport {
  @ApiProperty({ type: AnalyticsScopeDto }) scope: AnalyticsScopeDto;
  @ApiProperty() asOf: string;
  @ApiProperty({ type: RatesDto, description: 'Workers counted where they work now (dispatched workers at the enterprise)' }) totals: RatesDto;
  @ApiProperty({ type: [EnterpriseRatesDto] }) enterprises: EnterpriseRatesDto[];
  @ApiProperty({ type: [RankCountDto] }) byRank: RankCountDto[];
  @ApiProperty({ type: [OccupationRatesDto] }) byOccupation: OccupationRatesDto[];
  @ApiProperty({ type: [EmploymentTypeRatesDto] }) byEmploymentType: EmploymentTypeRatesDto[];
  @ApiProperty({ type: CertificationRatesDto }) certificationRates: CertificationRatesDto;
  @ApiProperty({ type: PipelineDto, description: 'Workers who may apply for their next rung now, within 6 and within 12 months (cumulative)' }) pipeline: PipelineDto;
  @ApiProperty({ type: [OccupationPassRateDto], description: '各职业认定通过率, from the published results of the enterprises’ campaigns' }) passRates: OccupationPassRateDto[];
  @ApiProperty({ type: EvaluatorSeverityDto, description: '考评员评分宽严' }) evaluatorSeverity: EvaluatorSeverityDto;
  @ApiProperty({ type: [AppointmentQuotaDto] }) appointments: AppointmentQuotaDto[];
}
