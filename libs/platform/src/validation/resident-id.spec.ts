import {
  generateResidentId,
  maskResidentId,
  normalizeResidentId,
  residentIdCheckChar,
  validateResidentId,
} from './resident-id';

/* Check characters below were computed by an independent implementation, not by this module. */

describe('residentIdCheckChar', () => {
  it.each([
    ['14110219900101005', '0'],
    ['14110219900101018', '1'],
    ['14110219900101004', '2'],
    ['14110219900101009', '3'],
    ['14110219900101003', '4'],
    ['14110219900101008', '5'],
    ['14110219900101002', '6'],
    ['14110219900101007', '7'],
    ['14110219900101001', '8'],
    ['14110219900101006', '9'],
    ['14110219900101000', 'X'],
    ['11010519491231002', 'X'],
  ])('%s → %s', (first17, expected) => {
    expect(residentIdCheckChar(first17)).toBe(expected);
  });

  it.each(['1411021990010100', '141102199001010050', '1411021990010100X', '', ' 14110219900101005'])(
    'refuses %p, which is not 17 digits',
    (input) => {
      expect(() => residentIdCheckChar(input)).toThrow(RangeError);
    },
  );
});

describe('validateResidentId', () => {
  it.each([
    ['11010519491231002X', '1949-12-31', 'female', '110105'],
    ['141102199001010050', '1990-01-01', 'male', '141102'],
    ['141102199001010181', '1990-01-01', 'female', '141102'],
    ['14110219900101000X', '1990-01-01', 'female', '141102'],
    ['141102199001010018', '1990-01-01', 'male', '141102'],
  ])('accepts %s (born %s, %s, region %s)', (id, birthDate, sex, regionCode) => {
    expect(validateResidentId(id)).toEqual({ valid: true, birthDate, sex, regionCode });
  });

  it('accepts a lowercase x as the check character', () => {
    expect(validateResidentId('11010519491231002x')).toEqual({
      valid: true,
      birthDate: '1949-12-31',
      sex: 'female',
      regionCode: '110105',
    });
  });

  it('ignores surrounding whitespace', () => {
    expect(validateResidentId('  141102199001010050\t')).toMatchObject({ valid: true });
  });

  it.each([
    ['141102199001010051', 'wrong digit where 0 is expected'],
    ['14110219900101005X', 'X where 0 is expected'],
    ['110105194912310020', '0 where X is expected'],
    ['141102199001010150', 'two order-code digits swapped'],
    ['241102199001010050', 'region digit mistyped'],
  ])('rejects %s: check digit (%s)', (id) => {
    expect(validateResidentId(id)).toEqual({ valid: false, reason: 'check_digit' });
  });

  it.each([
    ['', 'empty'],
    ['14110219900101005', '17 characters'],
    ['1411021990010100500', '19 characters'],
    ['141102900101005', 'first-generation 15-digit number'],
    ['1411021990X101005X', 'X before the last position'],
    ['141102 1990010100', 'space inside'],
    ['１４１１０２１９９００１０１００５０', 'full-width digits'],
    ['14110219900101005Y', 'letter other than X'],
  ])('rejects %p: format (%s)', (id) => {
    expect(validateResidentId(id)).toEqual({ valid: false, reason: 'format' });
  });

  it.each([
    ['2000-02-29', true, 'leap year divisible by 400'],
    ['2004-02-29', true, 'leap year divisible by 4'],
    ['1900-02-29', false, '1900 is not a leap year'],
    ['2023-02-29', false, 'non-leap year'],
    ['2024-02-30', false, 'no 30 February'],
    ['1990-04-31', false, 'April has 30 days'],
    ['1990-06-30', true, 'last day of June'],
    ['1990-12-31', true, 'last day of the year'],
    ['1990-13-01', false, 'month 13'],
    ['1990-00-10', false, 'month 00'],
    ['1990-01-00', false, 'day 00'],
    ['1990-01-32', false, 'day 32'],
    ['1900-01-01', true, 'first accepted day'],
    ['1899-12-31', false, 'before 1900'],
  ])('birth date %s valid=%p (%s)', (date, accepted) => {
    const first17 = `141102${date.replaceAll('-', '')}123`;
    const id = first17 + residentIdCheckChar(first17);
    const expected = accepted
      ? { valid: true, birthDate: date, sex: 'male', regionCode: '141102' }
      : { valid: false, reason: 'birth_date' };
    expect(validateResidentId(id)).toEqual(expected);
  });

  it('rejects the GB 11643 sample number of someone born in 1880 on its birth date, though its check digit is right', () => {
    expect(residentIdCheckChar('44052418800101001')).toBe('4');
    expect(validateResidentId('440524188001010014')).toEqual({ valid: false, reason: 'birth_date' });
  });

  it('reports an impossible birth date before a wrong check digit', () => {
    expect(validateResidentId('141102202302290120')).toEqual({ valid: false, reason: 'birth_date' });
  });

  it.each([
    ['0', 'female'],
    ['1', 'male'],
    ['2', 'female'],
    ['3', 'male'],
    ['8', 'female'],
    ['9', 'male'],
  ])('17th digit %s means %s', (digit, sex) => {
    const first17 = `1411021990010101${digit}`;
    expect(validateResidentId(first17 + residentIdCheckChar(first17))).toMatchObject({ valid: true, sex });
  });
});

