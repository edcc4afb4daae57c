import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { PageQueryDto, trim } from '@skill-ladder/platform';
import { RECOGNITION_STATUSES, RecognitionAction, RecognitionStatus } from '../recognition-workflow';
import { Rank, RANKS, TITLE_GRADES, TitleGrade } from '@skill-ladder/vocabulary';

export class ApplyTitleRecognitionDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'The worker; a worker applying for themself may omit it, HR must give it' })
  @IsOptional()
  @IsUUID()
  personId?: string;

  @ApiProperty({ example: 'engineering', description: '职称系列 the mapping opens' })
  @MaxLength(40)
  @Matches(/^[a-z][a-z_]{1,39}$/, { message: '职称系列代码，如 engineering / title series code such as engineering' })
  titleSeries: string;

  @ApiProperty({ enum: TITLE_GRADES, example: 'intermediate' })
  @IsIn(TITLE_GRADES)
  titleGrade: TitleGrade;

  @ApiPropertyOptional({ description: '个人陈述 / statement' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 2000)
  statement?: string;
}

export class TitleRecognitionQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: RECOGNITION_STATUSES })
  @IsOptional()
  @IsIn(RECOGNITION_STATUSES)
  status?: RecognitionStatus;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  personId?: string;
}

/** The skill credential a recognition rests on. */
export class RecognitionBasisDto {
  @ApiProperty() credentialId: string;
  @ApiProperty({ enum: RANKS }) rank: Rank;
  @ApiProperty() rankLabel: string;
  @ApiProperty() obtainedOn: string;
}

export class TitleRecognitionResponseDto {
  @ApiProperty() id: string;
  @ApiProperty() personId: string;
  @ApiProperty() personName: string;
  @ApiProperty() organizationId: string;
  @ApiProperty() organizationName: string;
  @ApiProperty({ nullable: true, type: String }) bureauId: string | null;
  @ApiProperty() titleSeries: string;
  @ApiProperty() titleSeriesLabel: string;
  @ApiProperty({ enum: TITLE_GRADES }) titleGrade: TitleGrade;
  @ApiProperty() titleGradeLabel: string;
  @ApiProperty() titleName: string;
  @ApiProperty({ type: RecognitionBasisDto }) basis: RecognitionBasisDto;
  @ApiProperty({ enum: RECOGNITION_STATUSES }) status: RecognitionStatus;
  @ApiProperty() statusLabel: string;
  @ApiProperty() allowedActions: RecognitionAction[];
  @ApiProperty({ nullable: true, type: String }) statement: string | null;
  @ApiProperty() appliedOn: string;
  @ApiProperty({ nullable: true, type: String }) endorsedAt: string | null;
  @ApiProperty({ nullable: true, type: String }) endorsementNote: string | null;
  @ApiProperty({ nullable: true, type: String }) decidedAt: string | null;
  @ApiProperty({ nullable: true, type: String }) decisionReason: string | null;
  @ApiProperty({ nullable: true, type: String }) recognizedOn: string | null;
  @ApiProperty({ nullable: true, type: String }) personTitleId: string | null;
}
