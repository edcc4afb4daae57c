import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { FilingStatus } from '../filing-status';

/** 评价机构备案: one application of an enterprise to its bureau for a scope of occupations × levels. */
@Entity('evaluation_body_filings')
export class EvaluationBodyFiling {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The enterprise filed as an evaluation body. */
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  /** The bureau that decides. */
  @Column({ name: 'bureau_id', type: 'uuid' })
  bureauId: string;

  @Column({ type: 'text', default: 'applied' })
  status: FilingStatus;

  /** 省级代码: the first two digits of the enterprise's region code. */
  @Column({ name: 'province_code', type: 'char', length: 2 })
  provinceCode: string;

  /** 机构代码, '0000' when filed provincially; set on approval. */
  @Column({ name: 'institution_code', type: 'char', length: 4, nullable: true })
  institutionCode: string | null;

  /** 评价机构(站点)序列码; set on approval. */
  @Column({ name: 'station_serial', type: 'char', length: 6, nullable: true })
  stationSerial: string | null;

  @Column({ name: 'application_note', type: 'text', nullable: true })
  applicationNote: string | null;

  /** Note or reason of the latest decision (approval note, rejection, suspension or reinstatement reason). */
  @Column({ name: 'decision_note', type: 'text', nullable: true })
  decisionNote: string | null;

  @Column({ name: 'applied_by', type: 'uuid' })
  appliedBy: string;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true })
  approvedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
