import { ApiProperty } from '@nestjs/swagger';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Rank, RANKS } from '@skill-ladder/vocabulary';

/** One rung of the ladder, 学徒工 to 首席技师. */
export class LadderRankDto {
  @ApiProperty({ enum: RANKS }) code: Rank;
  @ApiProperty({ description: '0 (学徒工) to 7 (首席技师)' }) order: number;
  @ApiProperty({ example: '三级/高级工' }) labelZh: string;
  @ApiProperty({ example: 'Level 3 / Senior worker' }) labelEn: string;
  @ApiProperty({ nullable: true, type: Number, description: 'The 1–5 digit in certificate numbers; null outside the national certificate' })
  certificateLevel: number | null;
  @ApiProperty({ description: '特级技师 and 首席技师 are appointments to a post (评聘)' }) appointment: boolean;
}

/** The ladder as loaded into reference data (ladder_ranks). */
@Injectable()
export class LadderService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(): Promise<LadderRankDto[]> {
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
