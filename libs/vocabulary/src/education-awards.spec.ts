import { EDUCATION_LEVELS, educationAtLeast, educationTier } from './education-awards';

describe('education levels', () => {
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
