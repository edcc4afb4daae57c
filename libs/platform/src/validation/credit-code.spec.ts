import { creditCodeCheckChar, generateCreditCode, normalizeCreditCode, validateCreditCode } from './credit-code';

/* Check characters below were computed by an independent implementation, not by this module. */

describe('creditCodeCheckChar', () => {
  it.each([
    ['91141100000000016', '0', 'sum divisible by 31'],
    ['91141100000000006', 'Y', 'highest value, 30'],
    ['91141100000000025', 'X', 'a letter'],
    ['91141100000000000', 'C', 'all-zero subject identifier'],
    ['91140105123456789', 'J', 'county region'],
    ['51140000MJ0000000', 'J', 'letters in the subject identifier'],
    ['91440300192203821', '6', '华为技术有限公司'],
    ['91440300708461136', 'T', '深圳市腾讯计算机系统有限公司'],
  ])('%s → %s (%s)', (first17, expected) => {
    expect(creditCodeCheckChar(first17)).toBe(expected);
  });

  it.each(['9114110000000001', '911411000000000160', '9114110000000001I', '9114110000000001o', ''])(
    'refuses %p, which is not 17 characters of the alphabet',
    (input) => {
      expect(() => creditCodeCheckChar(input)).toThrow(RangeError);
    },
  );
});

describe('validateCreditCode', () => {
  it.each([
    ['914403001922038216', '440300', '华为技术有限公司, a real enterprise'],
    ['91440300708461136T', '440300', '深圳市腾讯计算机系统有限公司, a real enterprise'],
    ['91350100M000100Y43', '350100', 'the worked example published with GB 32100'],
    ['911411000000000160', '141100', 'check character 0'],
    ['91141100000000006Y', '141100', 'check character Y'],
    ['11141100000000000L', '141100', '机构编制 authority (a bureau)'],
    ['51140000MJ0000000J', '140000', '民政 authority'],
    ['Y1141100000000000N', '141100', '其他 authority'],
  ])('accepts %s (region %s: %s)', (code, regionCode) => {
    expect(validateCreditCode(code)).toEqual({ valid: true, regionCode });
  });

  it.each([
    ['91440300708461136t', '440300'],
    ['  91350100m000100y43 ', '350100'],
  ])('normalizes %p to upper case before checking', (code, regionCode) => {
    expect(validateCreditCode(code)).toEqual({ valid: true, regionCode });
  });

  it.each([
    ['914403001922038217', 'last character changed'],
    ['91440300708461136X', 'another valid character in the check position'],
    ['91441300708461136T', 'region digit mistyped'],
    ['91440300708461163T', 'two characters swapped'],
  ])('rejects %s: check character (%s)', (code) => {
    expect(validateCreditCode(code)).toEqual({ valid: false, reason: 'check_char' });
  });

  it.each([
    ['', 'empty'],
    ['91440300708461136', '17 characters'],
    ['91440300708461136T0', '19 characters'],
    ['21440300708461136T', 'registration authority 2 is not one this system files'],
    ['31110000400000448A', 'registration authority 3 (司法行政)'],
    ['01440300708461136T', 'registration authority 0'],
    ['90440300708461136T', 'organization type 0'],
    ['9A440300708461136T', 'organization type A'],
    ['9144030A708461136T', 'letter in the region code'],
    ['91440300I08461136T', 'I is not in the alphabet'],
    ['91440300O08461136T', 'O is not in the alphabet'],
    ['91440300S08461136T', 'S is not in the alphabet'],
    ['91440300V08461136T', 'V is not in the alphabet'],
    ['91440300Z08461136T', 'Z is not in the alphabet'],
    ['91440300708461136Z', 'Z in the check position'],
    ['9144 0300708461136T', 'space inside'],
  ])('rejects %p: format (%s)', (code) => {
    expect(validateCreditCode(code)).toEqual({ valid: false, reason: 'format' });
  });
});

describe('normalizeCreditCode', () => {
  it.each([
    ['91350100m000100y43', '91350100M000100Y43'],
    [' 914403001922038216\n', '914403001922038216'],
  ])('%p → %p', (input, expected) => {
    expect(normalizeCreditCode(input)).toBe(expected);
  });
});

describe('generateCreditCode', () => {
  it('produces distinct enterprise codes that validate back to their region', () => {
    const seen = new Set<string>();
    for (const regionCode of ['141100', '141102', '140105', '440300']) {
      for (let sequence = 0; sequence < 2000; sequence++) {
        const code = generateCreditCode({ regionCode, sequence: sequence * 499_979 });
        expect(code.startsWith(`91${regionCode}`)).toBe(true);
        expect(validateCreditCode(code)).toEqual({ valid: true, regionCode });
        seen.add(code);
      }
    }
    expect(seen.size).toBe(8000);
  });

  it.each([
    [0, '91141100000000000C'],
    [1, '91141100000000001F'],
    [999_999_999, '911411009999999993'],
  ])('is deterministic: sequence %p → %s', (sequence, expected) => {
    expect(generateCreditCode({ regionCode: '141100', sequence })).toBe(expected);
  });

  it.each([
    [{ regionCode: '14110', sequence: 0 }, /regionCode/],
    [{ regionCode: '1411OO', sequence: 0 }, /regionCode/],
    [{ regionCode: '141100', sequence: -1 }, /sequence/],
    [{ regionCode: '141100', sequence: 1_000_000_000 }, /sequence/],
    [{ regionCode: '141100', sequence: 2.5 }, /sequence/],
  ])('refuses %p', (seed, message) => {
    expect(() => generateCreditCode(seed)).toThrow(RangeError);
    expect(() => generateCreditCode(seed)).toThrow(message);
  });
});
