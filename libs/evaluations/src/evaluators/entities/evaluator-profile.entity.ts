import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { EvaluationRank } from '../../draw/ranks';

/** 考评员: a user qualified to assess candidates of some occupations up to a rank. */
@Entity('evaluator_profiles')
export class EvaluatorProfile {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  /** The evaluator's own worker record, which brings their relations into recusal. */
  @Column({ name: 'person_id', type: 'uuid', nullable: true })
  personId: string | null;

  /** Home organization, whose HR maintains the profile. */
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ type: 'text', array: true })
  occupations: string[];

  @Column({ name: 'highest_rank', type: 'text' })
  highestRank: EvaluationRank;

  /** 考评员资格证书编号 */
  @Column({ name: 'qualification_certificate_number', type: 'text' })
  qualificationCertificateNumber: string;

  @Column({ name: 'valid_from', type: 'date' })
  validFrom: string;

  @Column({ name: 'valid_until', type: 'date' })
  validUntil: string;

  @Column({ type: 'text', default: 'active' })
  status: 'active' | 'inactive';

  /** Shared by a bureau with every enterprise of its region. */
  @Column({ name: 'shared_with_region', type: 'boolean', default: false })
  sharedWithRegion: boolean;

  @Column({ name: 'shared_by_bureau_id', type: 'uuid', nullable: true })
  sharedByBureauId: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
