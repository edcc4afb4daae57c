import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, Length } from 'class-validator';
import { trim } from '@skill-ladder/platform';

/** A decision that needs a reason (kept in the audit trail). */
export class ReasonDto {
  @ApiProperty({ example: '材料不实', description: '理由（记入审计） / reason, kept in the audit trail' })
  @Transform(trim)
  @IsString({ message: '请填写理由 / a reason is required' })
  @Length(1, 1000, { message: '请填写理由 / a reason is required' })
  reason: string;
}

/** A step that may carry a note. */
export class NoteDto {
  @ApiPropertyOptional({ example: '同意推荐', description: '意见 / note' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 1000)
  note?: string;
}
