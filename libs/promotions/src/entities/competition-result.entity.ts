import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A ranked result (名次) of one worker in one occupation of a competition. */
@Entity('competition_results')
export class CompetitionResult {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'competition_id', type: 'uuid' })
  competitionId: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @Column({ name: 'occupation_code', type: 'text' })
  occupationCode: string;

  /** 名次, 1 = first. */
  @Column({ name: 'place', type: 'integer' })
  placing: number;

  /** Contestants in the field, for rules by top percent. */
  @Column({ name: 'field_size', type: 'integer', nullable: true })
  fieldSize: number | null;

  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
