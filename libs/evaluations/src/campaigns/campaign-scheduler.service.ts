import { Injectable, Logger } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Clock, DomainError, JobRun, minuteSlot, ScheduledJobs, SYSTEM_ACTOR } from '@skill-ladder/platform';
import { scheduledAction } from './campaign-workflow';
import { CampaignsService } from './campaigns.service';

export interface ScheduledRun {
  /** False when another instance held the scheduler lock and this one did nothing. */
  ran: boolean;
  opened: string[];
  closed: string[];
  /** Campaigns due to open whose body may not run them now (scope suspended), with the reason. */
  held: { id: string; code: string }[];
}

/**
 * Opens and closes registration on the campaigns' dates without anyone acting. Every replica's
 * timer fires each minute; `ScheduledJobs` lets one of them run that minute. A pass also takes a
 * transaction-scoped advisory lock (a pass started by hand and the timer's never overlap), and
 * the rows are locked so a hand transition in flight is skipped until the next run.
 */
@Injectable()
export class CampaignSchedulerService {
  private readonly logger = new Logger('CampaignScheduler');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly campaigns: CampaignsService,
    private readonly jobs: ScheduledJobs,
  ) {}

  /** The timer's run: this minute's pass, unless another replica has it. Errors are logged; the next minute retries. */
  @Cron(CronExpression.EVERY_MINUTE, { name: 'campaign-registration-window' })
  async tick(): Promise<JobRun<ScheduledRun> | null> {
    try {
      const run = await this.jobs.runOnce('campaign-registration-window', minuteSlot(this.clock.now()), (em) => this.transitionsIn(em));
      const r = run.result;
      if (r && (r.opened.length || r.closed.length || r.held.length)) {
        this.logger.log(`registration opened ${r.opened.length}, closed ${r.closed.length}, held ${r.held.length}`);
      }
      return run;
    } catch (error) {
      this.logger.error(`scheduled campaign transitions failed: ${(error as Error).message}`);
      return null;
    }
  }

  /** One pass over the campaigns due today (China date of the clock). Safe to call at any time. */
  async runScheduledTransitions(): Promise<ScheduledRun> {
    return this.dataSource.transaction((em) => this.transitionsIn(em));
  }

  private async transitionsIn(em: EntityManager): Promise<ScheduledRun> {
    const [{ locked }] = await em.query(`SELECT pg_try_advisory_xact_lock(hashtextextended('campaign-scheduler', 7)) AS locked`);
    const run: ScheduledRun = { ran: locked, opened: [], closed: [], held: [] };
    if (!locked) return run;
    const today = this.clock.today();
    for (const campaign of await this.campaigns.dueForSchedule(em, today)) {
      const action = scheduledAction(
        { status: campaign.status, registrationOpensOn: campaign.registration_opens_on, registrationClosesOn: campaign.registration_closes_on },
        today,
      );
      if (!action) continue;
      try {
        await this.campaigns.transition(em, SYSTEM_ACTOR, campaign, action, 'scheduler', null);
      } catch (error) {
        // A refusal raised before any write (e.g. the body's scope suspended) leaves the transaction usable.
        if (!(error instanceof DomainError)) throw error;
        run.held.push({ id: campaign.id, code: error.code });
        continue;
      }
      (action === 'open_registration' ? run.opened : run.closed).push(campaign.id);
    }
    return run;
  }
}
