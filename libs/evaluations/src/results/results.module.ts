import { Module } from '@nestjs/common';
import { PublicityModule } from '@skill-ladder/publicity';
import { StandardsModule } from '@skill-ladder/standards';
import { ApplicationsModule } from '../applications/applications.module';
import { EvaluationBodiesModule } from '../bodies/evaluation-bodies.module';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { CarryOverModule } from '../carry-over/carry-over.module';
import { CertificatesModule } from '../certificates/certificates.module';
import { BureauReportService } from './bureau-report.service';
import { ResultCorrectionsService } from './result-corrections.service';
import { ResultEvaluationService } from './result-evaluation.service';
import { ResultStatisticsService } from './result-statistics.service';
import { ApplicationResultsController, ResultsController } from './results.controller';
import { ResultsService } from './results.service';

/**
 * 认定结果: a campaign's results, their publicity, corrections after objections, certificates for
 * those who passed and the report to the bureau: the end of the year, so it may call every step before.
 */
@Module({
  imports: [CampaignsModule, ApplicationsModule, EvaluationBodiesModule, CarryOverModule, PublicityModule, CertificatesModule, StandardsModule],
  controllers: [ResultsController, ApplicationResultsController],
  providers: [ResultsService, ResultEvaluationService, ResultCorrectionsService, BureauReportService, ResultStatisticsService],
  exports: [ResultStatisticsService],
})
export class ResultsModule {}
