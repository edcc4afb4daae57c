import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { EducationCode } from '../worker-record';

/** 职工: one natural person, found by the blind index of their resident ID number. */
@Entity('persons')
export class Person {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The organization that first registered the person. */
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'full_name', type: 'text' })
  fullName: string;

  /** AES-256-GCM ciphertext of the 居民身份证号码; never selected by default. */
  @Column({ name: 'id_number_cipher', type: 'bytea', select: false })
  idNumberCipher: Buffer;

  /** HMAC-SHA256 of the number: equality look-ups without the plaintext. */
  @Column({ name: 'id_number_index', type: 'bytea', select: false })
  idNumberIndex: Buffer;

  @Column({ name: 'id_number_masked', type: 'text' })
  idNumberMasked: string;

  @Column({ name: 'birth_date', type: 'date' })
  birthDate: string;

  @Column({ type: 'text' })
  sex: 'male' | 'female';

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ type: 'text', nullable: true })
  education: EducationCode | null;

  @Column({ name: 'graduated_on', type: 'date', nullable: true })
  graduatedOn: string | null;

  @Column({ name: 'apprenticeship_completed_on', type: 'date', nullable: true })
  apprenticeshipCompletedOn: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
