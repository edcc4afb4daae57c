import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { EmploymentType } from '../worker-record';

/**
 * 劳动关系/用工关系. For a dispatched worker the agency is the employer of record (用人单位)
 * and the enterprise the work organization (用工单位); otherwise both are usually the same.
 */
@Entity('employments')
export class Employment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @Column({ name: 'employer_org_id', type: 'uuid' })
  employerOrganizationId: string;

  @Column({ name: 'work_org_id', type: 'uuid' })
  workOrganizationId: string;

  @Column({ name: 'employment_type', type: 'text' })
  employmentType: EmploymentType;

  @Column({ name: 'occupation_code', type: 'text', nullable: true })
  occupationCode: string | null;

  @Column({ name: 'occupation_started_on', type: 'date', nullable: true })
  occupationStartedOn: string | null;

  @Column({ name: 'hired_on', type: 'date' })
  hiredOn: string;

  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn: string | null;

  @Column({ name: 'job_title', type: 'text', nullable: true })
  jobTitle: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
