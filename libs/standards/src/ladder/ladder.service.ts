import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface LadderRankDto {
  code: string;
  order: number;
  labelZh: string;
  labelEn: string;
  /** The 1–5 digit in certificate numbers; null outside the national certificate. */
  certificateLevel: number | null;
  /** 特级技师 and 首席技师 are appointments to a post (评聘). */
  appointment: boolean;
}

/** The ladder as loaded into reference data (ladder_ranks). */
@Injectable()
export class LadderService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(): Promise<LadderRankDto[]> {
    const rows = (await this.dataSource.query(
      'SELECT code, rank_order, label_zh, label_en, certificate_level, appointment FROM ladder_ranks ORDER BY rank_order',
    )) as { code: string; rank_order: number; label_zh: string; label_en: string; certificate_level: number | null; appointment: boolean }[];
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
