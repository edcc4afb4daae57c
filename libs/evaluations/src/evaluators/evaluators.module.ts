import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@skill-ladder/identity';
import { WorkforceModule } from '@skill-ladder/workforce';
import { EvaluatorConflict } from './entities/evaluator-conflict.entity';
import { EvaluatorProfile } from './entities/evaluator-profile.entity';
import { EvaluatorDrawService } from './evaluator-draw.service';
import { EvaluatorsController } from './evaluators.controller';
import { EvaluatorsService } from './evaluators.service';

/** 考评员库: the evaluator pool of the bodies, their conflicts and the draw from it. */
@Module({
  imports: [TypeOrmModule.forFeature([EvaluatorProfile, EvaluatorConflict]), IdentityModule, WorkforceModule],
  controllers: [EvaluatorsController],
  providers: [EvaluatorsService, EvaluatorDrawService],
  exports: [EvaluatorsService, EvaluatorDrawService],
})
export class EvaluatorsModule {}
