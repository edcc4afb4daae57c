import { Workflow } from '@skill-ladder/platform';

/**
 * The life of a certification campaign (认定计划). Scoring, publicity and finalization belong to
 * the results stage; everything before assessment can be cancelled with a reason.
 */
export const CAMPAIGN_STATUSES = [
  'draft',
  'filed',
  'acknowledged',
  'returned',
  'registration_open',
  'registration_closed',
  'assessing',
  'scoring',
  'publicity',
  'finalized',
  'cancelled',
] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

export const CAMPAIGN_STATUS_LABELS: Record<CampaignStatus, string> = {
  draft: '草稿 / Draft',
  filed: '已报备待确认 / Filed with the bureau',
  acknowledged: '人社局已确认 / Acknowledged by the bureau',
  returned: '人社局退回 / Returned by the bureau',
  registration_open: '报名中 / Registration open',
  registration_closed: '报名截止 / Registration closed',
  assessing: '考核中 / Assessing',
  scoring: '评分中 / Scoring',
  publicity: '公示中 / Publicity',
  finalized: '已完成 / Finalized',
  cancelled: '已取消 / Cancelled',
};

export type CampaignAction =
  | 'file'
  | 'acknowledge'
  | 'return'
  | 'open_registration'
  | 'close_registration'
  | 'start_assessment'
  | 'start_scoring'
  | 'publish_results'
  | 'finalize'
  | 'cancel';

/** Who acts: HR of the evaluation body, the bureau, or the scheduler on the campaign's dates. */
export type CampaignActor = 'hr' | 'bureau' | 'scheduler';

/** The campaign's steps on the product's one workflow engine. */
export const CAMPAIGN_WORKFLOW = new Workflow<CampaignStatus, CampaignAction, CampaignActor>({
  file: { from: ['draft', 'returned'], to: ['filed'], by: ['hr'] },
  acknowledge: { from: ['filed'], to: ['acknowledged'], by: ['bureau'] },
  return: { from: ['filed'], to: ['returned'], by: ['bureau'], reasonRequired: true },
  open_registration: { from: ['acknowledged'], to: ['registration_open'], by: ['hr', 'scheduler'] },
  close_registration: { from: ['registration_open'], to: ['registration_closed'], by: ['hr', 'scheduler'] },
  start_assessment: { from: ['registration_closed'], to: ['assessing'], by: ['hr'] },
  // The results stage (libs/evaluations/src/scoring, results): sheets, publicity, certificates.
  start_scoring: { from: ['assessing'], to: ['scoring'], by: ['hr'] },
  publish_results: { from: ['scoring'], to: ['publicity'], by: ['hr'] },
  finalize: { from: ['publicity'], to: ['finalized'], by: ['hr'] },
  cancel: {
    from: ['draft', 'filed', 'acknowledged', 'returned', 'registration_open', 'registration_closed'],
    to: ['cancelled'],
    by: ['hr'],
    reasonRequired: true,
  },
});

export type TransitionCheck =
  | { ok: true; to: CampaignStatus }
  | { ok: false; code: 'INVALID_TRANSITION' | 'ACTOR_NOT_ALLOWED' | 'REASON_REQUIRED'; detail: string };

export function checkCampaignTransition(status: CampaignStatus, action: CampaignAction, actor: CampaignActor, reason?: string | null): TransitionCheck {
  const checked = CAMPAIGN_WORKFLOW.check(status, action, { actor, reason });
  if (checked.ok) return checked;
  switch (checked.refusal) {
    case 'actor':
      return { ok: false, code: 'ACTOR_NOT_ALLOWED', detail: `${action} is not done by ${actor}` };
    case 'status':
      return { ok: false, code: 'INVALID_TRANSITION', detail: `Cannot ${action.replace(/_/g, ' ')} a campaign that is ${status.replace(/_/g, ' ')}` };
    case 'reason':
      return { ok: false, code: 'REASON_REQUIRED', detail: `${action} needs a reason` };
  }
}

/** Campaigns whose registration should open or close today by their dates (China business dates). */
export function scheduledAction(c: { status: CampaignStatus; registrationOpensOn: string; registrationClosesOn: string }, today: string): CampaignAction | null {
  if (c.status === 'acknowledged' && today >= c.registrationOpensOn && today <= c.registrationClosesOn) return 'open_registration';
  if (c.status === 'registration_open' && today > c.registrationClosesOn) return 'close_registration';
  return null;
}

/** A campaign's dates must be in order: registration, then assessment. */
export function campaignDateErrors(d: { registrationOpensOn: string; registrationClosesOn: string; assessmentStartsOn: string; assessmentEndsOn: string }): { field: string; message: string }[] {
  const errors: { field: string; message: string }[] = [];
  if (d.registrationClosesOn < d.registrationOpensOn) errors.push({ field: 'registrationClosesOn', message: '报名截止日期早于开始日期 / registration closes before it opens' });
  if (d.assessmentStartsOn <= d.registrationClosesOn) errors.push({ field: 'assessmentStartsOn', message: '考核须在报名截止之后 / assessment must start after registration closes' });
  if (d.assessmentEndsOn < d.assessmentStartsOn) errors.push({ field: 'assessmentEndsOn', message: '考核结束日期早于开始日期 / assessment ends before it starts' });
  return errors;
}

export const CAMPAIGN_ACTIONS = CAMPAIGN_WORKFLOW.actions();

/** What `actor` may do next with a campaign in `status` (reasons aside), for the response. */
export function allowedCampaignActions(status: CampaignStatus, actor: CampaignActor): CampaignAction[] {
  return CAMPAIGN_WORKFLOW.allowed(status, actor);
}
