import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { IsBusinessDate, toInt, trim } from '@skill-ladder/platform';
import { DEFAULT_PUBLICITY_WORKING_DAYS, MAX_PUBLICITY_WORKING_DAYS } from '../working-days';

export const CALENDAR_ORIGINS = ['loaded', 'built_in', 'none'] as const;
export type CalendarOrigin = (typeof CALENDAR_ORIGINS)[number];

export const CALENDAR_ORIGIN_LABELS: Readonly<Record<CalendarOrigin, string>> = Object.freeze({
  loaded: '人社局/平台载入的官方安排 / Official schedule loaded by the bureau or platform',
  built_in: '系统内置官方安排 / Built-in official schedule',
  none: '暂无官方安排，仅按周六周日计算（临时） / No official schedule: weekends only (provisional)',
});

export class LoadCalendarYearDto {
  @ApiProperty({
    type: [String],
    example: ['2027-01-01', '2027-02-06', '2027-02-07'],
    description: '放假日（含节假日中的周末亦可）/ days off of the State Council notice; every date within the year',
  })
  @IsArray()
  @ArrayMinSize(1, { message: '官方安排至少包含一天法定节假日 / list at least one holiday' })
  @ArrayMaxSize(60)
  @IsBusinessDate({ each: true })
  holidays: string[];

  @ApiProperty({
    type: [String],
    example: ['2027-02-14'],
    description: '调休上班日（周六或周日）/ make-up working days, each a Saturday or Sunday within the year; a make-up day falling in the previous December belongs to that year’s schedule',
  })
  @IsArray()
  @ArrayMaxSize(20)
  @IsBusinessDate({ each: true })
  workdays: string[];

  @ApiProperty({ example: '国务院办公厅关于2027年部分节假日安排的通知', description: '依据（通知文号或名称）/ the notice the schedule comes from' })
  @Transform(trim)
  @IsString({ message: '请填写依据 / name the source notice' })
  @Length(1, 500, { message: '请填写依据 / name the source notice' })
  sourceNote: string;
}

export class WorkingDaysQueryDto {
  @ApiProperty({ example: '2026-09-29', description: '起算日（公示发布日）/ the day counting starts (publication day)' })
  @IsBusinessDate()
  from: string;

  @ApiPropertyOptional({ default: DEFAULT_PUBLICITY_WORKING_DAYS, minimum: 1, maximum: MAX_PUBLICITY_WORKING_DAYS, description: '工作日数 / number of working days' })
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(MAX_PUBLICITY_WORKING_DAYS)
  n: number = DEFAULT_PUBLICITY_WORKING_DAYS;
}

export class CalendarYearResponseDto {
  @ApiProperty() year: number;
  @ApiProperty({ enum: CALENDAR_ORIGINS }) origin: CalendarOrigin;
  @ApiProperty() originLabel: string;
  @ApiProperty({ description: 'Whether working days of this year are counted on an official schedule' }) official: boolean;
  @ApiProperty({ type: [String] }) holidays: string[];
  @ApiProperty({ type: [String] }) workdays: string[];
  @ApiProperty({ nullable: true, type: String }) sourceNote: string | null;
  @ApiProperty({ nullable: true, type: String }) loadedBy: string | null;
  @ApiProperty({ nullable: true, type: String }) loadedByOrganizationId: string | null;
  @ApiProperty({ nullable: true, type: String }) loadedAt: string | null;
}

export class WorkingDaysResponseDto {
  @ApiProperty() from: string;
  @ApiProperty() n: number;
  @ApiProperty({ description: 'First working day counted: `from` if it is one, else the next' }) start: string;
  @ApiProperty({ description: 'The n-th working day, inclusive' }) end: string;
  @ApiProperty({ type: [String] }) days: string[];
  @ApiProperty({ description: 'Counted partly in a year without an official schedule' }) provisional: boolean;
}
