import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MAX_PAGE } from '@skill-ladder/platform';
import {
  AWARD_LEVEL_CODES,
  AwardLevelCode,
  CREDENTIAL_RANKS,
  CredentialRank,
  EDUCATION_CODES,
  EducationCode,
  EMPLOYMENT_TYPES,
  EmploymentType,
  RELATION_KINDS,
  RelationKind,
  TITLE_GRADES,
  TitleGradeCode,
  WorkerRecord,
} from '../worker-record';
import { WorkerCount, WorkerPage } from '../worker-list';
import { WorkerSummary } from '../worker-mapper';

/** The documented shapes of the worker record (职工档案) and the worker list, as the API returns them. */
export class CurrentEmploymentDto {
  @ApiProperty({ description: '用人单位 (employer of record; the agency of a dispatched worker)' }) employerOrganizationId: string;
  @ApiProperty({ description: '用工单位 (where the worker works)' }) workOrganizationId: string;
  @ApiProperty({ enum: EMPLOYMENT_TYPES }) employmentType: EmploymentType;
  @ApiProperty({ nullable: true, type: String }) occupationCode: string | null;
}

export class WorkerSummaryDto implements WorkerSummary {
  @ApiProperty() id: string;
  @ApiProperty() fullName: string;
  @ApiProperty({ example: '141102********1234' }) idNumberMasked: string;
  @ApiProperty() birthDate: string;
  @ApiProperty({ enum: ['male', 'female'] }) sex: 'male' | 'female';
  @ApiProperty({ nullable: true, type: String, description: 'The highest valid skill level held' }) highestRank: string | null;
  @ApiProperty({ type: [CurrentEmploymentDto] }) currentEmployments: CurrentEmploymentDto[];
}

export class WorkerCountDto implements WorkerCount {
  @ApiProperty({ type: 'integer', format: 'int32', minimum: 0, maximum: 2_147_483_647, description: '符合条件的职工数 / Workers matching the filters' })
  total: number;

  @ApiProperty({ description: '超过一万人时为估算 / Past 10,000 matches the total is the planner’s estimate, not an exact count' })
  totalIsEstimate: boolean;
}

export class WorkerPageDto implements WorkerPage {
  @ApiProperty({ type: [WorkerSummaryDto] }) items: WorkerSummaryDto[];
  @ApiProperty({ type: 'integer', format: 'int32', minimum: 1, maximum: MAX_PAGE }) page: number;
  @ApiProperty({ type: 'integer', format: 'int32', minimum: 1, maximum: 200 }) pageSize: number;
  @ApiProperty({ description: '还有下一页 / A next page exists' }) hasMore: boolean;

  @ApiPropertyOptional({ type: 'integer', format: 'int32', minimum: 0, maximum: 2_147_483_647, description: 'Always present unless the request said `withTotal=false`' })
  total?: number;

  @ApiPropertyOptional({ description: 'Past 10,000 matches the total is the planner’s estimate, not an exact count; always present unless the request said `withTotal=false`' })
  totalIsEstimate?: boolean;
}

export class EmploymentRecordDto {
  @ApiProperty() id: string;
  @ApiProperty() employerOrganizationId: string;
  @ApiProperty() workOrganizationId: string;
  @ApiProperty({ enum: EMPLOYMENT_TYPES }) employmentType: EmploymentType;
  @ApiProperty({ nullable: true, type: String }) occupationCode: string | null;
  @ApiProperty({ nullable: true, type: String }) occupationStartedOn: string | null;
  @ApiProperty() hiredOn: string;
  @ApiProperty({ nullable: true, type: String }) endedOn: string | null;
  @ApiProperty({ nullable: true, type: String }) jobTitle: string | null;
}

export class CredentialRecordDto {
  @ApiProperty() id: string;
  @ApiProperty() occupationCode: string;
  @ApiProperty({ nullable: true, type: String }) workType: string | null;
  @ApiProperty({ enum: CREDENTIAL_RANKS }) rank: CredentialRank;
  @ApiProperty({ nullable: true, type: String }) certificateNumber: string | null;
  @ApiProperty() issuedOn: string;
  @ApiProperty() issuerName: string;
  @ApiProperty({ enum: ['external', 'issued', 'appointed'] }) source: 'external' | 'issued' | 'appointed';
  @ApiProperty({ enum: ['valid', 'revoked', 'ended'] }) status: 'valid' | 'revoked' | 'ended';
}

export class TitleRecordDto {
  @ApiProperty() id: string;
  @ApiProperty() series: string;
  @ApiProperty({ enum: TITLE_GRADES }) grade: TitleGradeCode;
  @ApiProperty() titleName: string;
  @ApiProperty() obtainedOn: string;
  @ApiProperty({ enum: ['external', 'recognized'] }) source: 'external' | 'recognized';
}

export class HonorRecordDto {
  @ApiProperty() id: string;
  @ApiProperty() kind: string;
  @ApiProperty({ enum: AWARD_LEVEL_CODES }) level: AwardLevelCode;
  @ApiProperty() name: string;
  @ApiProperty() awardedOn: string;
}

export class TrainingRecordDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty() hours: number;
  @ApiProperty() completedOn: string;
}

export class InnovationRecordDto {
  @ApiProperty() id: string;
  @ApiProperty() kind: string;
  @ApiProperty() title: string;
  @ApiProperty({ nullable: true, enum: AWARD_LEVEL_CODES }) level: AwardLevelCode | null;
  @ApiProperty() achievedOn: string;
}

export class RelationRecordDto {
  @ApiProperty() id: string;
  @ApiProperty({ enum: RELATION_KINDS, description: 'relative 近亲属; supervisor 上下级; master 师徒' }) kind: RelationKind;
  @ApiProperty({ enum: ['outgoing', 'incoming'], description: 'outgoing: this worker is the supervisor or master' }) direction: 'outgoing' | 'incoming';
  @ApiProperty() otherPersonId: string;
  @ApiProperty() otherName: string;
}

export class WorkerRecordDto implements WorkerRecord {
  @ApiProperty() id: string;
  @ApiProperty() fullName: string;
  @ApiProperty({ example: '141102********1234', description: 'Always masked; the full number only through the audited reveal' }) idNumberMasked: string;
  @ApiProperty() birthDate: string;
  @ApiProperty({ enum: ['male', 'female'] }) sex: 'male' | 'female';
  @ApiProperty({ nullable: true, type: String }) phone: string | null;
  @ApiProperty({ nullable: true, enum: EDUCATION_CODES }) education: EducationCode | null;
  @ApiProperty({ nullable: true, type: String }) graduatedOn: string | null;
  @ApiProperty({ nullable: true, type: String }) apprenticeshipCompletedOn: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'The worker’s sign-in account, if any' }) userId: string | null;
  @ApiProperty({ type: [EmploymentRecordDto] }) employments: EmploymentRecordDto[];
  @ApiProperty({ type: [CredentialRecordDto] }) credentials: CredentialRecordDto[];
  @ApiProperty({ type: [TitleRecordDto] }) titles: TitleRecordDto[];
  @ApiProperty({ type: [HonorRecordDto] }) honors: HonorRecordDto[];
  @ApiProperty({ type: [TrainingRecordDto] }) trainings: TrainingRecordDto[];
  @ApiProperty({ type: [InnovationRecordDto] }) innovations: InnovationRecordDto[];
  @ApiProperty({ type: [RelationRecordDto] }) relations: RelationRecordDto[];
}

export class RevealedIdNumberDto {
  @ApiProperty({ description: 'The full resident ID number; the reveal is audited' }) idNumber: string;
}
