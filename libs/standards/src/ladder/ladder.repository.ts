import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Rank } from '@skill-ladder/vocabulary';

/** A rank of the ladder as loaded into reference data (ladder_ranks). */
export interface LadderRankRow {
  code: Rank;
  order: number;
  labelZh: string;
  labelEn: string;
  certificateLevel: number | null;
  appointment: boolean;
}

/** The ladder_ranks table, which has no entity: it is reference data (reference-data/load-standards-reference-data.ts). */
@Injectable()
export class LadderRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every rank, 学徒工 first. */
  async ranks(): Promise<LadderRankRow[]> {
    const rows = (await this.dataSource.query(
      'SELECT code, rank_order, label_zh, label_en, certificate_level, appointment FROM ladder_ranks ORDER BY rank_order',
    )) as { code: Rank; rank_order: number; label_zh: string; label_en: string; certificate_level: number | null; appointment: boolean }[];
    return rows.map((r) => ({
      code: r.code,
      order: r.rank_order,
      labelZh: r.label_zh,
      labelEn: r.label_en,
      certificateLevel: r.certificate_level,
      appointment: r.appointment,
    }));
  }
}
