import Ajv2019 from 'ajv/dist/2019';
import addFormats from 'ajv-formats';
import { generateKeyPairSync } from 'node:crypto';
import { calculateJwkThumbprint, decodeJwt, decodeProtectedHeader, JWK } from 'jose';
import schema from './schema/ob_v3p0_achievementcredential_subset.json';
import { buildCertificateCredential, CertificateCredentialInput, signCredential, verifyCredential } from './verifiable-credential';

const input: CertificateCredentialInput = {
  certificateId: '2f1c8a7e-9a36-4d8e-8f41-2f7cbf1b6a10',
  certificateNumber: 'Y000014000123263000001',
  issuerId: 'http://localhost:3000/api/v1/public/evaluation-bodies/6b0d1f2e-3c4a-4b5c-8d6e-7f8091a2b3c4',
  issuerName: '山西吕梁焦化集团',
  holderName: '王建国',
  occupationCode: '6-18-02-04',
  occupationName: '焊工',
  workType: null,
  rank: 'L3',
  levelLabel: '三级/高级工',
  issuedOn: '2026-09-30',
  verificationUrl: 'http://localhost:3000/api/v1/public/certificates/Y000014000123263000001',
  statusList: { url: 'http://localhost:3000/api/v1/public/evaluation-bodies/6b0d1f2e-3c4a-4b5c-8d6e-7f8091a2b3c4/status-list', index: 41 },
};

/** A body key as BodySigningKeysService makes it: P-256 today, Ed25519 for credentials issued before. */
async function bodyKey(algorithm: 'ES256' | 'EdDSA' = 'ES256') {
  const { publicKey, privateKey } = algorithm === 'ES256' ? generateKeyPairSync('ec', { namedCurve: 'P-256' }) : generateKeyPairSync('ed25519');
  const { d: _private, ...jwk } = privateKey.export({ format: 'jwk' }) as JWK;
  expect(jwk).toEqual(publicKey.export({ format: 'jwk' }));
  const kid = await calculateJwkThumbprint(jwk);
  return { privateKey, kid, algorithm, jwks: { keys: [{ ...jwk, kid, alg: algorithm, use: 'sig' }] } };
}

const ajv = new Ajv2019({ allErrors: true, strict: true, strictRequired: false });
addFormats(ajv);
const validateAchievementCredential = ajv.compile(schema);

/** Re-encodes the payload of a compact JWS after `change`, keeping header and signature. */
function tamper(jwt: string, change: (payload: Record<string, any>) => void): string {
  const [header, payload, signature] = jwt.split('.');
  const decoded = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  change(decoded);
  return [header, Buffer.from(JSON.stringify(decoded)).toString('base64url'), signature].join('.');
}

