import { Module } from '@nestjs/common';
import { StandardsModule } from '@skill-ladder/standards';
import { WorkforceModule } from '@skill-ladder/workforce';
import { CampaignDrawsModule } from '../campaign-draws/campaign-draws.module';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { CarryOverModule } from '../carry-over/carry-over.module';
import { EvaluatorsModule } from '../evaluators/evaluators.module';
import { ComponentScoresService } from './component-scores.service';
import { ScoreSheetsController } from './score-sheets.controller';
import { ScoreSheetsService } from './score-sheets.service';
import { ScoringSettingsService } from './scoring-settings.service';
import { CampaignScoringController, ComponentScoresController } from './scoring.controller';
import { ScoringService } from './scoring.service';

/** 评分: component scores of a campaign, the drawn evaluators' score sheets and their moderation. */
@Module({
  imports: [CampaignsModule, CampaignDrawsModule, EvaluatorsModule, CarryOverModule, WorkforceModule, StandardsModule],
  controllers: [ScoreSheetsController, CampaignScoringController, ComponentScoresController],
  providers: [ScoringService, ScoringSettingsService, ScoreSheetsService, ComponentScoresService],
  exports: [ScoringService],
})
export class ScoringModule {}
