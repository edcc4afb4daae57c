import { Module } from '@nestjs/common';
import { IdentityModule } from '@skill-ladder/identity';
import { WorkforceModule } from '@skill-ladder/workforce';
import { CalendarController } from './calendar.controller';
import { CalendarService } from './calendar.service';
import { ObjectionsController } from './objections.controller';
import { PublicityQueryService } from './publicity-query.service';
import { PublicityController } from './publicity.controller';
import { PublicityService } from './publicity.service';

/**
 * 公示: publicity windows on the working-day calendar and the objections raised in them. Results
 * (and promotions) open windows on it and register a handler for their subject type, so it
 * depends on none of them.
 */
@Module({
  imports: [IdentityModule, WorkforceModule],
  controllers: [CalendarController, PublicityController, ObjectionsController],
  providers: [CalendarService, PublicityService, PublicityQueryService],
  exports: [CalendarService, PublicityService],
})
export class PublicityModule {}
