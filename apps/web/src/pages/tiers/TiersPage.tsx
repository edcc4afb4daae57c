import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Checkbox, Form, Input, InputNumber, Modal, Radio, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { messageOf, showFieldErrors } from '../../api/problem';
import type { components } from '../../api/schema';
import { useAuth } from '../../auth/AuthContext';
import { QueryState } from '../../components/QueryState';
import { useLadder } from '../worker/usePerson';
import { HELD_RANKS } from '@skill-ladder/vocabulary';

type Tier = components['schemas']['EnterpriseTierResponseDto'];
type Policy = components['schemas']['TierPolicyResponseDto'];
type CreatePolicy = components['schemas']['CreateTierPolicyDto'];
type Rank = Tier['nationalRank'];

/** The policy's treatment and quota as the API answers them (the document types them loosely). */
interface Treatment {
  summary: string;
}
interface Quota {
  kind: 'none' | 'percent' | 'fixed';
  percent: number | null;
  baseRankLabel: string | null;
  fixed: number | null;
  status: { limit: number | null; held: number; remaining: number | null; explanation: string } | null;
}

const POST_GRADE_ZH: Record<string, string> = {
  grassroots_manager: '基层管理人员',
  middle_manager: '中层干部',
  deputy_general_manager: '公司副总',
  senior_manager: '高级管理人员',
};
const TITLE_GRADE_ZH: Record<string, string> = { junior: '助理级/初级', intermediate: '中级', deputy_senior: '副高级', senior: '正高级' };
const QUOTA_BASE_RANKS: readonly Rank[] = HELD_RANKS;

function quotaText(q: Quota): string {
  if (q.kind === 'none') return '不限名额';
  const rule = q.kind === 'percent' ? `不超过${q.baseRankLabel ?? ''}人数的 ${q.percent}%` : `${q.fixed} 名`;
  return q.status ? `${rule}（已聘 ${q.status.held}${q.status.limit !== null ? ` / ${q.status.limit}` : ''}）` : rule;
}

