import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';

export type Organization = components['schemas']['OrganizationResponseDto'];
export type OrganizationKind = Organization['kind'];

export const ORGANIZATION_KIND_ZH: Record<OrganizationKind, string> = {
  bureau: '人社局',
  enterprise: '企业',
  dispatch_agency: '劳务派遣单位',
};

/** Status words of organizations, users and filings, with the tag colour each shows in. */
export const STATUS_ZH: Record<string, [string, string | undefined]> = {
  active: ['正常', 'green'],
  suspended: ['已暂停', 'orange'],
  disabled: ['已停用', 'default'],
  applied: ['待审批', 'blue'],
  approved: ['已备案', 'green'],
  rejected: ['不予备案', 'default'],
};

/** Every organization the caller may see (one page of the API's largest size: a region's enterprises, or the bureaus). */
export function useVisibleOrganizations(kind?: OrganizationKind) {
  return useQuery({
    queryKey: ['organizations', 'all', kind ?? 'any'],
    staleTime: 60_000,
    queryFn: async () => unwrap(await api.GET('/api/v1/organizations', { params: { query: { pageSize: 200, ...(kind ? { kind } : {}) } } })).items,
  });
}

/** "2026-12-02T09:30:00.000Z" → "2026-12-02 17:30" in China time (UTC+8, no daylight saving). */
export function chinaTime(instant: string): string {
  return new Date(Date.parse(instant) + 8 * 3600 * 1000).toISOString().slice(0, 16).replace('T', ' ');
}
