import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiPageResponse } from '../http/pagination';
import { Access, CurrentPrincipal } from '../auth/access.decorator';
import { Principal } from '../auth/principal';
import { AuditQueryService } from './audit-query.service';
import { AuditChainStatusDto, AuditEventDto } from './dto/audit-event.dto';
import { AuditQueryDto } from './dto/audit-query.dto';

@ApiTags('审计 / Audit')
@Controller('audit-events')
export class AuditController {
  constructor(private readonly audit: AuditQueryService) {}

  @Get()
  @Access(['platform_admin', 'bureau_officer', 'hr_admin'], '审计事件 / List audit events', 'bureau: its region; HR: its organization')
  @ApiPageResponse(AuditEventDto)
  list(@CurrentPrincipal() principal: Principal, @Query() query: AuditQueryDto) {
    return this.audit.list(principal, query);
  }

  @Get('chain-status')
  @Access(['platform_admin'], '审计链校验（与 npm run audit:verify 相同） / Verify every audit hash chain now', 'the whole platform')
  @ApiOkResponse({ type: AuditChainStatusDto })
  chainStatus() {
    return this.audit.chainStatus();
  }
}
