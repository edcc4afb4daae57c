import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { EligibilityReport } from '@skill-ladder/standards';
import type { AppointmentStatus } from '../appointments/appointment-workflow';
import { numeric } from '../common/numeric';
import type { Treatment } from '../policy/treatment';
import { type Rank } from '@skill-ladder/vocabulary';

/** 评聘: one person's case for one appointment tier, from nomination to the end of the term. */
@Entity('appointments')
export class Appointment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The enterprise that appoints. */
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @Column({ name: 'policy_id', type: 'uuid' })
  policyId: string;

  @Column({ name: 'national_rank', type: 'text' })
  nationalRank: Rank;

  @Column({ name: 'enterprise_tier_id', type: 'uuid', nullable: true })
  enterpriseTierId: string | null;

  @Column({ name: 'tier_name', type: 'text' })
  tierName: string;

  @Column({ name: 'occupation_code', type: 'text' })
  occupationCode: string;

  @Column({ type: 'text' })
  status: AppointmentStatus;

  @Column({ name: 'nominated_via', type: 'text' })
  nominatedVia: 'hr' | 'self';

  @Column({ name: 'nomination_note', type: 'text', nullable: true })
  nominationNote: string | null;

  /** The eligibility report at nomination, kept as evidence. */
  @Column({ type: 'jsonb' })
  eligibility: EligibilityReport;

  @Column({ name: 'review_score', type: 'numeric', nullable: true, transformer: numeric })
  reviewScore: number | null;

  @Column({ name: 'publicity_notice_id', type: 'uuid', nullable: true })
  publicityNoticeId: string | null;

  @Column({ name: 'publicity_ends_on', type: 'date', nullable: true })
  publicityEndsOn: string | null;

  @Column({ name: 'bureau_id', type: 'uuid', nullable: true })
  bureauId: string | null;

  @Column({ name: 'bureau_decided_by', type: 'uuid', nullable: true })
  bureauDecidedBy: string | null;

  @Column({ name: 'bureau_decided_at', type: 'timestamptz', nullable: true })
  bureauDecidedAt: Date | null;

  @Column({ name: 'bureau_note', type: 'text', nullable: true })
  bureauNote: string | null;

  /** First day of the first term; renewals move the term, not this. */
  @Column({ name: 'appointed_on', type: 'date', nullable: true })
  appointedOn: string | null;

  /** The current term (聘期). */
  @Column({ name: 'term_starts_on', type: 'date', nullable: true })
  termStartsOn: string | null;

  @Column({ name: 'term_ends_on', type: 'date', nullable: true })
  termEndsOn: string | null;

  @Column({ type: 'smallint', default: 0 })
  renewals: number;

  /** What the appointment brings, copied from the policy on the day of appointment. */
  @Column({ type: 'jsonb', nullable: true })
  treatment: Treatment | null;

  @Column({ name: 'credential_id', type: 'uuid', nullable: true })
  credentialId: string | null;

  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn: string | null;

  @Column({ name: 'end_reason', type: 'text', nullable: true })
  endReason: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
