import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { ROLES, Role } from '@skill-ladder/platform';

export const REFRESH_TRANSPORTS = ['body', 'cookie'] as const;
export type RefreshTransport = (typeof REFRESH_TRANSPORTS)[number];

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

  @ApiPropertyOptional({
    enum: REFRESH_TRANSPORTS,
    default: 'body',
    description:
      'Where the refresh token goes: in the response body, or (browsers) in an HttpOnly, SameSite=Strict cookie ' +
      'limited to /api/v1/auth that page scripts cannot read',
  })
  @IsOptional()
  @IsIn(REFRESH_TRANSPORTS)
  refreshTransport?: RefreshTransport;
}

export class RefreshDto {
  @ApiPropertyOptional({ description: 'The refresh token; leave it out to use the session cookie set at sign-in (refreshTransport: cookie)' })
  @IsOptional()
  @IsString()
  @MinLength(20)
  @MaxLength(200)
  refreshToken?: string;
}

export class TokenResponseDto {
  @ApiProperty() accessToken: string;
  @ApiPropertyOptional({ description: 'Single use: each refresh returns a new one; reusing an old one ends the session. Absent when it travels in the cookie.' })
  refreshToken?: string;
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
