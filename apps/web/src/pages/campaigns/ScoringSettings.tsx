import { useQuery } from '@tanstack/react-query';
import { Button, Descriptions, Form, InputNumber, Select, Space, Tag } from 'antd';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { FormModal } from '../../components/FormModal';
import type { Campaign } from './campaign-board';

type Settings = components['schemas']['ScoringSettingsResponseDto'];
type SettingsBody = components['schemas']['ScoringSettingsDto'];

const STARTED = ['scoring', 'publicity', 'finalized', 'cancelled'];
const PUBLISHED = ['publicity', 'finalized', 'cancelled'];

/**
 * 评分设置: the moderation threshold (fixed once scoring starts), the publicity window in working
 * days and the committee chair who moderates (both until the results are published), each shown
 * with whether it is the national default. HR changes what the campaign's state still allows; the
 * API decides again.
 */
export function ScoringSettings({ campaign, canEdit }: { campaign: Campaign; canEdit: boolean }) {
  const [editing, setEditing] = useState(false);
  const query = useQuery({
    queryKey: ['campaign', campaign.id, 'scoring-settings'],
    queryFn: async () => unwrap(await api.GET('/api/v1/campaigns/{campaignId}/scoring-settings', { params: { path: { campaignId: campaign.id } } })),
  });
  const s = query.data;
  if (!s) return null;
  const thresholdOpen = !STARTED.includes(campaign.status);
  const restOpen = !PUBLISHED.includes(campaign.status);
  const byDefault = (yes: boolean) => (yes ? <Tag>默认</Tag> : null);
  return (
    <>
      <Descriptions size="small" column={{ xs: 1, md: 3 }} title="评分设置" data-testid="scoring-settings" style={{ marginTop: 12 }}
        extra={canEdit && restOpen && <Button size="small" onClick={() => setEditing(true)}>修改评分设置</Button>}>
        <Descriptions.Item label="复核阈值">
          <Space size={4}>
            分差超过 {s.moderationThreshold} 分复核{byDefault(s.moderationThresholdIsDefault)}
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label="公示期">
          <Space size={4}>
            {s.publicityWorkingDays} 个工作日{byDefault(s.publicityWorkingDaysIsDefault)}
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label="评审委员会主任">{s.chairName ?? '未指定'}</Descriptions.Item>
      </Descriptions>
      {editing && <SettingsDialog campaign={campaign} settings={s} thresholdOpen={thresholdOpen} onClose={() => setEditing(false)} />}
    </>
  );
}

function SettingsDialog({ campaign, settings, thresholdOpen, onClose }: { campaign: Campaign; settings: Settings; thresholdOpen: boolean; onClose: () => void }) {
  // The chair comes from the pool the body draws from (its own active evaluators and those shared with
  // its region), of any occupation: a chair from another trade is never drawn onto this campaign's panels.
  const pool = useQuery({
    queryKey: ['evaluators', 'chair-pool'],
    queryFn: async () => unwrap(await api.GET('/api/v1/evaluators', { params: { query: { status: 'active', pageSize: 100 } } })),
  });
  return (
    <FormModal<SettingsBody>
      open
      title="修改评分设置"
      okText="保存"
      done="评分设置已保存"
      invalidate={['campaign', campaign.id, 'scoring-settings']}
      initialValues={{ moderationThreshold: settings.moderationThreshold, publicityWorkingDays: settings.publicityWorkingDays, chairProfileId: settings.chairProfileId }}
      submit={async (v) => {
        // Only what changed is sent: the threshold is refused once scoring has started, even unchanged values are not resent.
        const body: SettingsBody = {};
        if (thresholdOpen && v.moderationThreshold !== settings.moderationThreshold) body.moderationThreshold = v.moderationThreshold;
        if (v.publicityWorkingDays !== settings.publicityWorkingDays) body.publicityWorkingDays = v.publicityWorkingDays;
        if ((v.chairProfileId ?? null) !== settings.chairProfileId) body.chairProfileId = v.chairProfileId ?? null;
        return unwrap(await api.PUT('/api/v1/campaigns/{campaignId}/scoring-settings', { params: { path: { campaignId: campaign.id } }, body }));
      }}
      onClose={onClose}
    >
      <Form.Item
        name="moderationThreshold"
        label="复核阈值（分）"
        extra={thresholdOpen ? '同一考生两名考评员评分相差超过此值时，交评审委员会主任复核；全国默认 15 分' : '评分开始后不能再修改'}
        rules={[{ required: true, message: '请填写复核阈值' }]}
      >
        <InputNumber min={0} max={100} disabled={!thresholdOpen} />
      </Form.Item>
      <Form.Item name="publicityWorkingDays" label="公示期（工作日）" extra="不少于 5 个工作日，节假日不计入" rules={[{ required: true, message: '请填写公示期' }]}>
        <InputNumber max={30} precision={0} />
      </Form.Item>
      <Form.Item name="chairProfileId" label="评审委员会主任" extra="从本机构及本地区共享的在册考评员中选择">
        <Select
          allowClear
          loading={pool.isFetching}
          placeholder="选择考评员"
          options={(pool.data?.items ?? []).map((e) => ({ value: e.id, label: `${e.displayName}（${e.organizationName}）` }))}
        />
      </Form.Item>
    </FormModal>
  );
}
