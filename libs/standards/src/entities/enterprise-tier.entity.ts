import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { type Rank } from '@skill-ladder/vocabulary';

/** An enterprise's own tier (技能专家, 一级技师 …), always mapped to one national rank. */
@Entity('enterprise_tiers')
export class EnterpriseTier {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'national_rank', type: 'text' })
  nationalRank: Rank;

  /** Orders tiers that split one national rank: higher is senior (一级技师 above 二级技师). */
  @Column({ name: 'sub_order', type: 'smallint', default: 0 })
  subOrder: number;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'text', default: 'active' })
  status: 'active' | 'retired';

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
