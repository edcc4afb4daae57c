import { ApiProperty } from '@nestjs/swagger';
import { Rank, RANKS } from '@skill-ladder/vocabulary';

const CREDENTIAL_STATUSES = ['valid', 'revoked', 'ended'] as const;
type CredentialStatus = (typeof CREDENTIAL_STATUSES)[number];

/** 我的证书: one skill credential as its holder reads it, wherever it was obtained. */
export class WorkerCredentialDto {
  @ApiProperty() id: string;
  @ApiProperty({ example: '6-18-02-04' }) occupationCode: string;
  @ApiProperty({ nullable: true, type: String, example: '焊工' }) occupationName: string | null;
  @ApiProperty({ nullable: true, type: String, description: '工种' }) workType: string | null;
  @ApiProperty({ enum: RANKS }) rank: Rank;
  @ApiProperty({ example: '四级/中级工' }) rankLabel: string;
  @ApiProperty({ nullable: true, type: Number, minimum: 1, maximum: 5, description: 'The level digit of a national certificate (1 = 一级); null for tiers' })
  levelDigit: number | null;
  @ApiProperty({ nullable: true, type: String }) certificateNumber: string | null;
  @ApiProperty({ example: '2024-06-30' }) issuedOn: string;
  @ApiProperty() issuerName: string;
  @ApiProperty({ enum: ['external', 'issued', 'appointed'] }) source: 'external' | 'issued' | 'appointed';
  @ApiProperty({ example: '本平台评价发证' }) sourceLabel: string;
  @ApiProperty({ enum: CREDENTIAL_STATUSES }) status: CredentialStatus;
  @ApiProperty({ example: '有效' }) statusLabel: string;
  @ApiProperty({ nullable: true, type: String, description: 'The certificate issued on this platform, when the caller may open it (PDF, QR code)' })
  certificateId: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'The public verification page of that certificate (what its QR code opens)' })
  verificationUrl: string | null;
}

export const CREDENTIAL_STATUS_LABELS: Record<CredentialStatus, string> = { valid: '有效', revoked: '已撤销', ended: '已到期' };
