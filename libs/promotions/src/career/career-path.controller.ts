import { Controller, Get, Param } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal, ParseIdPipe, Principal } from '@skill-ladder/platform';
import { CareerPathService } from './career-path.service';
import { CareerPathResponseDto, ConditionsFromDto } from './dto/career-path.dto';
import { WorkerCredentialDto } from './dto/worker-credential.dto';

@ApiTags('职业发展路径 / Career paths')
@ApiExtraModels(ConditionsFromDto)
@Controller('workers')
export class CareerPathController {
  constructor(private readonly careers: CareerPathService) {}

  @Get(':id/career-path')
  @Access(
    ['bureau_officer', 'hr_admin', 'worker'],
    '职业发展路径：现有等级、下一级条件与预计达到日期、可申报职称、各级待遇 / Career path: current rank, next rungs with their conditions and dates, titles, treatment',
    'HR of the worker’s work organization or employer of record; the bureau of the region; the worker themself',
  )
  @ApiOkResponse({ type: CareerPathResponseDto })
  careerPath(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string): Promise<CareerPathResponseDto> {
    return this.careers.careerPath(principal, id);
  }

  @Get(':id/credentials')
  @Access(
    ['bureau_officer', 'hr_admin', 'worker'],
    '职工的技能等级证书（含外部取得、企业评聘） / A worker’s skill credentials with their labels, newest first',
    'HR of the worker’s work organization or employer of record; the bureau of the region; the worker themself. Certificate ids only where the caller may open the certificate',
  )
  @ApiOkResponse({ type: [WorkerCredentialDto] })
  credentials(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string): Promise<WorkerCredentialDto[]> {
    return this.careers.credentials(principal, id);
  }
}
