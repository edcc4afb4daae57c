import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { RubricCriterion } from '@skill-ladder/standards';
import type { ReviewerSheet } from '../appointments/review-score';
import { numeric } from '../common/numeric';

/** 评审: a committee's scores for an appointment or its renewal. */
@Entity('appointment_reviews')
export class AppointmentReview {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'appointment_id', type: 'uuid' })
  appointmentId: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ type: 'text' })
  kind: 'appointment' | 'renewal';

  @Column({ name: 'reviewed_on', type: 'date' })
  reviewedOn: string;

  @Column({ type: 'jsonb' })
  criteria: RubricCriterion[];

  @Column({ type: 'jsonb' })
  scores: ReviewerSheet[];

  @Column({ type: 'numeric', transformer: numeric })
  total: number;

  @Column({ name: 'pass_mark', type: 'numeric', transformer: numeric })
  passMark: number;

  @Column({ type: 'boolean' })
  passed: boolean;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
