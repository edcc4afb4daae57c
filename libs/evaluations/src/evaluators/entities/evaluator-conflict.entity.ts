import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A declared conflict of interest (申报回避): this evaluator never assesses this person. */
@Entity('evaluator_conflicts')
export class EvaluatorConflict {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'evaluator_profile_id', type: 'uuid' })
  evaluatorProfileId: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  /** The organization whose HR declared it. */
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ type: 'text' })
  reason: string;

  @Column({ name: 'declared_by', type: 'uuid', nullable: true })
  declaredBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
