import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '@skill-ladder/platform';
import type { VersionAction } from '../standards/version-workflow';

/** One entry of a version's review thread: a workflow step with its comment, or a remark. */
@Entity('standard_version_comments')
export class StandardVersionComment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'version_id', type: 'uuid' })
  versionId: string;

  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

  @Column({ name: 'author_user_id', type: 'uuid', nullable: true })
  authorUserId: string | null;

  @Column({ name: 'author_name', type: 'text' })
  authorName: string;

  @Column({ name: 'author_role', type: 'text' })
  authorRole: Role;

  @Column({ type: 'text', nullable: true })
  action: VersionAction | null;

  @Column({ type: 'text', nullable: true })
  body: string | null;

  /** Where in the version the remark points, e.g. levels[2].components[1].passMark. */
  @Column({ name: 'field_path', type: 'text', nullable: true })
  fieldPath: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
