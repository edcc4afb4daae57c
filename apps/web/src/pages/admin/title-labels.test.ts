import { describe, expect, it } from 'vitest';
import { changedFields } from './title-labels';

describe('changedFields', () => {
  const rule = { titleName: '工程师', years: 3, effectiveFrom: '2027-01-01', effectiveTo: null as string | null, basis: null as string | null };

  it('sends only what the user changed', () => {
    expect(changedFields(rule, { titleName: '工程师', years: 4, effectiveFrom: '2027-01-01', effectiveTo: '2029-12-31' })).toEqual({ years: 4, effectiveTo: '2029-12-31' });
  });

  it('treats an emptied optional field as unchanged when it was empty, and sends nothing when nothing changed', () => {
    expect(changedFields(rule, { basis: '  ', effectiveTo: '' })).toEqual({});
    expect(changedFields(rule, { ...rule })).toEqual({});
  });
});
