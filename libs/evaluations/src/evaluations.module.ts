import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@skill-ladder/identity';
import { WorkforceModule } from '@skill-ladder/workforce';
import { EvaluationBodiesController } from './bodies/evaluation-bodies.controller';
import { EvaluationBodiesService } from './bodies/evaluation-bodies.service';
import { EvaluationBodyCodes } from './bodies/entities/evaluation-body-codes.entity';
import { EvaluationBodyFilingScope } from './bodies/entities/evaluation-body-filing-scope.entity';
import { EvaluationBodyFiling } from './bodies/entities/evaluation-body-filing.entity';
import { EvaluatorConflict } from './evaluators/entities/evaluator-conflict.entity';
import { EvaluatorProfile } from './evaluators/entities/evaluator-profile.entity';
import { EvaluatorDrawService } from './evaluators/evaluator-draw.service';
import { EvaluatorsController } from './evaluators/evaluators.controller';
import { EvaluatorsService } from './evaluators/evaluators.service';

/** Evaluation bodies (评价机构备案), the evaluator pool (考评员库) and the draw. */
@Module({
  imports: [
    TypeOrmModule.forFeature([EvaluationBodyFiling, EvaluationBodyFilingScope, EvaluationBodyCodes, EvaluatorProfile, EvaluatorConflict]),
    IdentityModule,
    WorkforceModule,
  ],
  controllers: [EvaluationBodiesController, EvaluatorsController],
  providers: [EvaluationBodiesService, EvaluatorsService, EvaluatorDrawService],
  exports: [EvaluationBodiesService, EvaluatorsService, EvaluatorDrawService],
})
export class EvaluationsModule {}
