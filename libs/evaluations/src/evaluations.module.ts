import { Module } from '@nestjs/common';
import { ApplicationsModule } from './applications/applications.module';
import { EvaluationBodiesModule } from './bodies/evaluation-bodies.module';
import { CampaignDrawsModule } from './campaign-draws/campaign-draws.module';
import { CampaignsModule } from './campaigns/campaigns.module';
import { CarryOverModule } from './carry-over/carry-over.module';
import { CertificatesModule } from './certificates/certificates.module';
import { EvaluatorsModule } from './evaluators/evaluators.module';
import { ExamsModule } from './exams/exams.module';
import { ResultsModule } from './results/results.module';
import { ScoringModule } from './scoring/scoring.module';

/**
 * 职业技能等级认定: the certification year, one sub-module per step, each importing only the steps
 * before it (EVALUATIONS_ORDER in libs/platform/src/architecture/architecture.ts). Other libs get
 * what they use of it: campaigns, certificates and result statistics; publicity is its own lib
 * (@skill-ladder/publicity), which results opens its windows on.
 */
@Module({
  imports: [
    EvaluationBodiesModule,
    EvaluatorsModule,
    CampaignsModule,
    ApplicationsModule,
    CarryOverModule,
    CampaignDrawsModule,
    ScoringModule,
    ExamsModule,
    CertificatesModule,
    ResultsModule,
  ],
  exports: [CampaignsModule, CertificatesModule, ResultsModule],
})
export class EvaluationsModule {}
