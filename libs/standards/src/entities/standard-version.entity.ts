import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { StandardLevel } from '../standards/standard-levels';
import type { VersionStatus } from '../standards/version-workflow';

@Entity('standard_versions')
export class StandardVersion {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'standard_id', type: 'uuid' })
  standardId: string;

  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'text', nullable: true })
  label: string | null;

  @Column({ type: 'text', default: 'draft' })
  status: VersionStatus;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  levels: StandardLevel[];

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  /** China business dates, YYYY-MM-DD. */
  @Column({ name: 'effective_from', type: 'date', nullable: true })
  effectiveFrom: string | null;

  @Column({ name: 'effective_to', type: 'date', nullable: true })
  effectiveTo: string | null;

  @Column({ name: 'created_from_version_id', type: 'uuid', nullable: true })
  createdFromVersionId: string | null;

  @Column({ name: 'submitted_by', type: 'uuid', nullable: true })
  submittedBy: string | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ name: 'reviewed_by', type: 'uuid', nullable: true })
  reviewedBy: string | null;

  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;

  @Column({ name: 'published_by', type: 'uuid', nullable: true })
  publishedBy: string | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'retired_by', type: 'uuid', nullable: true })
  retiredBy: string | null;

  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true })
  retiredAt: Date | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
