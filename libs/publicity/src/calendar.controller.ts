import { Body, Controller, Get, Param, ParseIntPipe, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal, Principal } from '@skill-ladder/platform';
import { CalendarService } from './calendar.service';
import { CalendarYearResponseDto, LoadCalendarYearDto, WorkingDaysQueryDto, WorkingDaysResponseDto } from './dto/calendar.dto';

const NATIONAL = 'national reference data, the same for every region';

@ApiTags('工作日历 / Working-day calendar')
@Controller('calendar')
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Put('years/:year')
  @Access(
    ['platform_admin', 'bureau_officer'],
    '载入或替换某年官方节假日安排（留痕） / Load or replace a year’s official holiday schedule (audited)',
    `${NATIONAL}; replaces the whole year and recounts open publicity windows across it`,
  )
  @ApiOkResponse({ type: CalendarYearResponseDto })
  load(@CurrentPrincipal() principal: Principal, @Param('year', ParseIntPipe) year: number, @Body() dto: LoadCalendarYearDto) {
    return this.calendar.loadYear(principal, year, dto);
  }

  @Get('years/:year')
  @Access(['authenticated'], '某年节假日安排 / A year’s holiday schedule and where it comes from', NATIONAL)
  @ApiOkResponse({ type: CalendarYearResponseDto })
  getYear(@Param('year', ParseIntPipe) year: number) {
    return this.calendar.getYear(year);
  }

  @Get('working-days')
  @Access(['authenticated'], '计算N个工作日（公示期） / Count N working days from a date, as a publicity window does', NATIONAL)
  @ApiOkResponse({ type: WorkingDaysResponseDto })
  workingDays(@Query() query: WorkingDaysQueryDto) {
    return this.calendar.workingDays(query);
  }
}
