import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Credentials that outside verifiers accept: the 1EdTech validator takes JWTs signed RS256 or
 * ES256 only, so bodies sign with a P-256 key from now on. Their Ed25519 keys stay (one key per
 * body and algorithm) so that every credential already issued still verifies against the JWKS.
 * Each certificate also gets a position in its body's revocation status list (W3C Bitstring
 * Status List), given out under the counter row's lock like certificate serials.
 */
export class CredentialStatus1765400000000 implements MigrationInterface {
  name = 'CredentialStatus1765400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE evaluation_body_signing_keys DROP CONSTRAINT evaluation_body_signing_keys_pkey;
      ALTER TABLE evaluation_body_signing_keys ADD CONSTRAINT evaluation_body_signing_keys_pkey PRIMARY KEY (organization_id, algorithm);
      ALTER TABLE evaluation_body_signing_keys DROP CONSTRAINT evaluation_body_signing_keys_algorithm_check;
      ALTER TABLE evaluation_body_signing_keys DROP CONSTRAINT evaluation_body_signing_keys_public_jwk_check;
      ALTER TABLE evaluation_body_signing_keys ADD CONSTRAINT evaluation_body_signing_keys_algorithm_check CHECK (algorithm IN ('EdDSA', 'ES256'));
      ALTER TABLE evaluation_body_signing_keys ADD CONSTRAINT evaluation_body_signing_keys_public_jwk_check CHECK (
        NOT public_jwk ? 'd' AND public_jwk ->> 'alg' = algorithm AND CASE algorithm
          WHEN 'EdDSA' THEN public_jwk ->> 'kty' = 'OKP' AND public_jwk ->> 'crv' = 'Ed25519'
          ELSE public_jwk ->> 'kty' = 'EC' AND public_jwk ->> 'crv' = 'P-256' END);

      CREATE TABLE evaluation_body_status_lists (
        organization_id uuid PRIMARY KEY REFERENCES organizations(id),
        next_index integer NOT NULL CHECK (next_index >= 0),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      ALTER TABLE certificates ADD COLUMN status_list_index integer CHECK (status_list_index >= 0);
      UPDATE certificates c SET status_list_index = n.idx
        FROM (SELECT id, row_number() OVER (PARTITION BY organization_id ORDER BY created_at, id) - 1 AS idx FROM certificates) n
       WHERE n.id = c.id;
      INSERT INTO evaluation_body_status_lists (organization_id, next_index)
        SELECT organization_id, count(*) FROM certificates GROUP BY organization_id;
      ALTER TABLE certificates ALTER COLUMN status_list_index SET NOT NULL;
      ALTER TABLE certificates ADD CONSTRAINT certificates_status_list_index_uq UNIQUE (organization_id, status_list_index);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE certificates DROP COLUMN status_list_index;
      DROP TABLE evaluation_body_status_lists;
      DELETE FROM evaluation_body_signing_keys WHERE algorithm = 'ES256';
      ALTER TABLE evaluation_body_signing_keys DROP CONSTRAINT evaluation_body_signing_keys_public_jwk_check;
      ALTER TABLE evaluation_body_signing_keys DROP CONSTRAINT evaluation_body_signing_keys_algorithm_check;
      ALTER TABLE evaluation_body_signing_keys ADD CONSTRAINT evaluation_body_signing_keys_algorithm_check CHECK (algorithm = 'EdDSA');
      ALTER TABLE evaluation_body_signing_keys ADD CONSTRAINT evaluation_body_signing_keys_public_jwk_check
        CHECK (public_jwk ->> 'kty' = 'OKP' AND public_jwk ->> 'crv' = 'Ed25519' AND NOT public_jwk ? 'd');
      ALTER TABLE evaluation_body_signing_keys DROP CONSTRAINT evaluation_body_signing_keys_pkey;
      ALTER TABLE evaluation_body_signing_keys ADD CONSTRAINT evaluation_body_signing_keys_pkey PRIMARY KEY (organization_id);
    `);
  }
}
