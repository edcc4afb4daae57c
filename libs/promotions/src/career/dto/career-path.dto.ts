import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { EligibilityReportDto, TitleOptionsReportDto } from '@skill-ladder/standards';
import { POST_GRADES, PostGrade } from '../../common/labels';
import { Treatment } from '../../policy/treatment';
import { Projection, TimelineKind } from '../career-path';
import { CareerPathResponse, OccupationPath, OpenCampaign, RungView } from '../career-path.service';
import { Rank, RANKS, TITLE_GRADES, TitleGrade } from '@skill-ladder/vocabulary';

/** 待遇: what holding a tier brings at an enterprise. */
export class TreatmentDto implements Treatment {
  @ApiProperty() policyId: string;
  @ApiProperty({ example: '特级技师' }) tierName: string;
  @ApiProperty({ nullable: true, type: String, description: 'null: the national rank itself' }) enterpriseTierId: string | null;
  @ApiProperty({ enum: RANKS }) nationalRank: Rank;
  @ApiProperty() nationalRankLabel: string;
  @ApiProperty({ nullable: true, enum: POST_GRADES, description: '享受管理岗位待遇' }) postGrade: PostGrade | null;
  @ApiProperty({ nullable: true, type: String }) postGradeLabel: string | null;
  @ApiProperty({ nullable: true, enum: TITLE_GRADES, description: '比照职称待遇' }) titleGrade: TitleGrade | null;
  @ApiProperty({ nullable: true, type: String }) titleGradeLabel: string | null;
  @ApiProperty({ description: '月度技能津贴（元） / monthly allowance, CNY' }) monthlyAllowance: number;
  @ApiProperty({ nullable: true, type: Number, description: '聘期（月）; null for a level, which is held, not appointed' }) termMonths: number | null;
  @ApiProperty({ example: '享受中层干部待遇；比照正高级职称；津贴每月3000元；聘期36个月' }) summary: string;
}

export class RungRouteDto {
  @ApiProperty() code: string;
  @ApiProperty() label: string;
  @ApiProperty() kind: string;
}

export class MissingConditionDto {
  @ApiProperty() label: string;
  @ApiProperty() required: string;
  @ApiProperty() actual: string;
  @ApiProperty({ nullable: true, type: String, description: 'When time alone meets it; null if it will not' }) metOn: string | null;
}

export class ConditionsFromDto {
  @ApiProperty() standardId: string;
  @ApiProperty() version: number;
  @ApiProperty() source: string;
}

/** One rung above the worker's current rank, with what it still needs and when. */
export class RungDto implements RungView {
  @ApiProperty({ enum: RANKS }) rank: Rank;
  @ApiProperty({ example: '四级/中级工' }) rankLabel: string;
  @ApiProperty({ description: '特级技师 and 首席技师 are appointments (评聘) with a term' }) appointment: boolean;
  @ApiProperty() eligibleNow: boolean;
  @ApiProperty({ nullable: true, type: String, description: 'The date the rung opens if nothing else changes' }) projectedOn: string | null;
  @ApiProperty({ enum: ['now', 'time', 'after_previous', 'not_by_time'] }) projection: Projection;
  @ApiProperty({ nullable: true, type: RungRouteDto, description: 'The route that qualifies now, or the one that opens first' }) route: RungRouteDto | null;
  @ApiProperty({ type: [MissingConditionDto] }) missing: MissingConditionDto[];
  @ApiProperty({ type: EligibilityReportDto }) report: EligibilityReportDto;
  @ApiProperty({
    nullable: true,
    oneOf: [{ $ref: '#/components/schemas/ConditionsFromDto' }, { type: 'string', enum: ['national_default'] }],
    description: 'The standard version in force at the enterprise, or the national defaults',
  })
  conditionsFrom: ConditionsFromDto | 'national_default' | null;
  @ApiProperty({ type: [TreatmentDto] }) treatment: TreatmentDto[];
}

