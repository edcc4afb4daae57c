import { Module } from '@nestjs/common';
import { WorkforceModule } from '@skill-ladder/workforce';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { CarryOverModule } from '../carry-over/carry-over.module';
import { EvaluatorsModule } from '../evaluators/evaluators.module';
import { CampaignDrawsController } from './campaign-draws.controller';
import { CampaignDrawsService } from './campaign-draws.service';

/** 抽取考评员: the evaluator panels a campaign draws for its candidates and components. */
@Module({
  imports: [CampaignsModule, EvaluatorsModule, CarryOverModule, WorkforceModule],
  controllers: [CampaignDrawsController],
  providers: [CampaignDrawsService],
  exports: [CampaignDrawsService],
})
export class CampaignDrawsModule {}
