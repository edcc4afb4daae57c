import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, Length, ValidateIf } from 'class-validator';
import { trim } from '@skill-ladder/platform';

/** 核验身份: the candidate matched the photo and the ID card, or did not. */
export const IDENTITY_CHECKS = ['verified', 'mismatch'] as const;
export type IdentityCheck = (typeof IDENTITY_CHECKS)[number];
export const IDENTITY_CHECK_LABELS: Readonly<Record<IdentityCheck, string>> = {
  verified: '已核验 / Identity checked',
  mismatch: '人证不符 / Does not match',
};
export const IDENTITY_UNCHECKED_LABEL = '未核验 / Not checked';

/** 核验身份 of one seated candidate against the photo and their ID card. */
export class IdentityCheckDto {
  @ApiPropertyOptional({ enum: IDENTITY_CHECKS, default: 'verified', description: 'verified 人证相符；mismatch 人证不符（须填写情况说明）' })
  @IsOptional()
  @IsIn(IDENTITY_CHECKS, { message: '核验结果只能是 verified 或 mismatch / result must be verified or mismatch' })
  result?: IdentityCheck;

  @ApiPropertyOptional({ example: '与照片不符，已请考务人员到场', maxLength: 500, description: '说明（人证不符时必填；记入审计）' })
  @ValidateIf((o: IdentityCheckDto) => o.result === 'mismatch' || o.note !== undefined)
  @Transform(trim)
  @IsString({ message: '请填写人证不符的情况 / a note is required for a mismatch' })
  @Length(1, 500, { message: '请填写人证不符的情况（不超过500字） / a note of 1 to 500 characters is required' })
  note?: string;
}

/** The candidate's identity check as the room shows it. */
export class IdentityStatusDto {
  @ApiProperty({ type: String, enum: IDENTITY_CHECKS, nullable: true, description: 'null 为未核验' }) result: IdentityCheck | null;
  @ApiProperty() label: string;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ type: String, nullable: true }) checkedAt: string | null;
  @ApiProperty({ type: String, nullable: true, description: '核验人' }) checkedBy: string | null;
}
