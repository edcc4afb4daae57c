import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** The SQL of the occupation catalogue that is no repository call: the import lock. */
@Injectable()
export class OccupationsRepository {
  /** One occupation import at a time, until the caller's transaction ends, so two files cannot interleave their checks and writes. */
  async lockImports(em: EntityManager): Promise<void> {
    await em.query(`SELECT pg_advisory_xact_lock(hashtextextended('occupation-import', 7))`);
  }
}
