import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const STANDARD_SOURCES = ['national', 'industry', 'enterprise'] as const;
export type StandardSource = (typeof STANDARD_SOURCES)[number];

/** 职业技能标准 / 企业评价规范 for one occupation. Enterprise ones have an owner; others none. */
@Entity('standards')
export class Standard {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'occupation_id', type: 'uuid' })
  occupationId: string;

  @Column({ type: 'text' })
  source: StandardSource;

  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

  @Column({ type: 'text' })
  title: string;

  /** The standard this one adapts (e.g. the national one), if any. */
  @Column({ name: 'based_on_standard_id', type: 'uuid', nullable: true })
  basedOnStandardId: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
