import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditActor, AuditService, Clock, Principal, UnprocessableError, ValidationFailedError } from '@skill-ladder/platform';
import { builtInSchedules, WorkingDayCalendar, YearSchedule } from './working-days';
import { MAX_CALENDAR_YEAR, MIN_CALENDAR_YEAR, scheduleErrors } from './calendar-schedule';
import {
  CALENDAR_ORIGIN_LABELS,
  CalendarOrigin,
  CalendarYearResponseDto,
  LoadCalendarYearDto,
  WorkingDaysQueryDto,
  WorkingDaysResponseDto,
} from './dto/calendar.dto';

/**
 * Told, inside the loading transaction, that `year`'s schedule changed, so windows already
 * counted across that year can be recounted and stand or fall with the load.
 */
export type YearLoadedListener = (em: EntityManager, actor: AuditActor, year: number) => Promise<void>;

interface LoadedYearRow {
  year: number;
  holidays: string[];
  workdays: string[];
  source_note: string;
  loaded_by: string;
  loaded_by_organization_id: string | null;
  loaded_at: Date;
}

/** The `chinese-days` data never changes while the process runs; parse it once. */
const BUILT_IN: ReadonlyMap<number, YearSchedule> = builtInSchedules();

/**
 * 法定工作日历: the built-in official schedules (chinese-days) plus the years the bureau or
 * platform loaded, a loaded year replacing the built-in one as a whole. Years in neither count
 * only weekends as days off, and windows touching them are provisional.
 */
@Injectable()
export class CalendarService {
  private readonly listeners: YearLoadedListener[] = [];

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Registers a listener; publicity uses it to recount windows (see PublicityService). */
  onYearLoaded(listener: YearLoadedListener): void {
    this.listeners.push(listener);
  }

  /**
   * The calendar as it stands, read through `db` so that inside a transaction it sees that
   * transaction's loads. Built fresh on each call: loaded years are few, and another instance of
   * the API may have loaded one a moment ago.
   */
  async calendar(db: DataSource | EntityManager = this.dataSource): Promise<WorkingDayCalendar> {
    const schedules = new Map(BUILT_IN);
    for (const row of await this.loadedYears(db)) schedules.set(row.year, { holidays: row.holidays, workdays: row.workdays });
    return new WorkingDayCalendar(schedules);
  }

  async getYear(year: number): Promise<CalendarYearResponseDto> {
    assertYear(year);
    const [row] = await this.loadedYears(this.dataSource, year);
    return toResponse(year, row);
  }

  /** N working days from `from` (inclusive when it is a working day), as a publicity window counts them. */
  async workingDays(q: WorkingDaysQueryDto): Promise<WorkingDaysResponseDto> {
    const window = (await this.calendar()).publicityWindow(q.from, q.n);
    return { from: q.from, n: q.n, start: window.start, end: window.end, days: window.days, provisional: window.provisional };
  }

  /**
   * Loads or replaces one year's official schedule (platform admin or a bureau officer). The whole
   * year is replaced, never merged. Audited with the schedule before and after; windows counted
   * across the year are recounted in the same transaction by the listeners.
   */
  async loadYear(principal: Principal, year: number, dto: LoadCalendarYearDto): Promise<CalendarYearResponseDto> {
    assertYear(year);
    const schedule = { holidays: [...dto.holidays].sort(), workdays: [...dto.workdays].sort() };
    const errors = scheduleErrors(year, { holidays: dto.holidays, workdays: dto.workdays });
    if (errors.length > 0) throw new UnprocessableError('CALENDAR_SCHEDULE_INVALID', `The ${year} schedule is not a valid official schedule`, errors);
    return this.dataSource.transaction(async (em) => {
      // Loads of the same year queue here, so before/after in the audit trail follow each other.
      await em.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 7))', [`calendar_year:${year}`]);
      const [previous] = await this.loadedYears(em, year);
      const before = toResponse(year, previous);
      await em.query(
        `INSERT INTO calendar_years (year, holidays, workdays, source_note, loaded_by, loaded_by_organization_id, loaded_at)
         VALUES ($1, $2::date[], $3::date[], $4, $5, $6, $7)
         ON CONFLICT (year) DO UPDATE SET holidays = EXCLUDED.holidays, workdays = EXCLUDED.workdays, source_note = EXCLUDED.source_note,
           loaded_by = EXCLUDED.loaded_by, loaded_by_organization_id = EXCLUDED.loaded_by_organization_id, loaded_at = EXCLUDED.loaded_at`,
        [year, schedule.holidays, schedule.workdays, dto.sourceNote, principal.userId, principal.organizationId, this.clock.now()],
      );
      const [row] = await this.loadedYears(em, year);
      const after = toResponse(year, row);
      await this.audit.record(em, principal, {
        action: 'calendar_year.load',
        entityType: 'calendar_year',
        entityId: String(year),
        organizationId: principal.organizationId,
        before: { origin: before.origin, holidays: before.holidays, workdays: before.workdays, sourceNote: before.sourceNote },
        after: { origin: after.origin, holidays: after.holidays, workdays: after.workdays, sourceNote: after.sourceNote },
        reason: dto.sourceNote,
      });
      for (const listener of this.listeners) await listener(em, principal, year);
      return after;
    });
  }

  private async loadedYears(db: DataSource | EntityManager, year?: number): Promise<LoadedYearRow[]> {
    return db.query(
      `SELECT year, holidays::text[] AS holidays, workdays::text[] AS workdays, source_note, loaded_by, loaded_by_organization_id, loaded_at
         FROM calendar_years ${year === undefined ? '' : 'WHERE year = $1'} ORDER BY year`,
      year === undefined ? [] : [year],
    );
  }
}

function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < MIN_CALENDAR_YEAR || year > MAX_CALENDAR_YEAR) {
    throw new ValidationFailedError([
      { field: 'year', code: 'outOfRange', message: `年份应在 ${MIN_CALENDAR_YEAR}–${MAX_CALENDAR_YEAR} 之间 / year must lie between ${MIN_CALENDAR_YEAR} and ${MAX_CALENDAR_YEAR}` },
    ]);
  }
}

function toResponse(year: number, row: LoadedYearRow | undefined): CalendarYearResponseDto {
  const builtIn = BUILT_IN.get(year);
  const origin: CalendarOrigin = row ? 'loaded' : builtIn ? 'built_in' : 'none';
  const schedule = row ?? builtIn;
  return {
    year,
    origin,
    originLabel: CALENDAR_ORIGIN_LABELS[origin],
    official: origin !== 'none',
    holidays: schedule ? [...schedule.holidays].sort() : [],
    workdays: schedule ? [...schedule.workdays].sort() : [],
    sourceNote: row ? row.source_note : builtIn ? 'chinese-days' : null,
    loadedBy: row?.loaded_by ?? null,
    loadedByOrganizationId: row?.loaded_by_organization_id ?? null,
    loadedAt: row?.loaded_at.toISOString() ?? null,
  };
}
