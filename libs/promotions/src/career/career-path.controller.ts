import { Controller, Get, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal, Principal, ParseIdPipe } from '@skill-ladder/platform';
import { CareerPathService } from './career-path.service';

@ApiTags('职业发展路径 / Career paths')
@Controller('workers')
export class CareerPathController {
  constructor(private readonly careers: CareerPathService) {}

  @Get(':id/career-path')
  @Access(
    ['bureau_officer', 'hr_admin', 'worker'],
    '职业发展路径：现有等级、下一级条件与预计达到日期、可申报职称、各级待遇 / Career path: current rank, next rungs with their conditions and dates, titles, treatment',
    'HR of the worker’s work organization or employer of record; the bureau of the region; the worker themself',
  )
  careerPath(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string) {
    return this.careers.careerPath(principal, id);
  }
}
