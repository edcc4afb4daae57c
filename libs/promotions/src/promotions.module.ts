import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EvaluationsModule } from '@skill-ladder/evaluations';
import { IdentityModule } from '@skill-ladder/identity';
import { PublicityModule } from '@skill-ladder/publicity';
import { StandardsModule } from '@skill-ladder/standards';
import { WorkforceModule } from '@skill-ladder/workforce';
import { AnalyticsController } from './analytics/analytics.controller';
import { AnalyticsService } from './analytics/analytics.service';
import { AppointmentCases } from './appointments/appointment-cases.service';
import { AppointmentPublicityService } from './appointments/appointment-publicity.service';
import { AppointmentTermJob } from './appointments/appointment-term.job';
import { AppointmentsController } from './appointments/appointments.controller';
import { AppointmentsService } from './appointments/appointments.service';
import { CareerPathController } from './career/career-path.controller';
import { CareerPathService } from './career/career-path.service';
import { PromotionsReader } from './common/promotions-reader';
import { CompetitionPromotionsService } from './competitions/competition-promotions.service';
import { CompetitionPromotionsController } from './competitions/competition-promotions.controller';
import { CompetitionRulesController } from './competitions/competition-rules.controller';
import { CompetitionsController } from './competitions/competitions.controller';
import { CompetitionsService } from './competitions/competitions.service';
import { AppointmentReview } from './entities/appointment-review.entity';
import { Appointment } from './entities/appointment.entity';
import { CompetitionPromotion } from './entities/competition-promotion.entity';
import { CompetitionResult } from './entities/competition-result.entity';
import { CompetitionRuleRow } from './entities/competition-rule.entity';
import { Competition } from './entities/competition.entity';
import { TierPolicy } from './entities/tier-policy.entity';
import { TitleRecognition } from './entities/title-recognition.entity';
import { TierPoliciesController } from './policy/tier-policies.controller';
import { TierPoliciesService } from './policy/tier-policies.service';
import { TitleRecognitionsController } from './titles/title-recognitions.controller';
import { TitleRecognitionsService } from './titles/title-recognitions.service';

/** Career paths, tier and treatment policy, appointments (评聘), title recognition (比照认定), competition routes (以赛代评), analytics. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      TierPolicy,
      Appointment,
      AppointmentReview,
      TitleRecognition,
      Competition,
      CompetitionResult,
      CompetitionRuleRow,
      CompetitionPromotion,
    ]),
    IdentityModule,
    WorkforceModule,
    StandardsModule,
    PublicityModule,
    EvaluationsModule,
  ],
  controllers: [TierPoliciesController, CareerPathController, TitleRecognitionsController, AnalyticsController, AppointmentsController,
    CompetitionsController, CompetitionRulesController, CompetitionPromotionsController],
  providers: [PromotionsReader, TierPoliciesService, CareerPathService, TitleRecognitionsService, AnalyticsService, AppointmentsService, AppointmentCases, AppointmentPublicityService, AppointmentTermJob,
    CompetitionsService, CompetitionPromotionsService],
  exports: [CareerPathService, TierPoliciesService, AppointmentsService],
})
export class PromotionsModule {}
