import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 核验身份: the invigilator (or HR) records on the seat that the candidate's identity was checked
 * against the photo and the ID card, or that it did not match (a note then says how). On the
 * seat, not the attempt: the check happens at the door, before or after the candidate starts,
 * and never holds up the start (the exam clock is the server's).
 */
export class ExamSeatIdentityCheck1796526380878 implements MigrationInterface {
  name = 'ExamSeatIdentityCheck1796526380878';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE exam_seats
        ADD COLUMN identity_check text CHECK (identity_check IN ('verified', 'mismatch')),
        ADD COLUMN identity_check_note text CHECK (char_length(identity_check_note) BETWEEN 1 AND 500),
        ADD COLUMN identity_checked_at timestamptz,
        ADD COLUMN identity_checked_by uuid REFERENCES users(id),
        ADD CONSTRAINT exam_seats_identity_check_complete CHECK (
          (identity_check IS NULL) = (identity_checked_at IS NULL) AND (identity_check IS NULL) = (identity_checked_by IS NULL)
        ),
        ADD CONSTRAINT exam_seats_identity_mismatch_noted CHECK (identity_check IS DISTINCT FROM 'mismatch' OR identity_check_note IS NOT NULL);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE exam_seats DROP CONSTRAINT exam_seats_identity_mismatch_noted, DROP CONSTRAINT exam_seats_identity_check_complete,
        DROP COLUMN identity_checked_by, DROP COLUMN identity_checked_at, DROP COLUMN identity_check_note, DROP COLUMN identity_check;
    `);
  }
}
