import { Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { IdentityModule } from '@skill-ladder/identity';
import { StandardsModule } from '@skill-ladder/standards';
import { EvaluationBodiesModule } from '../bodies/evaluation-bodies.module';
import { CampaignSchedulerService } from './campaign-scheduler.service';
import { CampaignsController } from './campaigns.controller';
import { CampaignsService } from './campaigns.service';

/** 评价计划: a body's campaign of the year, its workflow and the scheduler that moves it on its dates. */
@Module({
  imports: [EvaluationBodiesModule, IdentityModule, StandardsModule, ScheduleModule.forRoot()],
  controllers: [CampaignsController],
  providers: [CampaignsService, CampaignSchedulerService],
  exports: [CampaignsService],
})
export class CampaignsModule {}
