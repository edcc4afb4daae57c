import { ApiHideProperty, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { toBoolean, trim } from '@skill-ladder/platform';
import { COMPONENT_KINDS, ComponentKind } from '@skill-ladder/standards';
import { DRAW_FAILURE_CODES } from '../../draw/draw';
import { EVALUATION_RANKS, EvaluationRank, NATIONAL_RANKS, NationalRank } from '../../draw/ranks';
import { RefuseClientSeed } from '../../evaluators/dto/draw-preview.dto';
import { REPLACEMENT_FAILURE_CODES } from '../replacement';

const REASON_MESSAGE = '请填写理由 / a reason is required';

export class CampaignDrawRequestDto {
  @ApiProperty({ enum: NATIONAL_RANKS, example: 'L4' })
  @IsIn(NATIONAL_RANKS)
  rank: NationalRank;

  @ApiProperty({ enum: COMPONENT_KINDS, example: 'practical', description: '考核项目 / assessment component of the pinned standard level' })
  @IsIn(COMPONENT_KINDS)
  component: ComponentKind;

  /** The server draws the seed; GET …/draws/{drawId}/verify replays a saved draw from its recorded one. */
  @ApiHideProperty()
  @RefuseClientSeed()
  seed?: never;

  @ApiPropertyOptional({ minimum: 1, maximum: 10000, description: '本次抽取的考评员工作量上限（默认取认定计划的设置） / workload cap for this draw; defaults to the campaign’s' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10000)
  workloadCap?: number;

  @ApiPropertyOptional({ description: '重新抽取的理由（已有抽取结果时必填，记入审计） / required to redraw, kept in the audit trail' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 500)
  reason?: string;
}

export class ReplaceEvaluatorDto {
  @ApiProperty({ example: 1, description: '考评组序号 / panel number' })
  @IsInt()
  @Min(1)
  @Max(100)
  panelNumber: number;

  @ApiProperty({ format: 'uuid', description: 'The drawn evaluator profile to take off the panel' })
  @IsUUID()
  removeProfileId: string;

  @ApiProperty({ format: 'uuid', description: 'The evaluator profile to put on it instead' })
  @IsUUID()
  addProfileId: string;

  @ApiProperty({ example: '原考评员因病无法到场', description: '调整理由（记入审计） / reason, kept in the audit trail' })
  @Transform(trim)
  @IsString({ message: REASON_MESSAGE })
  @Length(1, 500, { message: REASON_MESSAGE })
  reason: string;
}

export class CampaignDrawQueryDto {
  @ApiPropertyOptional({ description: 'Include superseded draws' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  all?: boolean;
}

export class PanelEvaluatorDto {
  @ApiProperty() profileId: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: EVALUATION_RANKS }) highestRank: EvaluationRank;
  @ApiProperty() organizationId: string;
  @ApiProperty() organizationName: string;
  @ApiProperty({ description: '在进行中的认定计划中的考评人次 / candidates assessed across live campaigns' }) workload: number;
}

export class PanelCandidateDto {
  @ApiProperty() applicationId: string;
  @ApiProperty() personId: string;
  @ApiProperty() fullName: string;
  @ApiProperty({ nullable: true, type: String, description: '准考证号' }) ticketNumber: string | null;
}

export class CampaignPanelDto {
  @ApiProperty({ description: '考评组序号 / panel number, from 1' }) number: number;
  @ApiProperty({ type: [PanelEvaluatorDto] }) evaluators: PanelEvaluatorDto[];
  @ApiProperty({ type: [PanelCandidateDto] }) candidates: PanelCandidateDto[];
}

export class DrawChangeDto {
  @ApiProperty() panelNumber: number;
  @ApiProperty() removedProfileId: string;
  @ApiProperty() removedName: string;
  @ApiProperty() addedProfileId: string;
  @ApiProperty() addedName: string;
  @ApiProperty() reason: string;
  @ApiProperty({ nullable: true, type: String }) changedBy: string | null;
  @ApiProperty() createdAt: string;
}

export class CampaignDrawRuleDto {
  @ApiProperty() minEvaluators: number;
  @ApiProperty() oddCount: boolean;
  @ApiProperty({ nullable: true, type: Number }) candidatesPerEvaluator: number | null;
  @ApiProperty({ nullable: true, type: Number }) workloadCap: number | null;
}

export class CampaignDrawDto {
  @ApiProperty() id: string;
  @ApiProperty() campaignId: string;
  @ApiProperty({ enum: NATIONAL_RANKS }) rank: NationalRank;
  @ApiProperty() rankLabel: string;
  @ApiProperty({ enum: COMPONENT_KINDS }) component: ComponentKind;
  @ApiProperty() componentLabel: string;
  @ApiProperty({ enum: ['current', 'superseded'] }) status: 'current' | 'superseded';
  @ApiProperty({ description: '系统生成的随机种子，可用 verify 复算 / the server-made seed; …/verify replays the draw from it' }) seed: number;
  @ApiProperty() algorithm: string;
  @ApiProperty({ type: CampaignDrawRuleDto }) rule: CampaignDrawRuleDto;
  @ApiProperty({ description: 'Qualifications were checked on this date' }) assessmentDate: string;
  @ApiProperty() candidateCount: number;
  @ApiProperty() evaluatorCount: number;
  @ApiProperty({ description: '因回避排除的考评员–考生配对数 / pairings ruled out by recusal' }) recusalsApplied: number;
  @ApiProperty({ nullable: true, type: String }) reason: string | null;
  @ApiProperty({ nullable: true, type: String }) drawnBy: string | null;
  @ApiProperty() createdAt: string;
  @ApiProperty({ nullable: true, type: String }) supersededAt: string | null;
  @ApiProperty({ type: [CampaignPanelDto] }) panels: CampaignPanelDto[];
  @ApiProperty({ type: [DrawChangeDto], description: '人工调整记录 / manual changes' }) changes: DrawChangeDto[];
}

/** Documented for OpenAPI: the `code` of a 422 when no draw satisfies the rules or a change breaks one. */
export const CAMPAIGN_DRAW_FAILURE_DESCRIPTION = `无法抽取时返回 422，code 为未满足的约束 / 422 naming the constraint: ${DRAW_FAILURE_CODES.join(', ')}`;
export const REPLACEMENT_FAILURE_DESCRIPTION = `调整不符合规则时返回 422 / 422 naming the rule broken: ${REPLACEMENT_FAILURE_CODES.join(', ')}`;

export class VerifiedPanelDto {
  @ApiProperty({ description: '考评组序号 / panel number, from 1' }) number: number;
  @ApiProperty({ type: [String] }) evaluatorProfileIds: string[];
  @ApiProperty({ type: [String], description: '考生（职工档案） / candidate worker records' }) candidatePersonIds: string[];
}

/** 复算核验: a saved draw replayed from its recorded seed and inputs. Nothing is saved. */
export class CampaignDrawVerificationDto {
  @ApiProperty() drawId: string;
  @ApiProperty() seed: number;
  @ApiProperty() algorithm: string;
  @ApiProperty({ description: '复算结果与保存的抽取结果一致 / the replay gives the saved panels' }) matches: boolean;
  @ApiProperty({ type: [String], description: '不一致之处 / what differs, zh-CN first' }) differences: string[];
  @ApiProperty({ description: '人工调整次数（比对前已还原） / manual changes, undone before comparing' }) manualChanges: number;
  @ApiProperty({ type: [VerifiedPanelDto], description: '抽取时的考评组（还原人工调整） / the panels as drawn, manual changes undone' }) drawn: VerifiedPanelDto[];
  @ApiProperty({ type: [VerifiedPanelDto], description: '按记录的种子与输入复算的考评组 / the panels the replay gives' }) replayed: VerifiedPanelDto[];
}
