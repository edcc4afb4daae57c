import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The certificate-number codes a body holds from its first approval on; never reassigned. */
@Entity('evaluation_body_codes')
export class EvaluationBodyCodes {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'province_code', type: 'char', length: 2 })
  provinceCode: string;

  @Column({ name: 'institution_code', type: 'char', length: 4 })
  institutionCode: string;

  @Column({ name: 'station_serial', type: 'char', length: 6 })
  stationSerial: string;

  @Column({ name: 'assigned_by', type: 'uuid', nullable: true })
  assignedBy: string | null;

  @Column({ name: 'assigned_at', type: 'timestamptz' })
  assignedAt: Date;
}
