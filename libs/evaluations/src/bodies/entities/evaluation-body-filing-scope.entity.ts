import { Entity, PrimaryColumn } from 'typeorm';
import type { NationalRank } from '../../draw/ranks';

/** One occupation × level a filing asks for. */
@Entity('evaluation_body_filing_scopes')
export class EvaluationBodyFilingScope {
  @PrimaryColumn({ name: 'filing_id', type: 'uuid' })
  filingId: string;

  @PrimaryColumn({ name: 'occupation_code', type: 'text' })
  occupationCode: string;

  @PrimaryColumn({ type: 'text' })
  rank: NationalRank;
}
