import { Module } from '@nestjs/common';
import { CarryOverService } from './carry-over.service';

/**
 * 保留合格成绩: the passed components of failed candidates. Results write them at finalization;
 * draws, scoring and exam sessions of a later campaign read them, so they sit below all four.
 */
@Module({
  providers: [CarryOverService],
  exports: [CarryOverService],
})
export class CarryOverModule {}
