import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { ROLES, Role } from '@skill-ladder/platform';

export class LoginDto {
  @ApiProperty({ example: 'admin' })
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  username: string;

  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(128)
  password: string;
}

export class RefreshDto {
  @ApiProperty()
  @IsString()
  @MinLength(20)
  @MaxLength(200)
  refreshToken: string;
}

export class TokenResponseDto {
  @ApiProperty() accessToken: string;
  @ApiProperty({ description: 'Single use: each refresh returns a new one; reusing an old one ends the session' }) refreshToken: string;
  @ApiProperty({ description: 'Seconds until the access token expires' }) expiresIn: number;
  @ApiProperty({ example: 'Bearer' }) tokenType: 'Bearer';
}

export class MeOrganizationDto {
  @ApiProperty() id: string;
  @ApiProperty() kind: string;
  @ApiProperty() name: string;
  @ApiProperty() regionCode: string;
}

export class MeScopeDto {
  @ApiProperty({ enum: ['platform', 'region', 'organization', 'self'] }) kind: 'platform' | 'region' | 'organization' | 'self';
  @ApiProperty() description: string;
  @ApiPropertyOptional() regionPrefix?: string;
}

export class MeResponseDto {
  @ApiProperty() id: string;
  @ApiProperty() username: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: ROLES, isArray: true }) roles: Role[];
  @ApiProperty({ type: [String] }) roleLabels: string[];
  @ApiProperty({ type: MeOrganizationDto, nullable: true }) organization: MeOrganizationDto | null;
  @ApiProperty({ nullable: true, type: String }) personId: string | null;
  @ApiProperty({ type: MeScopeDto }) scope: MeScopeDto;
}