describe('normalizeResidentId', () => {
  it.each([
    ['11010519491231002x', '11010519491231002X'],
    [' 141102199001010050 ', '141102199001010050'],
    ['141102199001010050', '141102199001010050'],
  ])('%p → %p', (input, expected) => {
    expect(normalizeResidentId(input)).toBe(expected);
  });
});

describe('maskResidentId', () => {
  it.each([
    ['141102199001011234', '141102********1234'],
    ['11010519491231002x', '110105********002X'],
    [' 141102199001010050 ', '141102********0050'],
    ['141102199001010051', '141102********0051'],
  ])('%p → %p', (input, expected) => {
    expect(maskResidentId(input)).toBe(expected);
  });

  it.each(['', '张三', '14110219900101005', '141102 199001010050', '1411021990010100500'])(
    'masks %p whole because it is not shaped like an ID number',
    (input) => {
      expect(maskResidentId(input)).toBe('******************');
    },
  );
});

describe('generateResidentId', () => {
  const dates = ['1900-01-01', '1968-02-29', '1990-07-15', '2008-12-31'];
  const regions = ['141102', '140105', '110105'];

  it('produces numbers that validate back to the seed for every order code', () => {
    const seen = new Set<string>();
    for (const regionCode of regions) {
      for (const birthDate of dates) {
        for (let sequence = 0; sequence <= 999; sequence++) {
          const id = generateResidentId({ regionCode, birthDate, sequence });
          expect(validateResidentId(id)).toEqual({
            valid: true,
            birthDate,
            regionCode,
            sex: sequence % 2 === 1 ? 'male' : 'female',
          });
          seen.add(id);
        }
      }
    }
    expect(seen.size).toBe(regions.length * dates.length * 1000);
  });

  it.each(['male', 'female'] as const)('with sex %s gives 500 distinct valid numbers of that sex', (sex) => {
    const seen = new Set<string>();
    for (let sequence = 0; sequence <= 499; sequence++) {
      const id = generateResidentId({ regionCode: '141102', birthDate: '1990-01-01', sequence, sex });
      expect(validateResidentId(id)).toMatchObject({ valid: true, sex, birthDate: '1990-01-01', regionCode: '141102' });
      seen.add(id);
    }
    expect(seen.size).toBe(500);
  });

  it.each([
    [{ sequence: 0 }, '14110219900101000X'],
    [{ sequence: 7 }, '141102199001010077'],
    [{ sequence: 999 }, '141102199001019995'],
    [{ sequence: 0, sex: 'male' as const }, '141102199001010018'],
    [{ sequence: 0, sex: 'female' as const }, '14110219900101000X'],
    [{ sequence: 499, sex: 'male' as const }, '141102199001019995'],
  ])('is deterministic: %p → %s', (partial, expected) => {
    expect(generateResidentId({ regionCode: '141102', birthDate: '1990-01-01', ...partial })).toBe(expected);
  });

  it.each([
    [{ regionCode: '14110', birthDate: '1990-01-01', sequence: 0 }, /regionCode/],
    [{ regionCode: '14110a', birthDate: '1990-01-01', sequence: 0 }, /regionCode/],
    [{ regionCode: '141102', birthDate: '1990-1-1', sequence: 0 }, /birthDate/],
    [{ regionCode: '141102', birthDate: '2023-02-29', sequence: 0 }, /birthDate/],
    [{ regionCode: '141102', birthDate: '1899-12-31', sequence: 0 }, /birthDate/],
    [{ regionCode: '141102', birthDate: '1990-01-01', sequence: -1 }, /0\.\.999/],
    [{ regionCode: '141102', birthDate: '1990-01-01', sequence: 1000 }, /0\.\.999/],
    [{ regionCode: '141102', birthDate: '1990-01-01', sequence: 1.5 }, /0\.\.999/],
    [{ regionCode: '141102', birthDate: '1990-01-01', sequence: 500, sex: 'male' as const }, /0\.\.499/],
  ])('refuses %p', (seed, message) => {
    expect(() => generateResidentId(seed)).toThrow(RangeError);
    expect(() => generateResidentId(seed)).toThrow(message);
  });
});
