import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsOptional, IsString, IsUUID, Length, Matches, MaxLength, MinLength } from 'class-validator';
import { PageQueryDto, Role, ROLE_LABELS, ROLES } from '@skill-ladder/platform';

const lower = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9_.-]{2,63}$/;

export class CreateUserDto {
  @ApiProperty({ example: 'zhang.hr', description: '3–64 lowercase letters, digits, _ . -' })
  @Transform(lower)
  @MaxLength(64)
  @Matches(USERNAME_PATTERN, { message: '用户名须为3–64位小写字母、数字或 _ . - / username must be 3–64 lowercase letters, digits, _ . -' })
  username: string;

  @ApiProperty({ minLength: 12, maxLength: 128 })
  @IsString()
  @MinLength(12, { message: '密码至少12位 / password must be at least 12 characters' })
  @MaxLength(128)
  password: string;

  @ApiProperty({ example: '张敏' })
  @Transform(trim)
  @IsString()
  @Length(1, 100)
  displayName: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Organization the user belongs to; defaults to your own (HR). Not for platform admins.' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @ApiProperty({ enum: ROLES, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @ArrayUnique()
  @IsIn(ROLES, { each: true })
  roles: Role[];

  @ApiPropertyOptional({ format: 'uuid', description: 'The worker record this account belongs to (required with role worker)' })
  @IsOptional()
  @IsUUID()
  personId?: string;
}

export class UpdateUserDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 100)
  displayName?: string;

  @ApiPropertyOptional({ enum: ['active', 'disabled'], description: 'Disabling ends every session of the user' })
  @IsOptional()
  @IsIn(['active', 'disabled'])
  status?: 'active' | 'disabled';

  @ApiPropertyOptional({ description: '变更原因 / Reason (kept in the audit trail)' })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  reason?: string;
}

export class UserQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;
}

export class UserResponseDto {
  @ApiProperty() id: string;
  @ApiProperty() username: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ nullable: true, type: String }) organizationId: string | null;
  @ApiProperty({ nullable: true, type: String }) personId: string | null;
  @ApiProperty({ enum: ROLES, isArray: true }) roles: Role[];
  @ApiProperty({ type: [String] }) roleLabels: string[];
  @ApiProperty() status: string;
  @ApiProperty() createdAt: string;

  static from(u: { id: string; username: string; displayName: string; organizationId: string | null; personId: string | null; status: string; createdAt: Date }, roles: Role[]): UserResponseDto {
    return {
      id: u.id,
      username: u.username,
      displayName: u.displayName,
      organizationId: u.organizationId,
      personId: u.personId,
      roles,
      roleLabels: roles.map((r) => ROLE_LABELS[r]),
      status: u.status,
      createdAt: u.createdAt.toISOString(),
    };
  }
}
