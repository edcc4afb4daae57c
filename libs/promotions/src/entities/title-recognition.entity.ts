import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { RecognitionStatus } from '../titles/recognition-workflow';
import { type Rank, type TitleGrade } from '@skill-ladder/vocabulary';

/** 比照认定: a worker's application for the title a skill level opens. */
@Entity('title_recognitions')
export class TitleRecognition {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The enterprise where the worker works; its HR endorses. */
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  /** The bureau that decides, fixed on endorsement. */
  @Column({ name: 'bureau_id', type: 'uuid', nullable: true })
  bureauId: string | null;

  @Column({ name: 'rule_id', type: 'uuid' })
  ruleId: string;

  @Column({ name: 'title_series', type: 'text' })
  titleSeries: string;

  @Column({ name: 'title_grade', type: 'text' })
  titleGrade: TitleGrade;

  @Column({ name: 'title_name', type: 'text' })
  titleName: string;

  @Column({ name: 'basis_credential_id', type: 'uuid' })
  basisCredentialId: string;

  @Column({ name: 'basis_rank', type: 'text' })
  basisRank: Rank;

  @Column({ name: 'basis_obtained_on', type: 'date' })
  basisObtainedOn: string;

  @Column({ type: 'text' })
  status: RecognitionStatus;

  @Column({ type: 'text', nullable: true })
  statement: string | null;

  @Column({ name: 'applied_by', type: 'uuid', nullable: true })
  appliedBy: string | null;

  @Column({ name: 'applied_on', type: 'date' })
  appliedOn: string;

  @Column({ name: 'endorsed_by', type: 'uuid', nullable: true })
  endorsedBy: string | null;

  @Column({ name: 'endorsed_at', type: 'timestamptz', nullable: true })
  endorsedAt: Date | null;

  @Column({ name: 'endorsement_note', type: 'text', nullable: true })
  endorsementNote: string | null;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'decision_reason', type: 'text', nullable: true })
  decisionReason: string | null;

  @Column({ name: 'person_title_id', type: 'uuid', nullable: true })
  personTitleId: string | null;

  @Column({ name: 'recognized_on', type: 'date', nullable: true })
  recognizedOn: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
