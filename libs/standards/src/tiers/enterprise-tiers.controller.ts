import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal, Principal, ParseIdPipe } from '@skill-ladder/platform';
import { ENTERPRISE_TIER_CHANGES } from '../standards-scope';
import { CreateEnterpriseTierDto, EnterpriseTierResponseDto, UpdateEnterpriseTierDto } from './dto/enterprise-tier.dto';
import { EnterpriseTiersService } from './enterprise-tiers.service';

@ApiTags('企业技能等级序列 / Enterprise tiers')
@Controller('organizations/:organizationId/tiers')
export class EnterpriseTiersController {
  constructor(private readonly tiers: EnterpriseTiersService) {}

  @Get()
  @Access(
    ['platform_admin', 'bureau_officer', 'hr_admin', 'evaluator', 'worker'],
    '企业技能等级序列 / An enterprise’s tiers with their national equivalents',
    'bureau: its region; others: their own organization',
  )
  @ApiOkResponse({ type: [EnterpriseTierResponseDto] })
  list(@CurrentPrincipal() principal: Principal, @Param('organizationId', ParseIdPipe) organizationId: string) {
    return this.tiers.list(principal, organizationId);
  }

  @Post()
  @Access(['hr_admin'], '新增企业等级 / Add a tier mapped to a national rank', { scope: 'HR of the enterprise', policy: ENTERPRISE_TIER_CHANGES })
  @ApiOkResponse({ type: EnterpriseTierResponseDto })
  create(@CurrentPrincipal() principal: Principal, @Param('organizationId', ParseIdPipe) organizationId: string, @Body() dto: CreateEnterpriseTierDto) {
    return this.tiers.create(principal, organizationId, dto);
  }

  @Patch(':tierId')
  @Access(['hr_admin'], '修改或停用企业等级 / Update or retire a tier', { scope: 'HR of the enterprise', policy: ENTERPRISE_TIER_CHANGES })
  @ApiOkResponse({ type: EnterpriseTierResponseDto })
  update(
    @CurrentPrincipal() principal: Principal,
    @Param('organizationId', ParseIdPipe) organizationId: string,
    @Param('tierId', ParseIdPipe) tierId: string,
    @Body() dto: UpdateEnterpriseTierDto,
  ) {
    return this.tiers.update(principal, organizationId, tierId, dto);
  }
}
