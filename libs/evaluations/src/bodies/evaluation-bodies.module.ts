import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@skill-ladder/identity';
import { EvaluationBodyCodes } from './entities/evaluation-body-codes.entity';
import { EvaluationBodyFilingScope } from './entities/evaluation-body-filing-scope.entity';
import { EvaluationBodyFiling } from './entities/evaluation-body-filing.entity';
import { EvaluationBodiesController } from './evaluation-bodies.controller';
import { EvaluationBodiesService } from './evaluation-bodies.service';

/** 评价机构备案: the evaluation bodies and their filings, the first step of every certification year. */
@Module({
  imports: [TypeOrmModule.forFeature([EvaluationBodyFiling, EvaluationBodyFilingScope, EvaluationBodyCodes]), IdentityModule],
  controllers: [EvaluationBodiesController],
  providers: [EvaluationBodiesService],
  exports: [EvaluationBodiesService],
})
export class EvaluationBodiesModule {}
