import { allowedCampaignActions, CAMPAIGN_STATUSES, campaignDateErrors, CampaignStatus, checkCampaignTransition, scheduledAction } from './campaign-workflow';

describe('campaign workflow', () => {
  it.each([
    ['draft', 'file', 'hr', 'filed'],
    ['returned', 'file', 'hr', 'filed'],
    ['filed', 'acknowledge', 'bureau', 'acknowledged'],
    ['acknowledged', 'open_registration', 'scheduler', 'registration_open'],
    ['acknowledged', 'open_registration', 'hr', 'registration_open'],
    ['registration_open', 'close_registration', 'scheduler', 'registration_closed'],
    ['registration_closed', 'start_assessment', 'hr', 'assessing'],
    ['assessing', 'start_scoring', 'hr', 'scoring'],
    ['scoring', 'publish_results', 'hr', 'publicity'],
    ['publicity', 'finalize', 'hr', 'finalized'],
  ] as const)('%s --%s by %s--> %s', (from, action, actor, to) => {
    expect(checkCampaignTransition(from, action, actor)).toEqual({ ok: true, to });
  });

  it('needs a reason to return or cancel', () => {
    expect(checkCampaignTransition('filed', 'return', 'bureau', ' ')).toMatchObject({ ok: false, code: 'REASON_REQUIRED' });
    expect(checkCampaignTransition('filed', 'return', 'bureau', '考核日期冲突')).toEqual({ ok: true, to: 'returned' });
    expect(checkCampaignTransition('draft', 'cancel', 'hr')).toMatchObject({ ok: false, code: 'REASON_REQUIRED' });
  });

  it('refuses actors outside their part', () => {
    expect(checkCampaignTransition('filed', 'acknowledge', 'hr')).toMatchObject({ ok: false, code: 'ACTOR_NOT_ALLOWED' });
    expect(checkCampaignTransition('draft', 'file', 'bureau')).toMatchObject({ ok: false, code: 'ACTOR_NOT_ALLOWED' });
    expect(checkCampaignTransition('registration_closed', 'start_assessment', 'scheduler')).toMatchObject({ ok: false, code: 'ACTOR_NOT_ALLOWED' });
    expect(checkCampaignTransition('publicity', 'finalize', 'scheduler')).toMatchObject({ ok: false, code: 'ACTOR_NOT_ALLOWED' });
    expect(checkCampaignTransition('publicity', 'finalize', 'bureau')).toMatchObject({ ok: false, code: 'ACTOR_NOT_ALLOWED' });
  });

  it('cannot cancel once assessment started, nor open registration before the bureau acknowledged', () => {
    for (const s of ['assessing', 'scoring', 'publicity', 'finalized', 'cancelled'] as CampaignStatus[]) {
      expect(checkCampaignTransition(s, 'cancel', 'hr', '原因')).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
    }
    expect(checkCampaignTransition('filed', 'open_registration', 'hr')).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
    expect(checkCampaignTransition('registration_closed', 'start_scoring', 'hr')).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
    expect(checkCampaignTransition('scoring', 'finalize', 'hr')).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
    expect(checkCampaignTransition('finalized', 'publish_results', 'hr')).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
    expect(checkCampaignTransition('draft', 'open_registration', 'scheduler')).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
  });

  it('every status is reachable from draft', () => {
    const reachable = new Set<CampaignStatus>(['draft']);
    const edges: [CampaignStatus[], CampaignStatus][] = [
      [['draft', 'returned'], 'filed'], [['filed'], 'acknowledged'], [['filed'], 'returned'], [['acknowledged'], 'registration_open'],
      [['registration_open'], 'registration_closed'], [['registration_closed'], 'assessing'], [['draft'], 'cancelled'],
      [['assessing'], 'scoring'], [['scoring'], 'publicity'], [['publicity'], 'finalized'],
    ];
    for (let i = 0; i < 8; i++) for (const [from, to] of edges) if (from.some((f) => reachable.has(f))) reachable.add(to);
    expect([...reachable].sort()).toEqual([...CAMPAIGN_STATUSES].sort());
  });

  describe('scheduled registration', () => {
    const c = { registrationOpensOn: '2026-10-08', registrationClosesOn: '2026-10-20' };
    it.each([
      ['acknowledged', '2026-10-07', null],
      ['acknowledged', '2026-10-08', 'open_registration'],
      ['acknowledged', '2026-10-20', 'open_registration'],
      ['acknowledged', '2026-10-21', null],
      ['registration_open', '2026-10-20', null],
      ['registration_open', '2026-10-21', 'close_registration'],
      ['filed', '2026-10-10', null],
    ] as const)('%s on %s → %s', (status, today, action) => {
      expect(scheduledAction({ ...c, status }, today)).toBe(action);
    });
  });

  it('checks the order of dates', () => {
    expect(campaignDateErrors({ registrationOpensOn: '2026-10-08', registrationClosesOn: '2026-10-20', assessmentStartsOn: '2026-10-25', assessmentEndsOn: '2026-10-26' })).toEqual([]);
    expect(campaignDateErrors({ registrationOpensOn: '2026-10-08', registrationClosesOn: '2026-10-01', assessmentStartsOn: '2026-10-01', assessmentEndsOn: '2026-09-30' }).map((e) => e.field)).toEqual([
      'registrationClosesOn', 'assessmentStartsOn', 'assessmentEndsOn',
    ]);
  });

  it('lists the next actions per actor', () => {
    expect(allowedCampaignActions('draft', 'hr')).toEqual(['file', 'cancel']);
    expect(allowedCampaignActions('filed', 'bureau')).toEqual(['acknowledge', 'return']);
    expect(allowedCampaignActions('filed', 'hr')).toEqual(['cancel']);
    expect(allowedCampaignActions('registration_closed', 'hr')).toEqual(['start_assessment', 'cancel']);
    expect(allowedCampaignActions('assessing', 'hr')).toEqual(['start_scoring']);
    expect(allowedCampaignActions('publicity', 'hr')).toEqual(['finalize']);
    expect(allowedCampaignActions('finalized', 'hr')).toEqual([]);
    expect(allowedCampaignActions('scoring', 'bureau')).toEqual([]);
    expect(allowedCampaignActions('acknowledged', 'scheduler')).toEqual(['open_registration']);
  });
});
