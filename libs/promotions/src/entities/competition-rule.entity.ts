import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { CompetitionTier } from '@skill-ladder/standards';
import type { CertificateRank } from '../common/labels';
import { numeric } from '../common/numeric';

/** 以赛代评 rule of a bureau's region: a placing in a tier of competition promotes to a rank. */
@Entity('competition_rules')
export class CompetitionRuleRow {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'region_code', type: 'text' })
  regionCode: string;

  @Column({ type: 'text' })
  tier: CompetitionTier;

  @Column({ name: 'max_placing', type: 'integer', nullable: true })
  maxPlacing: number | null;

  @Column({ name: 'max_top_percent', type: 'numeric', nullable: true, transformer: numeric })
  maxTopPercent: number | null;

  @Column({ name: 'required_rank', type: 'text', nullable: true })
  requiredRank: CertificateRank | null;

  @Column({ type: 'text' })
  mode: 'target' | 'one_up';

  @Column({ name: 'target_rank', type: 'text', nullable: true })
  targetRank: CertificateRank | null;

  @Column({ name: 'max_rank', type: 'text' })
  maxRank: CertificateRank;

  @Column({ name: 'effective_from', type: 'date' })
  effectiveFrom: string;

  @Column({ name: 'effective_to', type: 'date', nullable: true })
  effectiveTo: string | null;

  @Column({ type: 'text', nullable: true })
  basis: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
