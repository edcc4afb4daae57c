import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, Modal, Select, Space, Statistic, Table, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { fieldErrorsOf, messageOf, showFieldErrors } from '../../api/problem';
import { QueryState } from '../../components/QueryState';
import { chinaDate } from '../worker/career/ladder-view';
import { type Appointment, StatusTag, useTierPolicies, WorkerPicker } from './shared';

type Status = Appointment['status'];

/** The worklist's tabs: where a case waits, and on whom. */
const TABS: { key: Status | 'all'; label: string }[] = [
  { key: 'all', label: '全部' },
  { key: 'nominated', label: '待评审' },
  { key: 'reviewed', label: '待公示' },
  { key: 'in_publicity', label: '公示中' },
  { key: 'awaiting_confirmation', label: '待人社局确认' },
  { key: 'confirmed', label: '待聘任' },
  { key: 'appointed', label: '聘任中' },
];

/** 推荐评聘: a worker, a tier; the API checks the conditions and keeps the report. */
function NominateModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<{ personId: string; policyId: string; note?: string }>();
  const policies = useTierPolicies();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const nominate = useMutation({
    mutationFn: async (v: { personId: string; policyId: string; note?: string }) =>
      unwrap(await api.POST('/api/v1/appointments', { body: { personId: v.personId, policyId: v.policyId, ...(v.note?.trim() ? { note: v.note.trim() } : {}) } })),
    onSuccess: async (a) => {
      message.success(`已推荐 ${a.personName} 参加${a.tierName}评聘`);
      await queryClient.invalidateQueries({ queryKey: ['appointments'] });
      navigate(`/hr/appointments/${a.id}`);
    },
    onError: (e) => showFieldErrors(form, e),
  });
  const appointable = (policies.data ?? []).filter((p) => p.appointable && p.status === 'active');
  return (
    <Modal open={open} title="推荐评聘" okText="推荐" cancelText="取消" confirmLoading={nominate.isPending} onOk={() => form.validateFields().then((v) => nominate.mutate(v), () => undefined)} onCancel={onClose} destroyOnHidden>
      {nominate.isError && !fieldErrorsOf(nominate.error).length && <Alert type="error" showIcon title={messageOf(nominate.error)} role="alert" style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="personId" label="职工" rules={[{ required: true, message: '请选择职工' }]}>
          <WorkerPicker />
        </Form.Item>
        <Form.Item name="policyId" label="评聘等级" rules={[{ required: true, message: '请选择评聘等级' }]} extra={policies.isSuccess && appointable.length === 0 ? '尚未设定评聘等级的待遇与名额政策' : undefined}>
          <Select placeholder="特级技师、首席技师或企业自设等级" loading={policies.isPending} options={appointable.map((p) => ({ value: p.id, label: `${p.tierLabel}${p.quota.status ? ` · ${p.quota.status.explanation}` : ''}` }))} />
        </Form.Item>
        <Form.Item name="note" label="推荐理由">
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 评聘: the enterprise's cases by state, the places of each tier, and a nomination. */
export default function AppointmentsPage() {
  const [params, setParams] = useSearchParams();
  const status = (params.get('status') ?? 'all') as Status | 'all';
  const page = Number(params.get('page') ?? '1') || 1;
  const [nominating, setNominating] = useState(false);
  const policies = useTierPolicies();
  const cases = useQuery({
    queryKey: ['appointments', status, page],
    placeholderData: (previous) => previous,
    queryFn: async () => unwrap(await api.GET('/api/v1/appointments', { params: { query: { page, pageSize: 20, ...(status === 'all' ? {} : { status }) } } })),
  });
  const appointable = (policies.data ?? []).filter((p) => p.appointable && p.status === 'active');

  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={4} className="page-title">
          评聘（特级技师 · 首席技师）
        </Typography.Title>
        <Button type="primary" onClick={() => setNominating(true)}>
          推荐评聘
        </Button>
      </Space>
      <Space wrap size={12} data-testid="tier-quotas">
        {appointable.map((p) => (
          <Card key={p.id} size="small" style={{ minWidth: 260 }} data-testid="tier-quota">
            <Statistic
              title={`${p.tierLabel} · 剩余名额`}
              value={p.quota.status?.remaining ?? '不限'}
              suffix={p.quota.status?.limit != null ? `/ ${p.quota.status.limit}` : undefined}
            />
            <Typography.Text type="secondary">{p.quota.status?.explanation ?? '不设名额'}</Typography.Text>
          </Card>
        ))}
      </Space>
      <Card>
        <Tabs activeKey={status} onChange={(k) => setParams(k === 'all' ? {} : { status: k })} items={TABS.map((t) => ({ key: t.key, label: t.label }))} />
        <QueryState query={cases}>
          {(data) => (
            <Table<Appointment>
              rowKey="id"
              size="middle"
              loading={cases.isFetching}
              dataSource={data.items}
              locale={{ emptyText: '没有该状态的评聘' }}
              pagination={{ current: data.page, pageSize: data.pageSize, total: data.total, showSizeChanger: false, onChange: (p) => setParams({ ...(status === 'all' ? {} : { status }), page: String(p) }) }}
              columns={[
                { title: '姓名', dataIndex: 'personName', render: (v: string, a) => <Link to={`/hr/appointments/${a.id}`}>{v}</Link> },
                { title: '评聘等级', dataIndex: 'tierName' },
                { title: '职业', dataIndex: 'occupationCode' },
                { title: '状态', dataIndex: 'status', render: (_, a) => <StatusTag status={a.status} label={a.statusLabel} /> },
                { title: '评审得分', dataIndex: 'reviewScore', render: (v: number | null) => v ?? '—' },
                {
                  title: '期限',
                  key: 'dates',
                  render: (_, a) =>
                    a.status === 'in_publicity' && a.publicity?.endsOn
                      ? `公示至 ${chinaDate(a.publicity.endsOn)}`
                      : a.termEndsOn
                        ? `聘期至 ${chinaDate(a.termEndsOn)}`
                        : '—',
                },
              ]}
            />
          )}
        </QueryState>
      </Card>
      {nominating && <NominateModal open onClose={() => setNominating(false)} />}
    </Space>
  );
}
