import type { KeyObject } from 'node:crypto';
import { createLocalJWKSet, JSONWebKeySet, JWTPayload, jwtVerify, SignJWT } from 'jose';
import { NATIONAL_RANKS } from '../draw/ranks';
import { NationalRankCode } from '../rules/certificate-number';
import { CERTIFICATE_TITLE, levelLabel, workTypeLabel } from './certificate-fields';

/*
 * A certificate as an Open Badges 3.0 AchievementCredential (a W3C Verifiable Credential 2.0),
 * secured as a JWT (VC-JOSE-COSE: the claims set is the credential, `typ: vc+jwt`) with the
 * body's P-256 key (ES256: the 1EdTech validator accepts RS256 and ES256 JWTs only, not EdDSA).
 * Credentials issued before that were signed with the body's Ed25519 key, which stays in its JWKS
 * under its own `kid`, so they still verify. The JSON-LD contexts are named, never fetched: a
 * verifier checks the signature against the body's JWKS and reads the JSON as it is.
 *
 * The ladder rank is the achievement's result: the achievement describes the five national
 * levels as rubric levels and the subject's result names the one achieved, so a verifier can
 * compare levels without parsing Chinese labels.
 *
 * Personal data: the holder's name only (as on the paper certificate). The ID number is not in
 * the credential, not even hashed: 18 digits with a known structure hash back in seconds.
 */

export const VC_CONTEXT_V2 = 'https://www.w3.org/ns/credentials/v2';
export const OB_CONTEXT_V3 = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
export const OB_ACHIEVEMENT_CREDENTIAL_SCHEMA = 'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json';
export const VC_JWT_TYPE = 'vc+jwt';
export const SIGNING_ALGORITHM = 'ES256';
/** What verification accepts: the current algorithm and the one of credentials issued before it. */
export const VERIFIABLE_ALGORITHMS = ['ES256', 'EdDSA'];
export const SKILL_LEVEL_RESULT_DESCRIPTION = 'urn:skill-ladder:result-description:skill-level';

export function skillLevelId(rank: NationalRankCode): string {
  return `urn:skill-ladder:skill-level:${rank}`;
}

export interface CertificateCredentialInput {
  certificateId: string;
  certificateNumber: string;
  issuerId: string;
  issuerName: string;
  holderName: string;
  occupationCode: string;
  occupationName: string;
  workType: string | null;
  rank: NationalRankCode;
  levelLabel: string;
  /** China business date of issue, YYYY-MM-DD. */
  issuedOn: string;
  verificationUrl: string;
  /** The body's revocation status list and this certificate's position in it. */
  statusList: { url: string; index: number };
}

export interface RubricCriterionLevel {
  id: string;
  type: ['RubricCriterionLevel'];
  name: string;
  level: string;
}

export interface BitstringStatusListEntry {
  id: string;
  type: 'BitstringStatusListEntry';
  statusPurpose: 'revocation';
  statusListIndex: string;
  statusListCredential: string;
}

export interface CertificateCredential {
  '@context': string[];
  id: string;
  type: string[];
  issuer: { id: string; type: string[]; name: string };
  validFrom: string;
  awardedDate: string;
  name: string;
  credentialSubject: {
    type: string[];
    identifier: { type: 'IdentityObject'; identityType: 'name'; hashed: false; identityHash: string }[];
    licenseNumber: string;
    achievement: {
      id: string;
      type: string[];
      achievementType: 'Certification';
      name: string;
      description: string;
      criteria: { narrative: string };
      humanCode: string;
      fieldOfStudy: string;
      specialization?: string;
      tag: string[];
      resultDescription: {
        id: string;
        type: ['ResultDescription'];
        name: string;
        resultType: 'RubricCriterionLevel';
        rubricCriterionLevel: RubricCriterionLevel[];
      }[];
    };
    result: { type: ['Result']; resultDescription: string; achievedLevel: string }[];
  };
  evidence: { id: string; type: string[]; name: string }[];
  credentialSchema: { id: string; type: string }[];
  credentialStatus: BitstringStatusListEntry;
}

