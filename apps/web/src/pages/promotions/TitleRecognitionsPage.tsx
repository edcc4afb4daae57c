import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Form, Input, Modal, Select, Space, Table, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { fieldErrorsOf, messageOf, showFieldErrors, zh } from '../../api/problem';
import type { components } from '../../api/schema';
import { AuditTrail } from '../../components/AuditTrail';
import { type Decision, DecisionModal } from '../../components/DecisionModal';
import { QueryState } from '../../components/QueryState';
import { chinaDate, chinaDayOf } from '../worker/career/ladder-view';
import { StatusTag, WorkerPicker } from './shared';

type Recognition = components['schemas']['TitleRecognitionResponseDto'];
type Status = Recognition['status'];

const TABS: { key: Status | 'all'; label: string }[] = [
  { key: 'all', label: '全部' },
  { key: 'applied', label: '待单位推荐' },
  { key: 'endorsed', label: '待人社局认定' },
  { key: 'approved', label: '已认定' },
  { key: 'rejected', label: '不予认定' },
];

/** 代职工申请: a worker, then one of the titles the mappings in force open to them now. */
function ApplyModal({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm<{ personId: string; title: string; statement?: string }>();
  const personId = Form.useWatch('personId', form);
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const options = useQuery({
    queryKey: ['title-options', personId],
    enabled: Boolean(personId),
    queryFn: async () => unwrap(await api.GET('/api/v1/workers/{id}/title-options', { params: { path: { id: personId } } })),
  });
  const available = (options.data?.titles ?? []).filter((t) => t.status === 'available');
  const apply = useMutation({
    mutationFn: async (v: { personId: string; title: string; statement?: string }) => {
      const [titleSeries, titleGrade] = v.title.split(':') as [string, Recognition['titleGrade']];
      return unwrap(await api.POST('/api/v1/title-recognitions', { body: { personId: v.personId, titleSeries, titleGrade, ...(v.statement?.trim() ? { statement: v.statement.trim() } : {}) } }));
    },
    onSuccess: async (r) => {
      message.success(`已为 ${r.personName} 申请比照认定 ${r.titleName}`);
      onClose();
      await queryClient.invalidateQueries({ queryKey: ['title-recognitions'] });
    },
    onError: (e) => showFieldErrors(form, e),
  });
  return (
    <Modal open title="代职工申请比照认定职称" okText="提交申请" cancelText="取消" confirmLoading={apply.isPending} onOk={() => form.validateFields().then((v) => apply.mutate(v), () => undefined)} onCancel={onClose} destroyOnHidden>
      {apply.isError && !fieldErrorsOf(apply.error).length && <Alert type="error" showIcon title={messageOf(apply.error)} role="alert" style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="personId" label="职工" rules={[{ required: true, message: '请选择职工' }]}>
          <WorkerPicker onChange={() => form.setFieldValue('title', undefined)} />
        </Form.Item>
        <Form.Item
          name="title"
          label="比照职称"
          rules={[{ required: true, message: '请选择职称' }]}
          extra={personId && options.isSuccess && available.length === 0 ? '该职工目前没有可比照认定的职称' : '按现行职称比照规则，职工当前可申请的职称'}
        >
          <Select
            loading={options.isFetching}
            disabled={!personId}
            options={available.map((t) => ({ value: `${t.titleSeries}:${t.titleGrade}`, label: `${t.titleName}（${zh(t.titleSeriesLabel)} · ${zh(t.titleGradeLabel)}）` }))}
          />
        </Form.Item>
        <Form.Item name="statement" label="个人陈述">
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}

const act = (r: Recognition, action: 'endorse' | 'decline' | 'withdraw'): Decision => {
  const path = { path: { id: r.id } };
  const who = `${r.personName} ${r.titleName}`;
  switch (action) {
    case 'endorse':
      return {
        title: `单位推荐：${who}`,
        fields: [{ name: 'note', label: '推荐意见', optional: true }],
        run: async (v) => unwrap(await api.POST('/api/v1/title-recognitions/{id}/endorse', { params: path, body: v.note ? { note: v.note } : {} })),
      };
    case 'decline':
      return {
        title: `不予推荐：${who}`,
        danger: true,
        fields: [{ name: 'reason', label: '理由（记入审计）' }],
        run: async (v) => unwrap(await api.POST('/api/v1/title-recognitions/{id}/decline', { params: path, body: { reason: v.reason } })),
      };
    case 'withdraw':
      return {
        title: `撤回申请：${who}`,
        danger: true,
        fields: [{ name: 'reason', label: '理由（记入审计）' }],
        run: async (v) => unwrap(await api.POST('/api/v1/title-recognitions/{id}/withdraw', { params: path, body: { reason: v.reason } })),
      };
  }
};

const ACTIONS = [
  { action: 'endorse', label: '推荐', primary: true },
  { action: 'decline', label: '不予推荐', danger: true },
  { action: 'withdraw', label: '撤回', danger: true },
] as const;

/** 比照认定: skill levels recognized as professional titles; HR applies or endorses, the bureau decides. */
export default function TitleRecognitionsPage() {
  const [params, setParams] = useSearchParams();
  const status = (params.get('status') ?? 'all') as Status | 'all';
  const page = Number(params.get('page') ?? '1') || 1;
  const [applying, setApplying] = useState(false);
  const [decision, setDecision] = useState<Decision | null>(null);
  const list = useQuery({
    queryKey: ['title-recognitions', status, page],
    placeholderData: (previous) => previous,
    queryFn: async () => unwrap(await api.GET('/api/v1/title-recognitions', { params: { query: { page, pageSize: 20, ...(status === 'all' ? {} : { status }) } } })),
  });
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={4} className="page-title">
          职称比照认定
        </Typography.Title>
        <Button type="primary" onClick={() => setApplying(true)}>
          代职工申请
        </Button>
      </Space>
      <Card>
        <Tabs activeKey={status} onChange={(k) => setParams(k === 'all' ? {} : { status: k })} items={TABS.map((t) => ({ key: t.key, label: t.label }))} />
        <QueryState query={list}>
          {(data) => (
            <Table<Recognition>
              rowKey="id"
              size="middle"
              loading={list.isFetching}
              dataSource={data.items}
              locale={{ emptyText: '没有该状态的申请' }}
              pagination={{ current: data.page, pageSize: data.pageSize, total: data.total, showSizeChanger: false, onChange: (p) => setParams({ ...(status === 'all' ? {} : { status }), page: String(p) }) }}
              expandable={{
                expandRowByClick: false,
                expandedRowRender: (r) => (
                  <Space align="start" size={32} wrap>
                    <Descriptions size="small" column={1} style={{ maxWidth: 520 }}>
                      <Descriptions.Item label="依据">
                        {zh(r.basis.rankLabel)}，{chinaDate(r.basis.obtainedOn)}取得
                      </Descriptions.Item>
                      <Descriptions.Item label="个人陈述">{r.statement ?? '—'}</Descriptions.Item>
                      <Descriptions.Item label="单位推荐">{r.endorsedAt ? `${chinaDayOf(r.endorsedAt)}${r.endorsementNote ? ` · ${r.endorsementNote}` : ''}` : '—'}</Descriptions.Item>
                      <Descriptions.Item label="人社局">{r.decidedAt ? `${chinaDayOf(r.decidedAt)}${r.decisionReason ? ` · ${r.decisionReason}` : ''}` : '—'}</Descriptions.Item>
                      <Descriptions.Item label="认定日期">{r.recognizedOn ? chinaDate(r.recognizedOn) : '—'}</Descriptions.Item>
                    </Descriptions>
                    <div style={{ minWidth: 320 }}>
                      <Typography.Text strong>办理记录</Typography.Text>
                      <AuditTrail entityId={r.id} />
                    </div>
                  </Space>
                ),
              }}
              columns={[
                { title: '姓名', dataIndex: 'personName' },
                { title: '比照职称', dataIndex: 'titleName', render: (v: string, r) => `${v}（${zh(r.titleSeriesLabel)} · ${zh(r.titleGradeLabel)}）` },
                { title: '依据等级', key: 'basis', render: (_, r) => zh(r.basis.rankLabel) },
                { title: '申请日期', dataIndex: 'appliedOn', render: (d: string) => chinaDate(d) },
                { title: '状态', dataIndex: 'status', render: (_, r) => <StatusTag status={r.status} label={r.statusLabel} /> },
                {
                  title: '操作',
                  key: 'actions',
                  render: (_, r) => (
                    <Space size={4} wrap>
                      {ACTIONS.filter((a) => r.allowedActions.includes(a.action)).map((a) => (
                        <Button key={a.action} size="small" type={'primary' in a ? 'primary' : 'default'} danger={'danger' in a} onClick={() => setDecision(act(r, a.action))}>
                          {a.label}
                        </Button>
                      ))}
                    </Space>
                  ),
                },
              ]}
            />
          )}
        </QueryState>
      </Card>
      {applying && <ApplyModal onClose={() => setApplying(false)} />}
      <DecisionModal key={decision?.title ?? 'none'} decision={decision} onClose={() => setDecision(null)} invalidate={[['title-recognitions'], ['audit']]} />
    </Space>
  );
}
