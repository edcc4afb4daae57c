import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access, ApiPageResponse, CurrentPrincipal, Principal, ParseIdPipe } from '@skill-ladder/platform';
import { TITLE_MAPPING_CHANGES } from '../standards-scope';
import { CreateTitleMappingDto, TitleMappingQueryDto, TitleMappingResponseDto, UpdateTitleMappingDto } from './dto/title-mapping.dto';
import { TitleMappingsService } from './title-mappings.service';

const OWNERS = ['platform_admin', 'bureau_officer'] as const;
const OWNER_SCOPE = 'bureau: the rules of its own region; platform admin: the national defaults';

@ApiTags('技能等级与职称贯通 / Title mappings')
@Controller('title-mappings')
export class TitleMappingsController {
  constructor(private readonly mappings: TitleMappingsService) {}

  @Get()
  @Access(['authenticated'], '比照认定规则列表 / List skill ↔ title mapping rules')
  @ApiPageResponse(TitleMappingResponseDto)
  list(@Query() query: TitleMappingQueryDto) {
    return this.mappings.list(query);
  }

  @Get(':id')
  @Access(['authenticated'], '比照认定规则详情 / Get a mapping rule')
  @ApiOkResponse({ type: TitleMappingResponseDto })
  get(@Param('id', ParseIdPipe) id: string) {
    return this.mappings.get(id);
  }

  @Post()
  @Access(OWNERS, '新增比照认定规则 / Add a mapping rule', OWNER_SCOPE)
  @ApiOkResponse({ type: TitleMappingResponseDto })
  create(@CurrentPrincipal() principal: Principal, @Body() dto: CreateTitleMappingDto) {
    return this.mappings.create(principal, dto);
  }

  @Patch(':id')
  @Access(OWNERS, '修改或终止比照认定规则 / Change a rule not yet in force, or end one', { scope: OWNER_SCOPE, policy: TITLE_MAPPING_CHANGES })
  @ApiOkResponse({ type: TitleMappingResponseDto })
  update(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string, @Body() dto: UpdateTitleMappingDto) {
    return this.mappings.update(principal, id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @Access(OWNERS, '删除未生效的规则 / Delete a rule that never took effect', { scope: OWNER_SCOPE, policy: TITLE_MAPPING_CHANGES })
  async remove(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string): Promise<void> {
    await this.mappings.remove(principal, id);
  }
}