describe('certificate verifiable credential (Open Badges 3.0, VC-JOSE-COSE)', () => {
  it('is an OpenBadgeCredential of VC 2.0 naming the holder, the number and the achievement', () => {
    const credential = buildCertificateCredential(input);
    expect(credential).toMatchObject({
      '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
      id: 'urn:uuid:2f1c8a7e-9a36-4d8e-8f41-2f7cbf1b6a10',
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      issuer: { id: input.issuerId, type: ['Profile'], name: '山西吕梁焦化集团' },
      validFrom: '2026-09-30T00:00:00+08:00',
      credentialSubject: {
        type: ['AchievementSubject'],
        identifier: [{ type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: '王建国' }],
        licenseNumber: 'Y000014000123263000001',
        achievement: { achievementType: 'Certification', name: '焊工 三级/高级工', humanCode: '6-18-02-04/L3' },
      },
    });
    expect(credential.credentialSubject.achievement.description).toContain('工种：--');
    expect(credential.credentialSubject.achievement).not.toHaveProperty('specialization');
    expect(buildCertificateCredential({ ...input, workType: '电焊工' }).credentialSubject.achievement.specialization).toBe('电焊工');
  });

  it('models the ladder rank as the achievement’s result description, the subject’s result naming the level achieved', () => {
    const { achievement, result } = buildCertificateCredential(input).credentialSubject;
    expect(achievement.resultDescription).toEqual([
      expect.objectContaining({ id: 'urn:skill-ladder:result-description:skill-level', type: ['ResultDescription'], resultType: 'RubricCriterionLevel' }),
    ]);
    expect(achievement.resultDescription[0].rubricCriterionLevel.map((l) => [l.id, l.name])).toEqual([
      ['urn:skill-ladder:skill-level:L5', '五级/初级工'],
      ['urn:skill-ladder:skill-level:L4', '四级/中级工'],
      ['urn:skill-ladder:skill-level:L3', '三级/高级工'],
      ['urn:skill-ladder:skill-level:L2', '二级/技师'],
      ['urn:skill-ladder:skill-level:L1', '一级/高级技师'],
    ]);
    expect(result).toEqual([{ type: ['Result'], resultDescription: 'urn:skill-ladder:result-description:skill-level', achievedLevel: 'urn:skill-ladder:skill-level:L3' }]);
  });

  it('points to its entry in the body’s revocation status list (BitstringStatusListEntry)', () => {
    expect(buildCertificateCredential(input).credentialStatus).toEqual({
      id: `${input.statusList.url}#41`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: '41',
      statusListCredential: input.statusList.url,
    });
  });

  it('validates against the Open Badges 3.0 AchievementCredential schema, as built and as signed', async () => {
    const credential = buildCertificateCredential({ ...input, workType: '电焊工' });
    expect(validateAchievementCredential(credential) ? [] : validateAchievementCredential.errors).toEqual([]);
    const payload = decodeJwt(await signCredential(credential, await bodyKey(), new Date()));
    expect(validateAchievementCredential(payload) ? [] : validateAchievementCredential.errors).toEqual([]);
  });

  it.each([
    ['a subject property OB 3.0 does not define', (c: Record<string, any>) => (c.credentialSubject.rank = 'L3')],
    ['no validFrom', (c: Record<string, any>) => delete c.validFrom],
    ['an identifier without identityType', (c: Record<string, any>) => delete c.credentialSubject.identifier[0].identityType],
    ['a result description without resultType', (c: Record<string, any>) => delete c.credentialSubject.achievement.resultDescription[0].resultType],
    ['credentialStatus as an array', (c: Record<string, any>) => (c.credentialStatus = [c.credentialStatus])],
    ['no OpenBadgeCredential type', (c: Record<string, any>) => (c.type = ['VerifiableCredential'])],
  ])('the schema refuses %s', (_what, change) => {
    const credential = JSON.parse(JSON.stringify(buildCertificateCredential(input)));
    change(credential);
    expect(validateAchievementCredential(credential)).toBe(false);
  });

  it('signs as vc+jwt with ES256 (what the 1EdTech validator accepts) and verifies against the body’s JWKS', async () => {
    const key = await bodyKey();
    const jwt = await signCredential(buildCertificateCredential(input), key, new Date('2026-09-30T02:00:00Z'));
    expect(decodeProtectedHeader(jwt)).toEqual({ alg: 'ES256', typ: 'vc+jwt', cty: 'vc', kid: key.kid });
    const { credential, kid } = await verifyCredential(jwt, key.jwks);
    expect(kid).toBe(key.kid);
    expect(credential.credentialSubject.licenseNumber).toBe('Y000014000123263000001');
    expect(credential).toMatchObject({ iss: input.issuerId, jti: `urn:uuid:${input.certificateId}`, iat: 1790733600 });
  });

  it.each([
    ['the holder’s name', (p: Record<string, any>) => (p.credentialSubject.identifier[0].identityHash = '王建民')],
    ['the level', (p: Record<string, any>) => (p.credentialSubject.achievement.name = '焊工 一级/高级技师')],
    ['the certificate number', (p: Record<string, any>) => (p.credentialSubject.licenseNumber = 'Y000014000123263000002')],
    ['the issue date', (p: Record<string, any>) => (p.validFrom = '2020-01-01T00:00:00+08:00')],
  ])('detects a changed field: %s', async (_field, change) => {
    const key = await bodyKey();
    const jwt = await signCredential(buildCertificateCredential(input), key, new Date());
    await expect(verifyCredential(jwt, key.jwks)).resolves.toBeDefined();
    await expect(verifyCredential(tamper(jwt, change), key.jwks)).rejects.toThrow(/signature verification failed/);
  });

  it('refuses a credential signed by another body’s key', async () => {
    const [signer, other] = [await bodyKey(), await bodyKey()];
    const jwt = await signCredential(buildCertificateCredential(input), signer, new Date());
    await expect(verifyCredential(jwt, other.jwks)).rejects.toThrow();
  });

  it('still verifies a credential signed with the body’s earlier Ed25519 key, found by its kid in a JWKS that publishes both', async () => {
    const [earlier, current] = [await bodyKey('EdDSA'), await bodyKey('ES256')];
    const jwks = { keys: [...current.jwks.keys, ...earlier.jwks.keys] };
    const old = await signCredential(buildCertificateCredential(input), earlier, new Date());
    expect(decodeProtectedHeader(old).alg).toBe('EdDSA');
    await expect(verifyCredential(old, jwks)).resolves.toMatchObject({ kid: earlier.kid });
    const fresh = await signCredential(buildCertificateCredential(input), current, new Date());
    await expect(verifyCredential(fresh, jwks)).resolves.toMatchObject({ kid: current.kid });
    await expect(verifyCredential(tamper(old, (p) => (p.credentialSubject.licenseNumber = 'Y000014000123263000002')), jwks)).rejects.toThrow(/signature verification failed/);
  });
});
