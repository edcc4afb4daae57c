import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { CertificateRank } from '../common/labels';
import type { PromotionStatus } from '../competitions/promotion-workflow';

/** 以赛代评晋级: HR proposes, the bureau approves, the evaluation body issues the certificate. */
@Entity('competition_promotions')
export class CompetitionPromotion {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The enterprise where the worker works: it proposes and, as evaluation body, issues. */
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @Column({ name: 'competition_result_id', type: 'uuid' })
  competitionResultId: string;

  @Column({ name: 'rule_id', type: 'uuid' })
  ruleId: string;

  @Column({ name: 'occupation_code', type: 'text' })
  occupationCode: string;

  @Column({ name: 'from_rank', type: 'text', nullable: true })
  fromRank: CertificateRank | null;

  @Column({ name: 'target_rank', type: 'text' })
  targetRank: CertificateRank;

  /** The calendar year of the competition: one promotion by competition per worker and year. */
  @Column({ name: 'promotion_year', type: 'smallint' })
  promotionYear: number;

  @Column({ type: 'text' })
  status: PromotionStatus;

  @Column({ name: 'bureau_id', type: 'uuid' })
  bureauId: string;

  @Column({ name: 'proposal_note', type: 'text', nullable: true })
  proposalNote: string | null;

  @Column({ name: 'proposed_by', type: 'uuid', nullable: true })
  proposedBy: string | null;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'decision_reason', type: 'text', nullable: true })
  decisionReason: string | null;

  @Column({ name: 'certificate_id', type: 'uuid', nullable: true })
  certificateId: string | null;

  @Column({ name: 'certificate_number', type: 'text', nullable: true })
  certificateNumber: string | null;

  @Column({ name: 'issued_on', type: 'date', nullable: true })
  issuedOn: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
