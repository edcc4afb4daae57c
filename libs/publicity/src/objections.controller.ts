import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal, Principal, ParseIdPipe } from '@skill-ladder/platform';
import { ObjectionResponseDto, ResolveObjectionDto } from './dto/publicity.dto';
import { PublicityService } from './publicity.service';

@ApiTags('公示与异议 / Publicity and objections')
@Controller('objections')
export class ObjectionsController {
  constructor(private readonly publicity: PublicityService) {}

  @Post(':id/resolve')
  @HttpCode(200)
  @Access(
    ['hr_admin', 'bureau_officer'],
    '处理异议：成立或不成立（须说明意见） / Resolve an objection: upheld or dismissed, with a resolution',
    'HR of the publishing organization; the bureau of its region. Upheld: the entry awaits correction or withdrawal by the owning module',
  )
  @ApiOkResponse({ type: ObjectionResponseDto })
  resolve(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string, @Body() dto: ResolveObjectionDto) {
    return this.publicity.resolveObjection(principal, id, dto);
  }
}
