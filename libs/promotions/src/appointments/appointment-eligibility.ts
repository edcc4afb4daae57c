import { LevelDefinition } from '@skill-ladder/standards';
import { Rank, RANK_INFO } from '@skill-ladder/vocabulary';

/** Ranks whose conditions the standards define for an appointment (特级技师, 首席技师). */
export function hasAppointmentConditions(rank: Rank): rank is 'special' | 'chief' {
  return rank === 'special' || rank === 'chief';
}

/**
 * An enterprise's own tier mapped to a certificate rank (技能带头人 ≈ 高级技师) asks, nationally,
 * only that the worker holds that rank in the occupation and works in it; the enterprise's
 * committee review weighs the rest.
 */
export function tierHoldsRankLevel(rank: Rank, occupationCode: string): LevelDefinition {
  return {
    rank,
    occupationCode,
    routes: [
      {
        code: `tier-holds-${rank}`,
        kind: 'standard',
        label: `取得本职业${RANK_INFO[rank].labelZh}证书并在岗`,
        conditions: [{ kind: 'level_held', rank, years: 0, occupationScope: 'same' }, { kind: 'working_in_occupation' }],
      },
    ],
  };
}
