import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** 职业: an entry of the national occupational classification (国家职业分类大典), or one a bureau added. */
@Entity('occupations')
export class Occupation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** e.g. 6-18-01-01 */
  @Column({ type: 'text' })
  code: string;

  @Column({ name: 'name_zh', type: 'text' })
  nameZh: string;

  @Column({ name: 'name_en', type: 'text', nullable: true })
  nameEn: string | null;

  /** 工种 */
  @Column({ name: 'work_types', type: 'text', array: true, default: () => "'{}'" })
  workTypes: string[];

  /** 相关职业 */
  @Column({ name: 'related_codes', type: 'text', array: true, default: () => "'{}'" })
  relatedCodes: string[];

  @Column({ name: 'source_note', type: 'text', nullable: true })
  sourceNote: string | null;

  /** The bureau that added it; null for the national catalogue. */
  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

  @Column({ type: 'text', default: 'active' })
  status: 'active' | 'withdrawn';

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