/** The unsigned credential; deterministic for the same input. */
export function buildCertificateCredential(input: CertificateCredentialInput): CertificateCredential {
  const issuedAt = `${input.issuedOn}T00:00:00+08:00`;
  const workType = workTypeLabel(input.workType);
  return {
    '@context': [VC_CONTEXT_V2, OB_CONTEXT_V3],
    id: `urn:uuid:${input.certificateId}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: input.issuerId, type: ['Profile'], name: input.issuerName },
    validFrom: issuedAt,
    awardedDate: issuedAt,
    name: `${CERTIFICATE_TITLE}（${input.occupationName} ${input.levelLabel}）`,
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: [{ type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: input.holderName }],
      licenseNumber: input.certificateNumber,
      achievement: {
        id: `urn:skill-ladder:achievement:${input.occupationCode}:${input.rank}`,
        type: ['Achievement'],
        achievementType: 'Certification',
        name: `${input.occupationName} ${input.levelLabel}`,
        description: `职业：${input.occupationName}（${input.occupationCode}）；工种：${workType}；职业技能等级：${input.levelLabel}`,
        criteria: { narrative: `经评价机构依据国家职业技能标准或经备案的评价规范认定，达到${input.levelLabel}要求。` },
        humanCode: `${input.occupationCode}/${input.rank}`,
        fieldOfStudy: input.occupationName,
        ...(input.workType ? { specialization: input.workType } : {}),
        tag: ['职业技能等级证书', input.levelLabel],
        resultDescription: [
          {
            id: SKILL_LEVEL_RESULT_DESCRIPTION,
            type: ['ResultDescription'],
            name: '职业技能等级 / Skill level',
            resultType: 'RubricCriterionLevel',
            rubricCriterionLevel: NATIONAL_RANKS.map((rank) => ({ id: skillLevelId(rank), type: ['RubricCriterionLevel'], name: levelLabel(rank), level: rank })),
          },
        ],
      },
      result: [{ type: ['Result'], resultDescription: SKILL_LEVEL_RESULT_DESCRIPTION, achievedLevel: skillLevelId(input.rank) }],
    },
    evidence: [{ id: input.verificationUrl, type: ['Evidence'], name: '证书查询 / Certificate verification' }],
    credentialSchema: [{ id: OB_ACHIEVEMENT_CREDENTIAL_SCHEMA, type: '1EdTechJsonSchemaValidator2019' }],
    credentialStatus: {
      id: `${input.statusList.url}#${input.statusList.index}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: String(input.statusList.index),
      statusListCredential: input.statusList.url,
    },
  };
}

/** Compact JWS over the credential (the claims set), with `iss`, `jti` and `iat` mirroring it. */
export function signCredential(
  credential: CertificateCredential,
  key: { privateKey: KeyObject; kid: string; algorithm?: string },
  issuedAt: Date,
): Promise<string> {
  return new SignJWT({ ...credential } as unknown as JWTPayload)
    .setProtectedHeader({ alg: key.algorithm ?? SIGNING_ALGORITHM, typ: VC_JWT_TYPE, cty: 'vc', kid: key.kid })
    .setIssuer(credential.issuer.id)
    .setJti(credential.id)
    .setIssuedAt(Math.floor(issuedAt.getTime() / 1000))
    .sign(key.privateKey);
}

/** Checks the signature against a JWKS and the claims that bind it; throws when anything was changed. */
export async function verifyCredential(jwt: string, jwks: JSONWebKeySet): Promise<{ credential: CertificateCredential; kid: string }> {
  const { payload, protectedHeader } = await jwtVerify(jwt, createLocalJWKSet(jwks), { algorithms: VERIFIABLE_ALGORITHMS, typ: VC_JWT_TYPE });
  const credential = payload as unknown as CertificateCredential;
  if (payload.iss !== credential.issuer?.id || payload.jti !== credential.id) {
    throw new Error('The JWT claims do not match the credential they secure');
  }
  return { credential, kid: protectedHeader.kid as string };
}
