import { Global, Module } from '@nestjs/common';
import { ScheduledJobs } from './scheduled-jobs.service';

@Global()
@Module({ providers: [ScheduledJobs], exports: [ScheduledJobs] })
export class SchedulingModule {}
