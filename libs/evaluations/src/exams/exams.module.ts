import { Module } from '@nestjs/common';
import { WorkforceModule } from '@skill-ladder/workforce';
import { EvaluationBodiesModule } from '../bodies/evaluation-bodies.module';
import { CampaignDrawsModule } from '../campaign-draws/campaign-draws.module';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { CarryOverModule } from '../carry-over/carry-over.module';
import { EvaluatorsModule } from '../evaluators/evaluators.module';
import { ScoringModule } from '../scoring/scoring.module';
import { BlueprintsController } from './blueprints.controller';
import { BlueprintsService } from './blueprints.service';
import { ApplicationSeatsController, ExamSessionsController } from './exam-sessions.controller';
import { ExamDocumentsService } from './exam-documents.service';
import { ExamSeatingService } from './exam-seating.service';
import { ExamSessionsService } from './exam-sessions.service';
import { MyExamsController, OnlineExamRoomController } from './online-exams.controller';
import { OnlineExamAbsenceService } from './online-exam-absence.service';
import { OnlineExamDeadlines } from './online-exam-deadlines';
import { OnlineExamIdentityService } from './online-exam-identity.service';
import { OnlineExamPapers } from './online-exam-papers';
import { OnlineExamRoomService } from './online-exam-room.service';
import { OnlineExamsService } from './online-exams.service';
import { QuestionBanksController } from './question-banks.controller';
import { QuestionBanksService } from './question-banks.service';
import { MyShortAnswerMarksController, ShortAnswerMarkingController } from './short-answer-marking.controller';
import { ShortAnswerMarkingService } from './short-answer-marking.service';
import { ShortAnswerSettlement } from './short-answer-settlement';

/** 考务: question banks, blueprints and fixed papers, exam sessions with seating and admission tickets, and the online exam (机考) on them. */
@Module({
  imports: [EvaluationBodiesModule, CampaignsModule, EvaluatorsModule, CarryOverModule, CampaignDrawsModule, ScoringModule, WorkforceModule],
  controllers: [QuestionBanksController, BlueprintsController, ExamSessionsController, ApplicationSeatsController, MyExamsController, OnlineExamRoomController, MyShortAnswerMarksController, ShortAnswerMarkingController],
  providers: [QuestionBanksService, BlueprintsService, ExamSessionsService, ExamSeatingService, ExamDocumentsService, OnlineExamPapers, OnlineExamDeadlines, OnlineExamsService, OnlineExamRoomService, OnlineExamIdentityService, OnlineExamAbsenceService, ShortAnswerMarkingService, ShortAnswerSettlement],
})
export class ExamsModule {}
