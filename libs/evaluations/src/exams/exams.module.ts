import { Module } from '@nestjs/common';
import { EvaluationsModule } from '../evaluations.module';
import { BlueprintsController } from './blueprints.controller';
import { BlueprintsService } from './blueprints.service';
import { QuestionBanksController } from './question-banks.controller';
import { QuestionBanksService } from './question-banks.service';

/** 考务: question banks, blueprints and fixed papers; exam sessions and the online exam build on them. */
@Module({
  imports: [EvaluationsModule],
  controllers: [QuestionBanksController, BlueprintsController],
  providers: [QuestionBanksService, BlueprintsService],
  exports: [QuestionBanksService],
})
export class ExamsModule {}