/** 技能等级岗位: the enterprise's own tiers (技能专家…) mapped to national ranks, and each tier's treatment and quota. */
export default function TiersPage() {
  const { me } = useAuth();
  const organizationId = me?.organization?.id as string;
  const ladder = useLadder();
  const rankOptions = (ladder.data ?? []).map((r) => ({ value: r.code as Rank, label: r.labelZh }));
  const tiers = useQuery({
    queryKey: ['tiers', organizationId],
    enabled: Boolean(organizationId),
    queryFn: async () => unwrap(await api.GET('/api/v1/organizations/{organizationId}/tiers', { params: { path: { organizationId } } })),
  });
  const policies = useQuery({
    queryKey: ['tier-policies', organizationId],
    enabled: Boolean(organizationId),
    queryFn: async () => unwrap(await api.GET('/api/v1/organizations/{organizationId}/tier-policies', { params: { path: { organizationId } } })),
  });
  const [tierDialog, setTierDialog] = useState<Tier | 'new' | null>(null);
  const [policyDialog, setPolicyDialog] = useState<Policy | 'new' | null>(null);

  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Typography.Title level={4} className="page-title">
        技能等级岗位与待遇
      </Typography.Title>
      <Card
        size="small"
        title="待遇与名额"
        extra={
          <Button size="small" type="primary" icon={<PlusOutlined />} onClick={() => setPolicyDialog('new')}>
            设定待遇
          </Button>
        }
      >
        <QueryState query={policies}>
          {(list) => (
            <Table<Policy>
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={list}
              locale={{ emptyText: '还没有设定等级待遇' }}
              columns={[
                { title: '等级', dataIndex: 'tierLabel' },
                { title: '待遇', key: 'treatment', render: (_, p) => (p.treatment as unknown as Treatment).summary || '—' },
                { title: '名额', key: 'quota', render: (_, p) => quotaText(p.quota as unknown as Quota) },
                { title: '人社局确认', dataIndex: 'bureauConfirmation', render: (v: boolean) => (v ? '须报确认' : '否') },
                { title: '状态', dataIndex: 'status', render: (v: string) => (v === 'active' ? <Tag color="success">有效</Tag> : <Tag>已停用</Tag>) },
                { title: '', key: 'edit', width: 72, render: (_, p) => <Button size="small" icon={<EditOutlined />} onClick={() => setPolicyDialog(p)} aria-label="修改" /> },
              ]}
            />
          )}
        </QueryState>
      </Card>
      <Card
        size="small"
        title="企业自设等级"
        extra={
          <Button size="small" icon={<PlusOutlined />} onClick={() => setTierDialog('new')}>
            新增等级
          </Button>
        }
      >
        <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
          企业可自设首席技师、技能专家等等级或细分等级，每个等级须对应一个国家职业技能等级。
        </Typography.Paragraph>
        <QueryState query={tiers}>
          {(list) => (
            <Table<Tier>
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={list}
              locale={{ emptyText: '还没有自设等级' }}
              columns={[
                { title: '名称', dataIndex: 'name' },
                { title: '相当于', dataIndex: 'nationalRankLabel' },
                { title: '序位', dataIndex: 'subOrder' },
                { title: '说明', dataIndex: 'description', render: (v: string | null) => v ?? '—' },
                { title: '状态', dataIndex: 'status', render: (v: string) => (v === 'active' ? <Tag color="success">有效</Tag> : <Tag>已停用</Tag>) },
                { title: '', key: 'edit', width: 72, render: (_, t) => <Button size="small" icon={<EditOutlined />} onClick={() => setTierDialog(t)} aria-label="修改" /> },
              ]}
            />
          )}
        </QueryState>
      </Card>
      {tierDialog && <TierDialog organizationId={organizationId} tier={tierDialog === 'new' ? null : tierDialog} rankOptions={rankOptions} onClose={() => setTierDialog(null)} />}
      {policyDialog && (
        <PolicyDialog
          organizationId={organizationId}
          policy={policyDialog === 'new' ? null : policyDialog}
          tiers={(tiers.data ?? []).filter((t) => t.status === 'active')}
          rankOptions={rankOptions}
          onClose={() => setPolicyDialog(null)}
        />
      )}
    </Space>
  );
}

interface TierValues {
  name: string;
  nationalRank: Rank;
  subOrder?: number;
  description?: string;
  status?: 'active' | 'retired';
  reason?: string;
}

