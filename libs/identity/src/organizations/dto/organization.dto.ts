import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, Length, ValidateIf } from 'class-validator';
import { IsCreditCode, IsRegionCode, normalizeCreditCode, ORGANIZATION_KINDS, OrganizationKind, PageQueryDto } from '@skill-ladder/platform';
import type { Organization } from '../../entities/organization.entity';

export class OrganizationWarningDto {
  @ApiProperty({ enum: ['CREDIT_CODE_REGION_MISMATCH'] }) code: 'CREDIT_CODE_REGION_MISMATCH';
  @ApiProperty() field: 'creditCode';
  @ApiProperty() message: string;
}

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const creditCode = ({ value }: { value: unknown }) => (typeof value === 'string' ? normalizeCreditCode(value) : value);

export const ORGANIZATION_KIND_LABELS: Record<OrganizationKind, string> = {
  bureau: '人力资源和社会保障局 / Human-resources bureau',
  enterprise: '企业（用人单位） / Enterprise',
  dispatch_agency: '劳务派遣单位 / Dispatch agency',
};

export class CreateOrganizationDto {
  @ApiProperty({ enum: ORGANIZATION_KINDS, description: 'bureau: platform admin only; enterprise / dispatch_agency: a bureau officer of the region' })
  @IsIn(ORGANIZATION_KINDS)
  kind: OrganizationKind;

  @ApiProperty({ example: '吕梁市人力资源和社会保障局' })
  @Transform(trim)
  @IsString()
  @Length(2, 200)
  name: string;

  @ApiProperty({ example: '141100', description: '6位行政区划代码 / administrative division code' })
  @IsRegionCode()
  regionCode: string;

  @ApiPropertyOptional({ example: '91141100MA0K1234XM', description: '统一社会信用代码; required for enterprises and agencies' })
  @ValidateIf((o: CreateOrganizationDto) => o.kind !== 'bureau' || o.creditCode !== undefined)
  @Transform(creditCode)
  @IsCreditCode()
  creditCode?: string;
}

export class UpdateOrganizationDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(2, 200)
  name?: string;

  @ApiPropertyOptional({ enum: ['active', 'suspended'] })
  @IsOptional()
  @IsIn(['active', 'suspended'])
  status?: 'active' | 'suspended';

  @ApiPropertyOptional({ description: '变更原因 / Reason for the change (kept in the audit trail)' })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  reason?: string;
}

export class OrganizationQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ORGANIZATION_KINDS })
  @IsOptional()
  @IsIn(ORGANIZATION_KINDS)
  kind?: OrganizationKind;

  @ApiPropertyOptional({ description: 'Organizations inside this region (prefix rule)' })
  @IsOptional()
  @IsRegionCode()
  regionCode?: string;
}

export class OrganizationResponseDto {
  @ApiProperty() id: string;
  @ApiProperty({ enum: ORGANIZATION_KINDS }) kind: OrganizationKind;
  @ApiProperty() kindLabel: string;
  @ApiProperty() name: string;
  @ApiProperty() regionCode: string;
  @ApiPropertyOptional() regionName?: string;
  @ApiProperty({ nullable: true, type: String }) creditCode: string | null;
  @ApiProperty() status: string;
  @ApiProperty({ type: [OrganizationWarningDto], description: 'Facts worth a second look that did not stop the filing (e.g. a credit code from another province)' })
  warnings: OrganizationWarningDto[];
  @ApiProperty() createdAt: string;

  static from(o: Organization, regionName?: string): OrganizationResponseDto {
    return {
      id: o.id,
      kind: o.kind,
      kindLabel: ORGANIZATION_KIND_LABELS[o.kind],
      name: o.name,
      regionCode: o.regionCode,
      regionName,
      creditCode: o.creditCode,
      status: o.status,
      warnings: o.warnings ?? [],
      createdAt: o.createdAt.toISOString(),
    };
  }
}
