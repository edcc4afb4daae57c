import {
  CERTIFICATE_NUMBER_LENGTH,
  CertificateNumberParts,
  NationalRankCode,
  formatCertificateNumber,
  levelDigitForRank,
  parseCertificateNumber,
} from './certificate-number';

/** The docs/domain.md example: employer, filed provincially, Shanxi, station 000123, 2026, 一级, first certificate. */
const example: CertificateNumberParts = {
  bodyType: 'Y',
  institutionCode: '0000',
  provinceCode: '14',
  stationSerial: '000123',
  year: 2026,
  levelDigit: 1,
  serial: 1,
};

describe('formatCertificateNumber', () => {
  it('writes the docs/domain.md example', () => {
    expect(formatCertificateNumber(example)).toBe('Y000014000123261000001');
  });

  it('lays the parts out at their fixed positions', () => {
    const number = formatCertificateNumber({
      bodyType: 'S',
      institutionCode: '0001',
      provinceCode: '23',
      stationSerial: '987654',
      year: 2019,
      levelDigit: 5,
      serial: 42,
    });
    expect(number).toHaveLength(CERTIFICATE_NUMBER_LENGTH);
    expect([
      number.slice(0, 1),
      number.slice(1, 5),
      number.slice(5, 7),
      number.slice(7, 13),
      number.slice(13, 15),
      number.slice(15, 16),
      number.slice(16, 22),
    ]).toEqual(['S', '0001', '23', '987654', '19', '5', '000042']);
  });

  it.each([
    [2000, '00'],
    [2009, '09'],
    [2099, '99'],
  ])('writes year %i as %s', (year, written) => {
    expect(formatCertificateNumber({ ...example, year }).slice(13, 15)).toBe(written);
  });

  it('writes the largest serial', () => {
    expect(formatCertificateNumber({ ...example, serial: 999_999 }).slice(16)).toBe('999999');
  });

  it.each([
    ['bodyType', { bodyType: 'X' }, /bodyType/],
    ['bodyType', { bodyType: 'y' }, /bodyType/],
    ['institutionCode', { institutionCode: '000' }, /institutionCode.*4 digits/],
    ['institutionCode', { institutionCode: '00001' }, /institutionCode/],
    ['institutionCode', { institutionCode: '00a0' }, /institutionCode/],
    ['provinceCode', { provinceCode: '140000' }, /provinceCode.*2 digits/],
    ['provinceCode', { provinceCode: '1' }, /provinceCode/],
    ['provinceCode', { provinceCode: '１４' }, /provinceCode/], // full-width digits
    ['stationSerial', { stationSerial: '123' }, /stationSerial.*6 digits/],
    ['year', { year: 26 }, /year/],
    ['year', { year: 1999 }, /year/],
    ['year', { year: 2100 }, /year/],
    ['year', { year: 2026.5 }, /year/],
    ['levelDigit', { levelDigit: 0 }, /levelDigit/],
    ['levelDigit', { levelDigit: 6 }, /levelDigit/],
    ['serial', { serial: 0 }, /serial/],
    ['serial', { serial: 1_000_000 }, /serial/],
    ['serial', { serial: 1.5 }, /serial/],
    ['serial', { serial: -1 }, /serial/],
  ])('refuses a bad %s (%j)', (_field, override, message) => {
    const parts = { ...example, ...override } as unknown as CertificateNumberParts;
    expect(() => formatCertificateNumber(parts)).toThrow(RangeError);
    expect(() => formatCertificateNumber(parts)).toThrow(message);
  });
});

describe('parseCertificateNumber', () => {
  it('reads the docs/domain.md example', () => {
    expect(parseCertificateNumber('Y000014000123261000001')).toEqual(example);
  });

  it.each<CertificateNumberParts>([
    example,
    { bodyType: 'S', institutionCode: '9999', provinceCode: '65', stationSerial: '000000', year: 2000, levelDigit: 5, serial: 999_999 },
    { bodyType: 'Y', institutionCode: '0001', provinceCode: '23', stationSerial: '100200', year: 2031, levelDigit: 3, serial: 100 },
  ])('round-trips %j', (parts) => {
    expect(parseCertificateNumber(formatCertificateNumber(parts))).toEqual(parts);
  });

  it.each([
    ['too short', 'Y00001400012326100000'],
    ['too long', 'Y0000140001232610000010'],
    ['unknown body type', 'X000014000123261000001'],
    ['lower-case body type', 'y000014000123261000001'],
    ['level 0', 'Y000014000123260000001'],
    ['level 6', 'Y000014000123266000001'],
    ['serial 000000', 'Y000014000123261000000'],
    ['a letter among the digits', 'Y0000140001232610000O1'],
    ['surrounding spaces', ' Y000014000123261000001 '],
    ['empty', ''],
  ])('returns null for %s', (_name, value) => {
    expect(parseCertificateNumber(value)).toBeNull();
  });
});

describe('levelDigitForRank', () => {
  it.each<[NationalRankCode, number, string]>([
    ['L5', 5, '五级/初级工'],
    ['L4', 4, '四级/中级工'],
    ['L3', 3, '三级/高级工'],
    ['L2', 2, '二级/技师'],
    ['L1', 1, '一级/高级技师'],
  ])('%s → %i (%s)', (rank, digit) => {
    expect(levelDigitForRank(rank)).toBe(digit);
    expect(formatCertificateNumber({ ...example, levelDigit: levelDigitForRank(rank) }).charAt(15)).toBe(String(digit));
  });

  it.each(['apprentice', 'special', 'chief', 'L6', 'l1', '', 'toString', '__proto__'])('refuses %j', (rank) => {
    expect(() => levelDigitForRank(rank as NationalRankCode)).toThrow(RangeError);
  });
});