function TierDialog({ organizationId, tier, rankOptions, onClose }: { organizationId: string; tier: Tier | null; rankOptions: { value: Rank; label: string }[]; onClose: () => void }) {
  const [form] = Form.useForm<TierValues>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const path = { organizationId };
  const save = useMutation({
    mutationFn: async (v: TierValues) => {
      const body = { name: v.name, nationalRank: v.nationalRank, subOrder: v.subOrder ?? 0, description: v.description || undefined };
      return tier
        ? unwrap(await api.PATCH('/api/v1/organizations/{organizationId}/tiers/{tierId}', { params: { path: { ...path, tierId: tier.id } }, body: { ...body, status: v.status, reason: v.reason || undefined } }))
        : unwrap(await api.POST('/api/v1/organizations/{organizationId}/tiers', { params: { path }, body }));
    },
    onSuccess: async () => {
      message.success(tier ? '等级已修改' : '等级已新增');
      await queryClient.invalidateQueries({ queryKey: ['tiers', organizationId] });
      await queryClient.invalidateQueries({ queryKey: ['tier-policies', organizationId] });
      onClose();
    },
    onError: (e) => {
      if (!showFieldErrors(form, e)) message.error(messageOf(e));
    },
  });
  return (
    <Modal title={tier ? `修改等级：${tier.name}` : '新增企业等级'} open onCancel={onClose} okText="保存" confirmLoading={save.isPending} onOk={() => form.submit()}>
      <Form
        form={form}
        layout="vertical"
        initialValues={tier ? { name: tier.name, nationalRank: tier.nationalRank, subOrder: tier.subOrder, description: tier.description ?? undefined, status: tier.status } : { subOrder: 0 }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item name="name" label="名称" rules={[{ required: true, message: '请填写名称' }]}>
          <Input maxLength={50} placeholder="如 技能专家" />
        </Form.Item>
        <Form.Item name="nationalRank" label="相当于国家等级" rules={[{ required: true, message: '请选择对应的国家等级' }]}>
          <Select options={rankOptions} />
        </Form.Item>
        <Form.Item name="subOrder" label="序位（同一国家等级下数字大者为高）">
          <InputNumber min={0} max={9} precision={0} />
        </Form.Item>
        <Form.Item name="description" label="说明">
          <Input.TextArea maxLength={500} rows={2} />
        </Form.Item>
        {tier && (
          <>
            <Form.Item name="status" label="状态">
              <Radio.Group options={[{ value: 'active', label: '有效' }, { value: 'retired', label: '停用' }]} />
            </Form.Item>
            <Form.Item name="reason" label="变更原因">
              <Input maxLength={500} />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}

interface PolicyValues {
  target?: string;
  postGrade?: string;
  titleGrade?: string;
  monthlyAllowance?: number;
  termMonths?: number;
  quotaKind: 'none' | 'percent' | 'fixed';
  quotaPercent?: number;
  quotaBaseRank?: Rank;
  quotaFixed?: number;
  bureauConfirmation?: boolean;
  status?: 'active' | 'retired';
  reason?: string;
}

/** 设定待遇: a national rank (特级技师, 首席技师…) or one of the enterprise's tiers; the API checks the rules (term for appointment tiers, quota ceilings). */
function PolicyDialog({
  organizationId,
  policy,
  tiers,
  rankOptions,
  onClose,
}: {
  organizationId: string;
  policy: Policy | null;
  tiers: Tier[];
  rankOptions: { value: Rank; label: string }[];
  onClose: () => void;
}) {
  const [form] = Form.useForm<PolicyValues>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const quotaKind = Form.useWatch('quotaKind', form);
  const path = { organizationId };
  const save = useMutation({
    mutationFn: async (v: PolicyValues) => {
      const fields = {
        postGrade: (v.postGrade || undefined) as CreatePolicy['postGrade'],
        titleGrade: (v.titleGrade || undefined) as CreatePolicy['titleGrade'],
        monthlyAllowance: v.monthlyAllowance ?? undefined,
        termMonths: v.termMonths ?? undefined,
        bureauConfirmation: v.bureauConfirmation,
        quota: {
          kind: v.quotaKind,
          percent: v.quotaKind === 'percent' ? v.quotaPercent : undefined,
          baseRank: v.quotaKind === 'percent' ? v.quotaBaseRank : undefined,
          fixed: v.quotaKind === 'fixed' ? v.quotaFixed : undefined,
        } as CreatePolicy['quota'],
      };
      if (policy) {
        return unwrap(
          await api.PATCH('/api/v1/organizations/{organizationId}/tier-policies/{policyId}', {
            params: { path: { ...path, policyId: policy.id } },
            body: { ...fields, status: v.status, reason: v.reason ?? '' },
          }),
        );
      }
      const [kind, id] = (v.target ?? '').split(':');
      const target = kind === 'tier' ? { enterpriseTierId: id } : { nationalRank: id as Rank };
      return unwrap(await api.POST('/api/v1/organizations/{organizationId}/tier-policies', { params: { path }, body: { ...fields, ...target } }));
    },
    onSuccess: async () => {
      message.success(policy ? '待遇已修改' : '待遇已设定');
      await queryClient.invalidateQueries({ queryKey: ['tier-policies', organizationId] });
      onClose();
    },
    onError: (e) => {
      if (!showFieldErrors(form, e)) message.error(messageOf(e));
    },
  });
  const quota = policy ? (policy.quota as unknown as Quota & { baseRank: Rank | null }) : null;
  const treatment = policy ? (policy.treatment as unknown as { postGrade: string | null; titleGrade: string | null; monthlyAllowance: number }) : null;
  const targets = [
    ...rankOptions.filter((r) => r.value !== 'apprentice').map((r) => ({ value: `rank:${r.value}`, label: r.label })),
    ...tiers.map((t) => ({ value: `tier:${t.id}`, label: t.label })),
  ];
  return (
    <Modal title={policy ? `修改待遇：${policy.tierLabel}` : '设定等级待遇'} open onCancel={onClose} okText="保存" confirmLoading={save.isPending} onOk={() => form.submit()} width={640}>
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => save.mutate(v)}
        initialValues={
          policy && quota && treatment
            ? {
                postGrade: treatment.postGrade ?? undefined,
                titleGrade: treatment.titleGrade ?? undefined,
                monthlyAllowance: treatment.monthlyAllowance,
                termMonths: policy.termMonths ?? undefined,
                quotaKind: quota.kind,
                quotaPercent: quota.percent ?? undefined,
                quotaBaseRank: quota.baseRank ?? undefined,
                quotaFixed: quota.fixed ?? undefined,
                bureauConfirmation: policy.bureauConfirmation,
                status: policy.status as 'active' | 'retired',
              }
            : { quotaKind: 'none' }
        }
      >
        {!policy && (
          <Form.Item name="target" label="等级" rules={[{ required: true, message: '请选择等级' }]}>
            <Select options={targets} placeholder="国家等级或本企业自设等级" />
          </Form.Item>
        )}
        <Space size={16} wrap>
          <Form.Item name="postGrade" label="享受管理岗位待遇">
            <Select allowClear style={{ width: 180 }} options={Object.entries(POST_GRADE_ZH).map(([value, label]) => ({ value, label }))} />
          </Form.Item>
          <Form.Item name="titleGrade" label="比照职称待遇">
            <Select allowClear style={{ width: 160 }} options={Object.entries(TITLE_GRADE_ZH).map(([value, label]) => ({ value, label }))} />
          </Form.Item>
          <Form.Item name="monthlyAllowance" label="月度津贴（元）">
            <InputNumber min={0} max={1000000} precision={2} style={{ width: 140 }} />
          </Form.Item>
          <Form.Item name="termMonths" label="聘期（月）" tooltip="特级技师、首席技师及企业自设等级为聘任制，须填聘期">
            <InputNumber min={1} max={120} precision={0} style={{ width: 120 }} />
          </Form.Item>
        </Space>
        <Form.Item name="quotaKind" label="名额">
          <Radio.Group
            options={[
              { value: 'none', label: '不限' },
              { value: 'percent', label: '按比例' },
              { value: 'fixed', label: '固定名额' },
            ]}
          />
        </Form.Item>
        {quotaKind === 'percent' && (
          <Space size={16}>
            <Form.Item name="quotaBaseRank" label="基数（本企业持证人数）" rules={[{ required: true, message: '请选择基数等级' }]}>
              <Select style={{ width: 180 }} options={rankOptions.filter((r) => QUOTA_BASE_RANKS.includes(r.value))} />
            </Form.Item>
            <Form.Item name="quotaPercent" label="比例（%）" rules={[{ required: true, message: '请填写比例' }]}>
              <InputNumber min={0.01} max={100} precision={2} />
            </Form.Item>
          </Space>
        )}
        {quotaKind === 'fixed' && (
          <Form.Item name="quotaFixed" label="名额数" rules={[{ required: true, message: '请填写名额数' }]}>
            <InputNumber min={0} max={100000} precision={0} />
          </Form.Item>
        )}
        <Form.Item name="bureauConfirmation" valuePropName="checked">
          <Checkbox>聘任须报人社局确认（特级技师、首席技师必须确认）</Checkbox>
        </Form.Item>
        {policy && (
          <>
            <Form.Item name="status" label="状态">
              <Radio.Group options={[{ value: 'active', label: '有效' }, { value: 'retired', label: '停用' }]} />
            </Form.Item>
            <Form.Item name="reason" label="变更原因" rules={[{ required: true, message: '请填写变更原因' }]}>
              <Input maxLength={500} />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
