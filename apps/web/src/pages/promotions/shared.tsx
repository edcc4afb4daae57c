import { useQuery } from '@tanstack/react-query';
import { Select, Tag } from 'antd';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { zh } from '../../api/problem';
import type { components } from '../../api/schema';
import { useAuth } from '../../auth/AuthContext';

export type Appointment = components['schemas']['AppointmentResponseDto'];
export type TierPolicy = components['schemas']['TierPolicyResponseDto'];
export type Quota = components['schemas']['QuotaStatusDto'];

/** The colour of a case's state: waiting on someone, done well, or ended. */
const TONE: Record<string, string> = {
  nominated: 'processing',
  reviewed: 'processing',
  in_publicity: 'processing',
  awaiting_confirmation: 'warning',
  confirmed: 'processing',
  appointed: 'success',
  applied: 'processing',
  endorsed: 'warning',
  proposed: 'warning',
  approved: 'success',
};

export function StatusTag({ status, label }: { status: string; label: string }) {
  return <Tag color={TONE[status] ?? 'default'}>{zh(label)}</Tag>;
}

/** 名额 as one line: "限额2人，已聘1人，剩余1人" (or no quota). */
export function quotaText(q: Quota | null | undefined): string {
  if (!q) return '—';
  return q.limit === null ? `不限名额，已聘${q.held}人` : `名额${q.limit}人，已聘${q.held}人，剩余${q.remaining}人`;
}

/** The enterprise's tier policies (appointment tiers with their rubric and quota), for HR. */
export function useTierPolicies(enabled = true) {
  const { me } = useAuth();
  const organizationId = me?.organization?.id;
  return useQuery({
    queryKey: ['tier-policies', organizationId],
    enabled: enabled && Boolean(organizationId),
    queryFn: async () => unwrap(await api.GET('/api/v1/organizations/{organizationId}/tier-policies', { params: { path: { organizationId: organizationId as string } } })),
  });
}

/** A worker of the enterprise, found by the start of the name (server-side search). */
export function WorkerPicker({ value, onChange, id }: { value?: string; onChange?: (id: string) => void; id?: string }) {
  const [name, setName] = useState('');
  const workers = useQuery({
    queryKey: ['workers', 'picker', name],
    enabled: name.length > 0,
    queryFn: async () => unwrap(await api.GET('/api/v1/workers', { params: { query: { name, pageSize: 20, withTotal: false } } })),
  });
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: (v) => setName(v.trim()) }}
      value={value}
      onChange={onChange}
      placeholder="输入姓名查找职工"
      notFoundContent={name ? (workers.isFetching ? '查找中…' : '没有找到') : '输入姓名开头'}
      options={(workers.data?.items ?? []).map((w) => ({ value: w.id, label: `${w.fullName}（${w.idNumberMasked}）` }))}
    />
  );
}
