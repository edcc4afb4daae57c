import { Injectable, Logger } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { Clock, JobRun, ScheduledJobs } from '@skill-ladder/platform';
import { AppointmentsService } from './appointments.service';

/**
 * 聘期届满: expires the terms that ended, every day shortly after midnight in China. Every
 * replica's timer fires; the day's run happens on one of them (`ScheduledJobs`, slot = the China date).
 */
@Injectable()
export class AppointmentTermJob {
  private readonly logger = new Logger('AppointmentTermJob');

  constructor(
    private readonly appointments: AppointmentsService,
    private readonly jobs: ScheduledJobs,
    private readonly clock: Clock,
  ) {}

  @Cron('0 10 0 * * *', { name: 'appointment-term-expiry', timeZone: 'Asia/Shanghai' })
  async tick(): Promise<JobRun<{ ran: boolean; expired: string[] }> | null> {
    try {
      const run = await this.jobs.runOnce('appointment-term-expiry', this.clock.today(), (em) => this.appointments.expireDueTermsIn(em));
      if (run.result?.expired.length) this.logger.log(`appointment terms expired: ${run.result.expired.length}`);
      return run;
    } catch (error) {
      this.logger.error(`appointment term expiry failed: ${(error as Error).message}`);
      return null;
    }
  }
}
