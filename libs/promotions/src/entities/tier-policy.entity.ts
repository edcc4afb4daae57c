import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { RubricCriterion } from '@skill-ladder/standards';
import type { PostGrade } from '../common/labels';
import { numeric } from '../common/numeric';
import { type Rank, type TitleGrade } from '@skill-ladder/vocabulary';

/** 等级待遇政策: the treatment, term and quota an enterprise attaches to one of its tiers. */
@Entity('tier_policies')
export class TierPolicy {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  /** The national rank, or the one the enterprise tier is mapped to. */
  @Column({ name: 'national_rank', type: 'text' })
  nationalRank: Rank;

  /** null: the policy is for the national rank itself. */
  @Column({ name: 'enterprise_tier_id', type: 'uuid', nullable: true })
  enterpriseTierId: string | null;

  @Column({ name: 'post_grade', type: 'text', nullable: true })
  postGrade: PostGrade | null;

  @Column({ name: 'title_grade', type: 'text', nullable: true })
  titleGrade: TitleGrade | null;

  @Column({ name: 'monthly_allowance', type: 'numeric', transformer: numeric })
  monthlyAllowance: number;

  /** 聘期; set exactly for appointment tiers. */
  @Column({ name: 'term_months', type: 'smallint', nullable: true })
  termMonths: number | null;

  @Column({ name: 'quota_kind', type: 'text' })
  quotaKind: 'none' | 'percent' | 'fixed';

  @Column({ name: 'quota_percent', type: 'numeric', nullable: true, transformer: numeric })
  quotaPercent: number | null;

  @Column({ name: 'quota_base_rank', type: 'text', nullable: true })
  quotaBaseRank: Rank | null;

  @Column({ name: 'quota_fixed', type: 'integer', nullable: true })
  quotaFixed: number | null;

  @Column({ name: 'bureau_confirmation', type: 'boolean' })
  bureauConfirmation: boolean;

  @Column({ type: 'jsonb' })
  rubric: RubricCriterion[];

  @Column({ name: 'pass_mark', type: 'numeric', transformer: numeric })
  passMark: number;

  @Column({ name: 'min_reviewers', type: 'smallint' })
  minReviewers: number;

  @Column({ type: 'text', default: 'active' })
  status: 'active' | 'retired';

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
