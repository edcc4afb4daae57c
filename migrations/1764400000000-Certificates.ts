import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 职业技能等级证书: certificates issued by evaluation bodies, the serial counters their numbers
 * are taken from, and each body's Ed25519 key that signs the verifiable credentials.
 */
export class Certificates1764400000000 implements MigrationInterface {
  name = 'Certificates1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- 证书序列码 (人社鉴发〔2019〕2号) runs per body, issue year and level. A row is updated under its
      -- row lock inside the issuing transaction, so a rolled-back issuance hands its serial back.
      CREATE TABLE certificate_serials (
        organization_id uuid NOT NULL REFERENCES organizations(id),
        year smallint NOT NULL CHECK (year BETWEEN 2000 AND 2099),
        level_digit smallint NOT NULL CHECK (level_digit BETWEEN 1 AND 5),
        last_serial integer NOT NULL CHECK (last_serial BETWEEN 1 AND 999999),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organization_id, year, level_digit)
      );

      -- One Ed25519 key per evaluation body, made on its first issuance. The private key is
      -- encrypted with the PII key (AES-256-GCM); the public key is published as a JWKS.
      CREATE TABLE evaluation_body_signing_keys (
        organization_id uuid PRIMARY KEY REFERENCES organizations(id),
        kid text NOT NULL CONSTRAINT evaluation_body_signing_keys_kid_uq UNIQUE CHECK (kid ~ '^[A-Za-z0-9_-]{43}$'),
        algorithm text NOT NULL CHECK (algorithm = 'EdDSA'),
        public_jwk jsonb NOT NULL CHECK (public_jwk ->> 'kty' = 'OKP' AND public_jwk ->> 'crv' = 'Ed25519' AND NOT public_jwk ? 'd'),
        private_key_cipher bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE certificates (
        id uuid PRIMARY KEY,
        certificate_number text NOT NULL CONSTRAINT certificates_number_uq UNIQUE CHECK (certificate_number ~ '^[YS][0-9]{21}$'),
        -- The issuing evaluation body (谁评价、谁发证、谁负责).
        organization_id uuid NOT NULL REFERENCES organizations(id),
        person_id uuid NOT NULL REFERENCES persons(id),
        credential_id uuid NOT NULL CONSTRAINT certificates_credential_uq UNIQUE REFERENCES person_credentials(id),
        holder_name text NOT NULL CHECK (char_length(holder_name) BETWEEN 1 AND 100),
        id_type text NOT NULL CHECK (id_type IN ('resident_id')),
        id_number_cipher bytea NOT NULL,
        id_number_masked text NOT NULL,
        occupation_code text NOT NULL CHECK (occupation_code ~ '^[0-9]-[0-9]{2}-[0-9]{2}-[0-9]{2}$'),
        occupation_name text NOT NULL CHECK (char_length(occupation_name) BETWEEN 1 AND 100),
        work_type text CHECK (char_length(work_type) BETWEEN 1 AND 100),
        rank text NOT NULL CHECK (rank IN ('L5', 'L4', 'L3', 'L2', 'L1')),
        level_label text NOT NULL,
        body_name text NOT NULL,
        issued_on date NOT NULL,
        serial_year smallint NOT NULL,
        level_digit smallint NOT NULL CHECK (level_digit BETWEEN 1 AND 5),
        serial integer NOT NULL CHECK (serial BETWEEN 1 AND 999999),
        route text NOT NULL CHECK (route IN ('campaign', 'competition')),
        campaign_id uuid,
        application_id uuid,
        competition_result_id uuid,
        signing_kid text NOT NULL REFERENCES evaluation_body_signing_keys(kid),
        credential_jwt text NOT NULL,
        status text NOT NULL DEFAULT 'valid' CHECK (status IN ('valid', 'revoked')),
        revocation_reason text CHECK (char_length(revocation_reason) BETWEEN 1 AND 1000),
        revoked_by uuid REFERENCES users(id),
        revoked_at timestamptz,
        issued_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT certificates_serial_uq UNIQUE (organization_id, serial_year, level_digit, serial),
        CHECK (serial_year = extract(year FROM issued_on)),
        CHECK ((status = 'revoked') = (revoked_at IS NOT NULL AND revocation_reason IS NOT NULL)),
        CHECK (route = 'competition' OR competition_result_id IS NULL),
        CHECK (route = 'campaign' OR (campaign_id IS NULL AND application_id IS NULL))
      );
      CREATE INDEX certificates_organization_idx ON certificates (organization_id, issued_on DESC);
      CREATE INDEX certificates_person_idx ON certificates (person_id);
      -- One certificate per passed application or competition result, whatever retries happen.
      CREATE UNIQUE INDEX certificates_application_uq ON certificates (application_id) WHERE application_id IS NOT NULL;
      CREATE UNIQUE INDEX certificates_competition_result_uq ON certificates (competition_result_id) WHERE competition_result_id IS NOT NULL;
      -- A person holds one valid certificate per occupation, work type and level.
      CREATE UNIQUE INDEX certificates_held_uq ON certificates (person_id, occupation_code, COALESCE(work_type, ''), rank) WHERE status = 'valid';
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE certificates, evaluation_body_signing_keys, certificate_serials;`);
  }
}
