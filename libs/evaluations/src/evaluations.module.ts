import { Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@skill-ladder/identity';
import { StandardsModule } from '@skill-ladder/standards';
import { WorkforceModule } from '@skill-ladder/workforce';
import { ApplicationFilesService } from './applications/application-files.service';
import { ApplicationImportService } from './applications/application-import.service';
import { ApplicationRegistrationService } from './applications/application-registration.service';
import { ApplicationsController, CampaignApplicationsController } from './applications/applications.controller';
import { ApplicationsService } from './applications/applications.service';
import { EvaluationBodiesController } from './bodies/evaluation-bodies.controller';
import { EvaluationBodiesService } from './bodies/evaluation-bodies.service';
import { EvaluationBodyCodes } from './bodies/entities/evaluation-body-codes.entity';
import { EvaluationBodyFilingScope } from './bodies/entities/evaluation-body-filing-scope.entity';
import { EvaluationBodyFiling } from './bodies/entities/evaluation-body-filing.entity';
import { BodySigningKeysService } from './certificates/body-signing-keys.service';
import { CertificatesController } from './certificates/certificates.controller';
import { CertificateDocumentsService } from './certificates/certificate-documents.service';
import { CertificatesService } from './certificates/certificates.service';
import { PublicCertificatesController } from './certificates/public-certificates.controller';
import { PublicCertificatesService } from './certificates/public-certificates.service';
import { CampaignDrawsController } from './campaign-draws/campaign-draws.controller';
import { CampaignDrawsService } from './campaign-draws/campaign-draws.service';
import { CampaignSchedulerService } from './campaigns/campaign-scheduler.service';
import { CampaignsController } from './campaigns/campaigns.controller';
import { CampaignsService } from './campaigns/campaigns.service';
import { EvaluatorConflict } from './evaluators/entities/evaluator-conflict.entity';
import { EvaluatorProfile } from './evaluators/entities/evaluator-profile.entity';
import { EvaluatorDrawService } from './evaluators/evaluator-draw.service';
import { EvaluatorsController } from './evaluators/evaluators.controller';
import { EvaluatorsService } from './evaluators/evaluators.service';
import { CalendarController } from './publicity/calendar.controller';
import { CalendarService } from './publicity/calendar.service';
import { ObjectionsController } from './publicity/objections.controller';
import { PublicityQueryService } from './publicity/publicity-query.service';
import { PublicityController } from './publicity/publicity.controller';
import { PublicityService } from './publicity/publicity.service';
import { BureauReportService } from './results/bureau-report.service';
import { CarryOverService } from './results/carry-over.service';
import { ApplicationResultsController, ResultsController } from './results/results.controller';
import { ResultStatisticsService } from './results/result-statistics.service';
import { ResultCorrectionsService } from './results/result-corrections.service';
import { ResultEvaluationService } from './results/result-evaluation.service';
import { ResultsService } from './results/results.service';
import { ScoreSheetsController } from './scoring/score-sheets.controller';
import { ScoreSheetsService } from './scoring/score-sheets.service';
import { CampaignScoringController, ComponentScoresController } from './scoring/scoring.controller';
import { ComponentScoresService } from './scoring/component-scores.service';
import { ScoringSettingsService } from './scoring/scoring-settings.service';
import { ScoringService } from './scoring/scoring.service';

/** Evaluation bodies (评价机构备案), the evaluator pool (考评员库) and the draw. */
@Module({
  imports: [
    TypeOrmModule.forFeature([EvaluationBodyFiling, EvaluationBodyFilingScope, EvaluationBodyCodes, EvaluatorProfile, EvaluatorConflict]),
    IdentityModule,
    WorkforceModule,
    StandardsModule,
    ScheduleModule.forRoot(),
  ],
  controllers: [EvaluationBodiesController, EvaluatorsController, CalendarController, PublicityController, ObjectionsController, CertificatesController, PublicCertificatesController,
    CampaignsController, CampaignApplicationsController, ApplicationsController, CampaignDrawsController,
    ScoreSheetsController, CampaignScoringController, ComponentScoresController, ResultsController, ApplicationResultsController],
  providers: [EvaluationBodiesService, EvaluatorsService, EvaluatorDrawService, CalendarService, PublicityService, PublicityQueryService, CertificatesService, CertificateDocumentsService, PublicCertificatesService, BodySigningKeysService,
    CampaignsService, CampaignSchedulerService, ApplicationsService, ApplicationRegistrationService, ApplicationImportService, ApplicationFilesService, CampaignDrawsService,
    ScoreSheetsService, ScoringService, ScoringSettingsService, ComponentScoresService, ResultsService, ResultEvaluationService, ResultCorrectionsService, CarryOverService, BureauReportService, ResultStatisticsService],
  exports: [EvaluationBodiesService, EvaluatorsService, EvaluatorDrawService, CalendarService, PublicityService, CertificatesService,
    CampaignsService, CampaignSchedulerService, ApplicationsService, CampaignDrawsService, ResultsService, ResultStatisticsService, CarryOverService, ScoringService],
})
export class EvaluationsModule {}
