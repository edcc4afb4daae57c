import { EmploymentType, StaffMember } from '@skill-ladder/workforce';
import { isHighSkilled, Rank } from '@skill-ladder/vocabulary';
import { share } from './pipeline';

export interface Rates {
  workers: number;
  certified: number;
  certificationRate: number | null;
  highSkilled: number;
  highSkilledShare: number | null;
}

/** One cell of the tally: how many staff members share an enterprise, occupation, employment type and rank. */
interface Cell {
  organizationId: string;
  occupationCode: string | null;
  employmentType: EmploymentType;
  rank: Rank | null;
  workers: number;
}

/**
 * The counts of a report's staff (totals, per enterprise, occupation, employment type and rank),
 * gathered page by page: a page's members are counted into at most enterprises × occupations ×
 * types × ranks cells and can then be dropped, so the report never holds the whole staff list.
 * Every count is a sum of cells, the same as filtering the list would give.
 */
export class StaffTally {
  private readonly cells = new Map<string, Cell>();

  add(members: readonly StaffMember[]): void {
    for (const m of members) {
      const key = `${m.organizationId}|${m.occupationCode ?? ''}|${m.employmentType}|${m.rank ?? ''}`;
      const cell = this.cells.get(key);
      if (cell) cell.workers++;
      else this.cells.set(key, { organizationId: m.organizationId, occupationCode: m.occupationCode, employmentType: m.employmentType, rank: m.rank, workers: 1 });
    }
  }

  /** Certification and high-skill rates of the members matching `where` (all of them without it). */
  rates(where: (cell: Omit<Cell, 'workers'>) => boolean = () => true): Rates {
    let workers = 0;
    let certified = 0;
    let highSkilled = 0;
    for (const cell of this.cells.values()) {
      if (!where(cell)) continue;
      workers += cell.workers;
      if (cell.rank === null) continue;
      certified += cell.workers;
      if (isHighSkilled(cell.rank)) highSkilled += cell.workers;
    }
    return { workers, certified, certificationRate: share(certified, workers), highSkilled, highSkilledShare: share(highSkilled, workers) };
  }

  /** How many members hold `rank` (null: no rank). */
  withRank(rank: Rank | null): number {
    return this.rates((cell) => cell.rank === rank).workers;
  }

  /** The occupations the members work in (null for none), by code. */
  occupations(): (string | null)[] {
    return [...new Set([...this.cells.values()].map((cell) => cell.occupationCode))].sort((a, b) => (a ?? '').localeCompare(b ?? ''));
  }
}
