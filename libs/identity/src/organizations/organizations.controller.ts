import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access, ApiPageResponse, CurrentPrincipal, Principal, ParseIdPipe } from '@skill-ladder/platform';
import { CreateOrganizationDto, OrganizationQueryDto, OrganizationResponseDto, UpdateOrganizationDto } from './dto/organization.dto';
import { ORGANIZATION_CHANGES, ORGANIZATION_FILINGS, ORGANIZATIONS } from './organization-policies';
import { OrganizationsService } from './organizations.service';

@ApiTags('组织 / Organizations')
@Controller('organizations')
export class OrganizationsController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Post()
  @Access(['platform_admin', 'bureau_officer'], '登记组织 / Register an organization', {
    scope: 'platform admin: bureaus; bureau officer: enterprises and agencies in its region',
    policy: ORGANIZATION_FILINGS,
  })
  @ApiCreatedResponse({ type: OrganizationResponseDto })
  create(@CurrentPrincipal() principal: Principal, @Body() dto: CreateOrganizationDto) {
    return this.organizations.create(principal, dto);
  }

  @Get()
  @Access(['platform_admin', 'bureau_officer', 'hr_admin'], '组织列表 / List organizations', { scope: 'bureau: its region; HR: its own organization', policy: ORGANIZATIONS })
  @ApiPageResponse(OrganizationResponseDto)
  list(@CurrentPrincipal() principal: Principal, @Query() query: OrganizationQueryDto) {
    return this.organizations.list(principal, query);
  }

  @Get(':id')
  @Access(['platform_admin', 'bureau_officer', 'hr_admin', 'evaluator', 'worker'], '组织详情 / Get an organization', {
    scope: 'bureau: its region; others: their own organization',
    policy: ORGANIZATIONS,
  })
  @ApiOkResponse({ type: OrganizationResponseDto })
  get(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string) {
    return this.organizations.get(principal, id);
  }

  @Patch(':id')
  @Access(['platform_admin', 'bureau_officer', 'hr_admin'], '修改组织 / Update an organization', {
    scope: 'platform admin: bureaus; bureau: organizations in its region; HR: own name only',
    policy: ORGANIZATION_CHANGES,
  })
  @ApiOkResponse({ type: OrganizationResponseDto })
  update(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string, @Body() dto: UpdateOrganizationDto) {
    return this.organizations.update(principal, id, dto);
  }
}