export class OpenCampaignDto implements OpenCampaign {
  @ApiProperty() campaignId: string;
  @ApiProperty() number: number;
  @ApiProperty() name: string;
  @ApiProperty() organizationId: string;
  @ApiProperty() organizationName: string;
  @ApiProperty({ enum: RANKS }) rank: Rank;
  @ApiProperty() rankLabel: string;
  @ApiProperty() registrationClosesOn: string;
  @ApiProperty() seatsLeft: number;
  @ApiProperty({ nullable: true, type: String, description: 'The route of the campaign’s standard the worker qualifies by' }) route: string | null;
}

export class PathOrganizationDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty() regionCode: string;
}

export class EmployerOfRecordDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
}

export class ObtainedRankDto {
  @ApiProperty() credentialId: string;
  @ApiProperty() issuedOn: string;
  @ApiProperty({ enum: ['external', 'issued', 'appointed'] }) source: 'external' | 'issued' | 'appointed';
  @ApiProperty() sourceLabel: string;
  @ApiProperty() issuerName: string;
  @ApiProperty({ nullable: true, type: String }) certificateNumber: string | null;
}

export class OccupationPathDto implements OccupationPath {
  @ApiProperty() occupationCode: string;
  @ApiProperty({ nullable: true, type: String }) occupationName: string | null;
  @ApiProperty({ type: PathOrganizationDto, description: 'Where the worker works (for a dispatched worker, not the agency)' }) organization: PathOrganizationDto;
  @ApiProperty() employmentType: string;
  @ApiProperty() employmentTypeLabel: string;
  @ApiProperty({ type: EmployerOfRecordDto }) employerOfRecord: EmployerOfRecordDto;
  @ApiProperty({ nullable: true, enum: RANKS }) currentRank: Rank | null;
  @ApiProperty() currentRankLabel: string;
  @ApiProperty({ nullable: true, type: ObtainedRankDto }) obtained: ObtainedRankDto | null;
  @ApiProperty({ type: [TreatmentDto] }) currentTreatment: TreatmentDto[];
  @ApiProperty({ type: [RungDto] }) nextRungs: RungDto[];
  @ApiProperty({ type: [OpenCampaignDto], description: 'Campaigns registering now at a level the worker is eligible for' }) openCampaigns: OpenCampaignDto[];
}

export class CareerAppointmentDto {
  @ApiProperty() id: string;
  @ApiProperty() tierName: string;
  @ApiProperty({ enum: RANKS }) nationalRank: Rank;
  @ApiProperty() status: string;
  @ApiProperty() statusLabel: string;
  @ApiProperty() organizationId: string;
  @ApiProperty({ nullable: true, type: String }) termStartsOn: string | null;
  @ApiProperty({ nullable: true, type: String }) termEndsOn: string | null;
  @ApiProperty({ nullable: true, type: TreatmentDto }) treatment: TreatmentDto | null;
}

const TIMELINE_KINDS: TimelineKind[] = ['level', 'title', 'appointment', 'renewal', 'appointment_end', 'competition_promotion'];

export class TimelineEventDto {
  @ApiProperty() date: string;
  @ApiProperty({ enum: TIMELINE_KINDS }) kind: TimelineKind;
  @ApiProperty({ description: 'zh-CN' }) title: string;
  @ApiProperty({ nullable: true, type: String }) detail: string | null;
  @ApiPropertyOptional({ enum: RANKS }) rank?: Rank;
  @ApiPropertyOptional() occupationCode?: string;
  @ApiPropertyOptional({ type: TreatmentDto }) treatment?: TreatmentDto;
  @ApiProperty() refId: string;
}

/** 职业发展路径 */
export class CareerPathResponseDto implements CareerPathResponse {
  @ApiProperty() personId: string;
  @ApiProperty() fullName: string;
  @ApiProperty({ description: 'China date the path is computed for' }) asOf: string;
  @ApiProperty({ type: [OccupationPathDto] }) paths: OccupationPathDto[];
  @ApiProperty({ type: TitleOptionsReportDto }) titleOptions: TitleOptionsReportDto;
  @ApiProperty({ type: [CareerAppointmentDto] }) appointments: CareerAppointmentDto[];
  @ApiProperty({ type: [TimelineEventDto] }) timeline: TimelineEventDto[];
}
