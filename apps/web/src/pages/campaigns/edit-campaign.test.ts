import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import type { Campaign } from './campaign-board';
import { changedFields } from './EditCampaign';

const campaign = {
  name: '2027年焊工四级认定',
  registrationOpensOn: '2027-03-01',
  registrationClosesOn: '2027-03-15',
  assessmentStartsOn: '2027-03-22',
  assessmentEndsOn: '2027-03-23',
  workloadCap: null,
  levels: [
    { rank: 'L4', capacity: 20 },
    { rank: 'L3', capacity: 10 },
  ],
} as unknown as Campaign;

const values = (over: Partial<Parameters<typeof changedFields>[1]> = {}) => ({
  name: campaign.name,
  registration: [dayjs('2027-03-01'), dayjs('2027-03-15')] as [dayjs.Dayjs, dayjs.Dayjs],
  assessment: [dayjs('2027-03-22'), dayjs('2027-03-23')] as [dayjs.Dayjs, dayjs.Dayjs],
  capacity: { L4: 20, L3: 10 },
  workloadCap: null,
  ...over,
});

describe('changedFields', () => {
  it('sends nothing when nothing changed', () => {
    expect(changedFields(campaign, values())).toEqual({});
  });

  it('sends only the fields that changed: a trimmed name, one date, every level when one capacity changed, the cap', () => {
    expect(
      changedFields(campaign, values({ name: ' 2027年焊工四级认定（第一批） ', registration: [dayjs('2027-03-01'), dayjs('2027-03-18')], capacity: { L4: 35, L3: 10 }, workloadCap: 40 })),
    ).toEqual({
      name: '2027年焊工四级认定（第一批）',
      registrationClosesOn: '2027-03-18',
      levels: [
        { rank: 'L4', capacity: 35 },
        { rank: 'L3', capacity: 10 },
      ],
      workloadCap: 40,
    });
  });

  it('a cleared cap is sent as null, removing it', () => {
    expect(changedFields({ ...campaign, workloadCap: 30 }, values({ workloadCap: null }))).toEqual({ workloadCap: null });
  });
});
