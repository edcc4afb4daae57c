import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 证件照: one candidate photo per person, owned by workforce. The row holds the normalized
 * JPEG (1-inch 3:4, 360×480, metadata stripped) rather than the upload, so every reader (the
 * worker record, admission tickets, certificates) prints the same bytes. `organization_id` is
 * the organization whose HR set it.
 */
export class PersonPhotos1766720000000 implements MigrationInterface {
  name = 'PersonPhotos1766720000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE person_photos (
        person_id uuid PRIMARY KEY REFERENCES persons(id),
        organization_id uuid NOT NULL REFERENCES organizations(id),
        jpeg bytea NOT NULL,
        size_bytes integer NOT NULL CHECK (size_bytes BETWEEN 1 AND 1048576 AND size_bytes = octet_length(jpeg)),
        width smallint NOT NULL CHECK (width BETWEEN 300 AND 500),
        height smallint NOT NULL CHECK (height BETWEEN 400 AND 667),
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        uploaded_by uuid NOT NULL REFERENCES users(id),
        uploaded_at timestamptz NOT NULL
      );
      CREATE INDEX person_photos_organization_idx ON person_photos (organization_id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE person_photos`);
  }
}
