import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { IsBusinessDate, OCCUPATION_CODE, OCCUPATION_CODE_MESSAGE, PageQueryDto, trim } from '@skill-ladder/platform';
import { NATIONAL_RANKS, NationalRank } from '../../draw/ranks';
import { CERTIFICATE_ROUTES, CERTIFICATE_STATUSES, CertificateRoute, CertificateStatus, IdType, ID_TYPES } from '../certificate-fields';

const REASON_MESSAGE = '请填写理由 / a reason is required';

export class CertificateQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: CERTIFICATE_STATUSES })
  @IsOptional()
  @IsIn(CERTIFICATE_STATUSES)
  status?: CertificateStatus;

  @ApiPropertyOptional({ example: '6-18-02-04' })
  @IsOptional()
  @MaxLength(10)
  @Matches(OCCUPATION_CODE, { message: OCCUPATION_CODE_MESSAGE })
  occupationCode?: string;

  @ApiPropertyOptional({ enum: NATIONAL_RANKS })
  @IsOptional()
  @IsIn(NATIONAL_RANKS)
  rank?: NationalRank;

  @ApiPropertyOptional({ format: 'uuid', description: 'Certificates of this worker' })
  @IsOptional()
  @IsUUID()
  personId?: string;

  @ApiPropertyOptional({ example: 'Y000014000123263000001', description: '证书编号', pattern: '^[YS]\\d{21}$', maxLength: 22 })
  @IsOptional()
  @Matches(/^[YS]\d{21}$/, { message: '证书编号应为22位 / certificate numbers have 22 characters' })
  certificateNumber?: string;

  @ApiPropertyOptional({ example: '2026-01-01', description: '发证日期起 / issued on or after' })
  @IsOptional()
  @IsBusinessDate()
  issuedFrom?: string;

  @ApiPropertyOptional({ example: '2026-12-31', description: '发证日期止 / issued on or before' })
  @IsOptional()
  @IsBusinessDate()
  issuedTo?: string;
}

export class CertificateExportQueryDto {
  @ApiProperty({ example: '2026-01-01', description: '发证日期起 / issued on or after' })
  @IsBusinessDate()
  from: string;

  @ApiProperty({ example: '2026-12-31', description: '发证日期止 / issued on or before' })
  @IsBusinessDate()
  to: string;

  @ApiPropertyOptional({ enum: CERTIFICATE_STATUSES, default: 'valid', description: 'valid: the upload of issued certificates; revoked: the list of revocations to report' })
  @IsOptional()
  @IsIn(CERTIFICATE_STATUSES)
  status?: CertificateStatus;
  @ApiPropertyOptional({ example: '6-18-02-04', description: '只导出该职业 / only this occupation' })
  @IsOptional()
  @MaxLength(10)
  @Matches(OCCUPATION_CODE, { message: OCCUPATION_CODE_MESSAGE })
  occupationCode?: string;

  @ApiPropertyOptional({ enum: NATIONAL_RANKS, description: '只导出该等级 / only this level' })
  @IsOptional()
  @IsIn(NATIONAL_RANKS)
  rank?: NationalRank;
}

export class CertificateBatchPdfQueryDto {
  @ApiProperty({ format: 'uuid', description: '认定计划 / the campaign whose certificates are printed' })
  @IsUUID(undefined, { message: '认定计划编号格式有误 / campaignId must be a UUID' })
  campaignId: string;

  @ApiPropertyOptional({ enum: NATIONAL_RANKS, description: '只打印该等级 / only this level' })
  @IsOptional()
  @IsIn(NATIONAL_RANKS)
  rank?: NationalRank;
}

export class RevokeCertificateDto {
  @ApiProperty({ example: '经查实申报材料弄虚作假', description: '撤销理由（记入审计） / reason, kept in the audit trail' })
  @Transform(trim)
  @IsString({ message: REASON_MESSAGE })
  @Length(1, 1000, { message: REASON_MESSAGE })
  reason: string;
}

export class VerifyCertificateQueryDto {
  @ApiProperty({ example: '王建国', description: '持证人姓名 / the holder’s name as printed on the certificate' })
  @Transform(trim)
  @IsString({ message: '请填写持证人姓名 / the holder’s name is required' })
  @Length(1, 100, { message: '请填写持证人姓名 / the holder’s name is required' })
  name: string;
}

