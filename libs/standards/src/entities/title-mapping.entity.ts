import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { MappingDirection } from '../title-mappings/title-options';
import { type Rank, type TitleGrade } from '@skill-ladder/vocabulary';

/** 比照认定 rule: a bureau's for its region, or a national default (no owner, no region). */
@Entity('title_mappings')
export class TitleMapping {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

  @Column({ name: 'region_code', type: 'text', nullable: true })
  regionCode: string | null;

  @Column({ type: 'text' })
  direction: MappingDirection;

  @Column({ type: 'text' })
  rank: Rank;

  @Column({ name: 'title_series', type: 'text', nullable: true })
  titleSeries: string | null;

  @Column({ name: 'title_grade', type: 'text' })
  titleGrade: TitleGrade;

  @Column({ name: 'title_name', type: 'text' })
  titleName: string;

  @Column({ type: 'smallint' })
  years: number;

  @Column({ name: 'effective_from', type: 'date' })
  effectiveFrom: string;

  @Column({ name: 'effective_to', type: 'date', nullable: true })
  effectiveTo: string | null;

  /** 文件依据, e.g. 人社部发〔2020〕96号 */
  @Column({ type: 'text', nullable: true })
  basis: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
