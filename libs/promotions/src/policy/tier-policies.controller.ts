import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal, Principal, ParseIdPipe } from '@skill-ladder/platform';
import { TIER_POLICY_HR } from '../common/case-scope';
import { CreateTierPolicyDto, TierPolicyResponseDto, UpdateTierPolicyDto } from './dto/tier-policy.dto';
import { TierPoliciesService } from './tier-policies.service';

@ApiTags('等级待遇政策 / Tier and treatment policy')
@Controller('organizations/:organizationId/tier-policies')
export class TierPoliciesController {
  constructor(private readonly policies: TierPoliciesService) {}

  @Get()
  @Access(
    ['platform_admin', 'bureau_officer', 'hr_admin', 'worker'],
    '企业等级待遇政策（待遇、聘期、名额及使用情况） / An enterprise’s tier policy: treatment, term, quota and places held',
    'bureau: its region; others: their own organization',
  )
  @ApiOkResponse({ type: [TierPolicyResponseDto] })
  list(@CurrentPrincipal() principal: Principal, @Param('organizationId', ParseIdPipe) organizationId: string) {
    return this.policies.list(principal, organizationId);
  }

  @Post()
  @Access(['hr_admin'], '设定某等级的待遇、聘期与名额 / Set the treatment, term and quota of a tier', { scope: 'HR of the enterprise', policy: TIER_POLICY_HR })
  @ApiOkResponse({ type: TierPolicyResponseDto })
  create(@CurrentPrincipal() principal: Principal, @Param('organizationId', ParseIdPipe) organizationId: string, @Body() dto: CreateTierPolicyDto) {
    return this.policies.create(principal, organizationId, dto);
  }

  @Patch(':policyId')
  @Access(['hr_admin'], '修改或停用等级待遇政策（须说明原因） / Change or retire a tier policy, with a reason', { scope: 'HR of the enterprise', policy: TIER_POLICY_HR })
  @ApiOkResponse({ type: TierPolicyResponseDto })
  update(
    @CurrentPrincipal() principal: Principal,
    @Param('organizationId', ParseIdPipe) organizationId: string,
    @Param('policyId', ParseIdPipe) policyId: string,
    @Body() dto: UpdateTierPolicyDto,
  ) {
    return this.policies.update(principal, organizationId, policyId, dto);
  }
}