export class CertificateResponseDto {
  @ApiProperty() id: string;
  @ApiProperty({ description: '证书编号 (22 characters)' }) certificateNumber: string;
  @ApiProperty({ enum: CERTIFICATE_STATUSES }) status: CertificateStatus;
  @ApiProperty() statusLabel: string;
  @ApiProperty({ description: 'The issuing evaluation body' }) bodyOrganizationId: string;
  @ApiProperty() bodyName: string;
  @ApiProperty() personId: string;
  @ApiProperty() holderName: string;
  @ApiProperty({ enum: ID_TYPES }) idType: IdType;
  @ApiProperty() idTypeLabel: string;
  @ApiProperty({ example: '141102********1234', description: 'Always masked; the full number is printed on the PDF only' }) idNumberMasked: string;
  @ApiProperty() occupationCode: string;
  @ApiProperty() occupationName: string;
  @ApiProperty({ nullable: true, type: String }) workType: string | null;
  @ApiProperty({ description: '工种 as printed, "--" when none' }) workTypeLabel: string;
  @ApiProperty({ enum: NATIONAL_RANKS }) rank: NationalRank;
  @ApiProperty({ example: '三级/高级工' }) levelLabel: string;
  @ApiProperty({ example: '2026-09-30' }) issuedOn: string;
  @ApiProperty({ enum: CERTIFICATE_ROUTES }) route: CertificateRoute;
  @ApiProperty({ nullable: true, type: String }) campaignId: string | null;
  @ApiProperty({ nullable: true, type: String }) applicationId: string | null;
  @ApiProperty({ nullable: true, type: String }) competitionResultId: string | null;
  @ApiProperty({ nullable: true, type: String }) revocationReason: string | null;
  @ApiProperty({ nullable: true, type: String }) revokedBy: string | null;
  @ApiProperty({ nullable: true, type: String }) revokedAt: string | null;
  @ApiProperty({ description: 'Public verification URL (the QR code adds the holder’s name)' }) verificationUrl: string;
  @ApiProperty() createdAt: string;
}

/** What anyone who knows the number and the name may learn: never the ID number. */
export class PublicCertificateResponseDto {
  @ApiProperty() certificateNumber: string;
  @ApiProperty({ enum: CERTIFICATE_STATUSES }) status: CertificateStatus;
  @ApiProperty({ example: '有效 / Valid' }) statusLabel: string;
  @ApiProperty() holderName: string;
  @ApiProperty() occupationCode: string;
  @ApiProperty() occupationName: string;
  @ApiProperty({ description: '工种, "--" when none' }) workType: string;
  @ApiProperty({ enum: NATIONAL_RANKS }) rank: NationalRank;
  @ApiProperty({ example: '三级/高级工' }) levelLabel: string;
  @ApiProperty({ description: '评价机构' }) issuingBody: string;
  @ApiProperty({ example: '2026-09-30' }) issuedOn: string;
  @ApiProperty({ nullable: true, type: String, description: 'China date of the revocation' }) revokedOn: string | null;
}

export class CertificateCredentialResponseDto {
  @ApiProperty({ description: 'The credential secured as a JWT (VC-JOSE-COSE, typ vc+jwt, EdDSA / Ed25519)' }) jwt: string;
  @ApiProperty({ description: 'The JWT’s protected header' }) header: Record<string, unknown>;
  @ApiProperty({ description: 'The Open Badges 3.0 AchievementCredential the JWT secures (its claims set)' }) credential: Record<string, unknown>;
  @ApiProperty({ description: 'Where the issuing body’s public keys are published' }) jwksUrl: string;
  @ApiProperty({ enum: CERTIFICATE_STATUSES, description: 'Current status; a signed credential cannot show a later revocation' }) status: CertificateStatus;
}

export class JwksResponseDto {
  @ApiProperty({ type: 'array', items: { type: 'object' } }) keys: Record<string, unknown>[];
}

export class IssuerProfileResponseDto {
  @ApiProperty() id: string;
  @ApiProperty({ type: [String] }) type: string[];
  @ApiProperty() name: string;
  @ApiProperty() jwksUrl: string;
}
