import { api, unwrap } from '../../api/client';
import type { CampaignAction } from './campaign-board';

/** Carries out one of the campaign's allowed actions through its own endpoint. */
export async function runCampaignAction(id: string, action: CampaignAction, reason?: string): Promise<unknown> {
  const byId = { params: { path: { id } } };
  const byCampaign = { params: { path: { campaignId: id } } };
  switch (action) {
    case 'file':
      return unwrap(await api.POST('/api/v1/campaigns/{id}/file', { ...byId, body: {} }));
    case 'acknowledge':
      return unwrap(await api.POST('/api/v1/campaigns/{id}/acknowledge', { ...byId, body: {} }));
    case 'return':
      return unwrap(await api.POST('/api/v1/campaigns/{id}/return', { ...byId, body: { reason: reason ?? '' } }));
    case 'open_registration':
      return unwrap(await api.POST('/api/v1/campaigns/{id}/open-registration', { ...byId, body: {} }));
    case 'close_registration':
      return unwrap(await api.POST('/api/v1/campaigns/{id}/close-registration', { ...byId, body: {} }));
    case 'start_assessment':
      return unwrap(await api.POST('/api/v1/campaigns/{id}/start-assessment', { ...byId, body: {} }));
    case 'cancel':
      return unwrap(await api.POST('/api/v1/campaigns/{id}/cancel', { ...byId, body: { reason: reason ?? '' } }));
    case 'start_scoring':
      return unwrap(await api.POST('/api/v1/campaigns/{campaignId}/start-scoring', byCampaign));
    case 'publish_results':
      return unwrap(await api.POST('/api/v1/campaigns/{campaignId}/publish-results', { ...byCampaign, body: {} }));
    case 'finalize':
      return unwrap(await api.POST('/api/v1/campaigns/{campaignId}/finalize', byCampaign));
  }
}
