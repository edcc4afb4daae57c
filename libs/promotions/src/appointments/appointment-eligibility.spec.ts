import { evaluateEligibility, WorkerFacts } from '@skill-ladder/standards';
import { hasAppointmentConditions, tierHoldsRankLevel } from './appointment-eligibility';

const facts = (credentials: WorkerFacts['credentials']): WorkerFacts => ({
  birthDate: '1980-01-01', occupationCode: '6-18-02-04', occupationStartedOn: '2000-01-01', credentials,
  titles: [], trainingRecords: [], honors: [], competitionResults: [], innovations: [],
});

describe('appointment eligibility of an enterprise tier', () => {
  const level = tierHoldsRankLevel('L1', '6-18-02-04');

  it('asks for the mapped rank (or above) in the occupation', () => {
    expect(evaluateEligibility(level, facts([{ rank: 'L1', occupationCode: '6-18-02-04', obtainedOn: '2025-01-01' }]), '2026-09-30').eligible).toBe(true);
    expect(evaluateEligibility(level, facts([{ rank: 'special', occupationCode: '6-18-02-04', obtainedOn: '2025-01-01' }]), '2026-09-30').eligible).toBe(true);
    expect(evaluateEligibility(level, facts([{ rank: 'L2', occupationCode: '6-18-02-04', obtainedOn: '2015-01-01' }]), '2026-09-30').eligible).toBe(false);
    expect(evaluateEligibility(level, facts([{ rank: 'L1', occupationCode: '6-31-01-03', obtainedOn: '2015-01-01' }]), '2026-09-30').eligible).toBe(false);
  });

  it('only 特级技师 and 首席技师 have conditions of their own', () => {
    expect(['L1', 'special', 'chief'].map((r) => hasAppointmentConditions(r as never))).toEqual([false, true, true]);
    expect(level.routes[0].label).toBe('取得本职业一级/高级技师证书并在岗');
  });
});
