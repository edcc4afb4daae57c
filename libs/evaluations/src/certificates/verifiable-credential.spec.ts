import { generateKeyPairSync } from 'node:crypto';
import { calculateJwkThumbprint, decodeProtectedHeader, JWK } from 'jose';
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
};

async function bodyKey() {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const jwk = publicKey.export({ format: 'jwk' }) as JWK;
  const kid = await calculateJwkThumbprint(jwk);
  return { privateKey, kid, jwks: { keys: [{ ...jwk, kid, alg: 'EdDSA', use: 'sig' }] } };
}

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

  it('signs as vc+jwt with EdDSA and verifies against the body’s JWKS', async () => {
    const key = await bodyKey();
    const jwt = await signCredential(buildCertificateCredential(input), key, new Date('2026-09-30T02:00:00Z'));
    expect(decodeProtectedHeader(jwt)).toEqual({ alg: 'EdDSA', typ: 'vc+jwt', cty: 'vc', kid: key.kid });
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
});
