import { Injectable, Logger } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { AppointmentsService } from './appointments.service';

/** 聘期届满: expires the terms that ended, every day shortly after midnight in China. */
@Injectable()
export class AppointmentTermJob {
  private readonly logger = new Logger('AppointmentTermJob');

  constructor(private readonly appointments: AppointmentsService) {}

  @Cron('0 10 0 * * *', { name: 'appointment-term-expiry', timeZone: 'Asia/Shanghai' })
  async tick(): Promise<void> {
    try {
      const run = await this.appointments.expireDueTerms();
      if (run.expired.length) this.logger.log(`appointment terms expired: ${run.expired.length}`);
    } catch (error) {
      this.logger.error(`appointment term expiry failed: ${(error as Error).message}`);
    }
  }
}
