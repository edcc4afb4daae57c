import { Module } from '@nestjs/common';
import { EvaluationsModule } from '../evaluations.module';
import { QuestionBanksController } from './question-banks.controller';
import { QuestionBanksService } from './question-banks.service';

/** 考务: question banks now; papers, exam sessions and the online exam build on them. */
@Module({
  imports: [EvaluationsModule],
  controllers: [QuestionBanksController],
  providers: [QuestionBanksService],
  exports: [QuestionBanksService],
})
export class ExamsModule {}
