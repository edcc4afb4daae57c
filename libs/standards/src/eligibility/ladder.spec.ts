import {
  certificateLevelDigit,
  EDUCATION_LEVELS,
  educationAtLeast,
  educationTier,
  isHighSkilled,
  nextRank,
  previousRank,
  RANK_INFO,
  rankAtLeast,
  rankOrder,
  RANKS,
  titleGradeOrder,
} from './ladder';

describe('the ladder', () => {
  it('orders the ranks 0..7 from 学徒工 to 首席技师', () => {
    expect(RANKS.map(rankOrder)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(RANK_INFO.L3.labelZh).toBe('三级/高级工');
    expect(RANK_INFO.special.labelZh).toBe('特级技师');
    expect(RANK_INFO.chief.labelZh).toBe('首席技师');
  });

  it.each([
    ['apprentice', null],
    ['L5', 5],
    ['L4', 4],
    ['L3', 3],
    ['L2', 2],
    ['L1', 1],
    ['special', null],
    ['chief', null],
  ] as const)('certificate level digit of %s is %p', (rank, digit) => {
    expect(certificateLevelDigit(rank)).toBe(digit);
  });

  it.each([
    ['L4', false],
    ['L3', true],
    ['L1', true],
    ['chief', true],
    ['apprentice', false],
  ] as const)('%s is high-skilled: %s', (rank, expected) => {
    expect(isHighSkilled(rank)).toBe(expected);
  });

  it('steps up and down the ladder', () => {
    expect(nextRank('L4')).toBe('L3');
    expect(nextRank('chief')).toBeNull();
    expect(previousRank('L5')).toBe('apprentice');
    expect(previousRank('apprentice')).toBeNull();
    expect(rankAtLeast('L2', 'L3')).toBe(true);
    expect(rankAtLeast('L4', 'L3')).toBe(false);
  });

  it('orders title grades', () => {
    expect(titleGradeOrder('junior')).toBeLessThan(titleGradeOrder('intermediate'));
    expect(titleGradeOrder('deputy_senior')).toBeLessThan(titleGradeOrder('senior'));
  });

  it('lists education levels with tiers that never go down', () => {
    const tiers = EDUCATION_LEVELS.map(educationTier);
    expect([...tiers].sort((a, b) => a - b)).toEqual(tiers);
  });

  it.each([
    // 人社部发〔2020〕96号: 高级工班 counts as 大专, 预备技师班 as 本科
    ['technician_college_senior', 'associate', true],
    ['associate', 'technician_college_senior', true],
    ['technician_college_preparatory', 'bachelor', true],
    ['technician_college_senior', 'bachelor', false],
    ['secondary_vocational', 'associate', false],
    ['senior_high', 'secondary_vocational', true],
    ['junior_high', 'senior_high', false],
    ['doctor', 'master', true],
  ] as const)('%s counts as at least %s: %s', (held, required, expected) => {
    expect(educationAtLeast(held, required)).toBe(expected);
  });
});
