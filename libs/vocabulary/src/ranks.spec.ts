import {
  certificateLevelDigit,
  HELD_RANKS,
  isHighSkilled,
  NATIONAL_RANKS,
  nextRank,
  previousRank,
  RANK_INFO,
  rankAtLeast,
  rankLabel,
  rankLabelBilingual,
  rankOrder,
  RANKS,
  titleGradeOrder,
} from './ranks';

describe('the ladder (新八级工)', () => {
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

  it('names the national and held subsets in ladder order', () => {
    expect(NATIONAL_RANKS.map(rankOrder)).toEqual([1, 2, 3, 4, 5]);
    expect(HELD_RANKS.map(rankOrder)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it.each([
    ['L5', '五级/初级工', '五级/初级工 / Level 5'],
    ['L3', '三级/高级工', '三级/高级工 / Level 3'],
    ['L1', '一级/高级技师', '一级/高级技师 / Level 1'],
    ['special', '特级技师', '特级技师 / Principal technician'],
    ['chief', '首席技师', '首席技师 / Chief technician'],
  ] as const)('%s reads %s, bilingual %s', (rank, zh, both) => {
    expect(rankLabel(rank)).toBe(zh);
    expect(rankLabelBilingual(rank)).toBe(both);
  });
});
