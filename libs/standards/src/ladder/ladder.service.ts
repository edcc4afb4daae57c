import { ApiProperty } from '@nestjs/swagger';
import { Injectable } from '@nestjs/common';
import { Rank, RANKS } from '@skill-ladder/vocabulary';
import { LadderRepository } from './ladder.repository';

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
  constructor(private readonly ladder: LadderRepository) {}

  list(): Promise<LadderRankDto[]> {
    return this.ladder.ranks();
  }
}
