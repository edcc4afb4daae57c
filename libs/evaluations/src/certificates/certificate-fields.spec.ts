import { issuerUrl, jwksUrl, levelLabel, serialKeyFor, verificationUrl, workTypeLabel } from './certificate-fields';

describe('certificate fields', () => {
  it.each([
    ['L5', '五级/初级工'],
    ['L4', '四级/中级工'],
    ['L3', '三级/高级工'],
    ['L2', '二级/技师'],
    ['L1', '一级/高级技师'],
  ] as const)('writes %s as %s', (rank, label) => {
    expect(levelLabel(rank)).toBe(label);
  });

  it('prints "--" for a certificate without a work type', () => {
    expect(workTypeLabel(null)).toBe('--');
    expect(workTypeLabel('电焊工')).toBe('电焊工');
  });

  describe('serialKeyFor: the counter runs per issue year and level', () => {
    it.each([
      ['2026-01-01', 'L3', 2026, 3],
      ['2025-12-31', 'L3', 2025, 3],
      ['2026-12-31', 'L1', 2026, 1],
      ['2000-02-29', 'L5', 2000, 5],
    ] as const)('%s at %s → year %d, level %d', (issuedOn, rank, year, levelDigit) => {
      expect(serialKeyFor(issuedOn, rank)).toEqual({ year, levelDigit });
    });

    it('refuses a date that does not exist', () => {
      expect(() => serialKeyFor('2026-02-30', 'L3')).toThrow(RangeError);
    });
  });

  it('points to the public verification page with the number filled in, and the holder’s name for the QR code', () => {
    expect(verificationUrl('https://skills.example.cn/', 'Y000014000123263000001')).toBe('https://skills.example.cn/verify?number=Y000014000123263000001');
    expect(verificationUrl('https://skills.example.cn', 'Y000014000123263000001', '王 建国')).toBe(
      'https://skills.example.cn/verify?number=Y000014000123263000001&name=%E7%8E%8B%20%E5%BB%BA%E5%9B%BD',
    );
  });

  it('publishes the issuer and its JWKS under the public prefix', () => {
    const id = '2f1c8a7e-9a36-4d8e-8f41-2f7cbf1b6a10';
    expect(issuerUrl('http://localhost:3000', id)).toBe(`http://localhost:3000/api/v1/public/evaluation-bodies/${id}`);
    expect(jwksUrl('http://localhost:3000/', id)).toBe(`http://localhost:3000/api/v1/public/evaluation-bodies/${id}/jwks.json`);
  });
});
