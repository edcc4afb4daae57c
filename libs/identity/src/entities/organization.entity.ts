import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { OrganizationKind } from '@skill-ladder/platform';

/** A fact worth a second look that did not stop the filing. */
export interface OrganizationWarning {
  code: 'CREDIT_CODE_REGION_MISMATCH';
  field: 'creditCode';
  message: string;
}

/** 组织: a bureau (人社局), an enterprise (用人单位) or a dispatch agency (劳务派遣单位). */
@Entity('organizations')
export class Organization {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  kind: OrganizationKind;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'region_code', type: 'text' })
  regionCode: string;

  /** 统一社会信用代码 */
  @Column({ name: 'credit_code', type: 'text', nullable: true })
  creditCode: string | null;

  @Column({ type: 'text', default: 'active' })
  status: 'active' | 'suspended';

  @Column({ type: 'jsonb', default: () => "'[]'" })
  warnings: OrganizationWarning[];

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
