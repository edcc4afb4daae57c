import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Badge, Button, Card, Empty, Form, Input, List, Modal, Space, Tabs, Tag, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { fieldErrorsOf, messageOf, showFieldErrors, zh } from '../../api/problem';
import type { components } from '../../api/schema';
import { QueryState } from '../../components/QueryState';
import { chinaDate, chinaDayOf } from '../worker/career/ladder-view';
import { runCampaignAction } from '../campaigns/actions';

type Filing = components['schemas']['FilingResponseDto'];
type Standard = components['schemas']['StandardResponseDto'];

interface Decision {
  title: string;
  /** The fields the decision asks for, with their labels; all required unless marked optional. */
  fields: { name: string; label: string; optional?: boolean; placeholder?: string; pattern?: RegExp; patternMessage?: string }[];
  danger?: boolean;
  run: (values: Record<string, string>) => Promise<unknown>;
}

/** One modal for every decision in the inbox: its fields, the API's field errors under them. */
function DecisionModal({ decision, onClose }: { decision: Decision | null; onClose: () => void }) {
  const [form] = Form.useForm<Record<string, string>>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const mutation = useMutation({
    mutationFn: (values: Record<string, string>) => (decision as Decision).run(values),
    onSuccess: async () => {
      message.success(`${(decision as Decision).title}：已完成`);
      onClose();
      await queryClient.invalidateQueries({ queryKey: ['inbox'] });
    },
    onError: (e) => showFieldErrors(form, e),
  });
  return (
    <Modal
      open={decision !== null}
      title={decision?.title}
      okText="确认"
      cancelText="取消"
      okButtonProps={{ danger: decision?.danger }}
      confirmLoading={mutation.isPending}
      onOk={() => form.validateFields().then((v) => mutation.mutate(v), () => undefined)}
      onCancel={onClose}
      destroyOnHidden
    >
      {mutation.isError && !fieldErrorsOf(mutation.error).length && <Alert type="error" showIcon title={messageOf(mutation.error)} role="alert" style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" preserve={false}>
        {decision?.fields.map((f) => (
          <Form.Item
            key={f.name}
            name={f.name}
            label={f.label}
            rules={[
              ...(f.optional ? [] : [{ required: true, whitespace: true, message: `请填写${f.label.replace(/（[^（）]*）$/, '')}` }]),
              ...(f.pattern ? [{ pattern: f.pattern, message: f.patternMessage }] : []),
            ]}
          >
            {f.name === 'reason' || f.name === 'comment' || f.name === 'note' ? <Input.TextArea rows={3} maxLength={1000} showCount /> : <Input placeholder={f.placeholder} />}
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}

const label = (text: string, count: number | undefined): ReactNode => (
  <Space size={6}>
    {text}
    <Badge count={count ?? 0} showZero color={count ? '#1d4ed8' : '#94a3b8'} />
  </Space>
);

/** 待办: what awaits the bureau's decision, one list per kind with counts. */
export default function InboxPage() {
  const [decision, setDecision] = useState<Decision | null>(null);
  const filings = useQuery({
    queryKey: ['inbox', 'filings'],
    queryFn: async () => unwrap(await api.GET('/api/v1/evaluation-bodies', { params: { query: { status: 'applied', pageSize: 100 } } })),
  });
  const campaigns = useQuery({
    queryKey: ['inbox', 'campaigns'],
    queryFn: async () => unwrap(await api.GET('/api/v1/campaigns', { params: { query: { status: 'filed', pageSize: 100 } } })),
  });
  const standards = useQuery({
    queryKey: ['inbox', 'standards'],
    queryFn: async () => unwrap(await api.GET('/api/v1/standards', { params: { query: { source: 'enterprise', versionStatus: 'submitted', pageSize: 100 } } })),
  });

  const approveFiling = (f: Filing): Decision => ({
    title: `准予备案：${f.organizationName}`,
    fields: [
      { name: 'institutionCode', label: '机构代码（4位，用于证书编号）', pattern: /^\d{4}$/, patternMessage: '机构代码为4位数字' },
      { name: 'stationSerial', label: '评价机构（站点）序列码（6位）', pattern: /^\d{6}$/, patternMessage: '序列码为6位数字' },
      { name: 'note', label: '备案意见', optional: true },
    ],
    run: async (v) =>
      unwrap(await api.POST('/api/v1/evaluation-bodies/{id}/approve', { params: { path: { id: f.id } }, body: { institutionCode: v.institutionCode, stationSerial: v.stationSerial, ...(v.note ? { note: v.note } : {}) } })),
  });
  const rejectFiling = (f: Filing): Decision => ({
    title: `不予备案：${f.organizationName}`,
    danger: true,
    fields: [{ name: 'reason', label: '理由（告知企业，记入审计）' }],
    run: async (v) => unwrap(await api.POST('/api/v1/evaluation-bodies/{id}/reject', { params: { path: { id: f.id } }, body: { reason: v.reason } })),
  });
  const reviewStandard = (s: Standard, approve: boolean): Decision => {
    const version = s.latestVersion?.version as number;
    const path = { path: { id: s.id, version } };
    return approve
      ? {
          title: `审核通过：${s.title}`,
          fields: [{ name: 'comment', label: '审核意见', optional: true }],
          run: async (v) => unwrap(await api.POST('/api/v1/standards/{id}/versions/{version}/approve', { params: path, body: v.comment ? { comment: v.comment } : {} })),
        }
      : {
          title: `退回修改：${s.title}`,
          danger: true,
          fields: [{ name: 'comment', label: '修改意见（企业可见）' }],
          run: async (v) => unwrap(await api.POST('/api/v1/standards/{id}/versions/{version}/request-changes', { params: path, body: { comment: v.comment } })),
        };
  };
  const campaignDecision = (id: string, name: string, approve: boolean): Decision =>
    approve
      ? { title: `确认备案：${name}`, fields: [], run: () => runCampaignAction(id, 'acknowledge') }
      : { title: `退回：${name}`, danger: true, fields: [{ name: 'reason', label: '理由（告知企业，记入审计）' }], run: (v) => runCampaignAction(id, 'return', v.reason) };

  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Typography.Title level={4} className="page-title">
        待办审批
      </Typography.Title>
      <Card>
        <Tabs
          items={[
            {
              key: 'filings',
              label: label('评价机构备案', filings.data?.items.length),
              children: (
                <QueryState query={filings} empty={(p) => p.items.length === 0} emptyText="没有待审批的备案">
                  {(p) => (
                    <List
                      dataSource={p.items}
                      renderItem={(f) => (
                        <List.Item
                          data-testid="inbox-filing"
                          actions={[
                            <Button key="a" type="primary" onClick={() => setDecision(approveFiling(f))}>
                              准予备案
                            </Button>,
                            <Button key="r" danger onClick={() => setDecision(rejectFiling(f))}>
                              不予备案
                            </Button>,
                          ]}
                        >
                          <List.Item.Meta
                            title={f.organizationName}
                            description={
                              <>
                                <div>申请于 {chinaDayOf(f.appliedAt)}{f.applicationNote ? ` · ${f.applicationNote}` : ''}</div>
                                <Space size={4} wrap>
                                  {f.scope.map((s) => (
                                    <Tag key={s.occupationCode}>
                                      {s.occupationCode}：{s.rankLabels.map(zh).join('、')}
                                    </Tag>
                                  ))}
                                </Space>
                              </>
                            }
                          />
                        </List.Item>
                      )}
                    />
                  )}
                </QueryState>
              ),
            },
            {
              key: 'campaigns',
              label: label('认定计划备案', campaigns.data?.items.length),
              children: (
                <QueryState query={campaigns} empty={(p) => p.items.length === 0} emptyText="没有待确认的认定计划">
                  {(p) => (
                    <List
                      dataSource={p.items}
                      renderItem={(c) => (
                        <List.Item
                          data-testid="inbox-campaign"
                          actions={[
                            <Button key="a" type="primary" onClick={() => setDecision(campaignDecision(c.id, c.name, true))}>
                              确认备案
                            </Button>,
                            <Button key="r" danger onClick={() => setDecision(campaignDecision(c.id, c.name, false))}>
                              退回
                            </Button>,
                          ]}
                        >
                          <List.Item.Meta
                            title={<Link to={`/bureau/campaigns/${c.id}`}>{c.name}</Link>}
                            description={`${c.organizationName} · ${c.occupationName} · ${c.levels.map((l) => `${zh(l.rankLabel)} ${l.capacity}人`).join('、')} · 报名 ${chinaDate(c.registrationOpensOn)} 起`}
                          />
                        </List.Item>
                      )}
                    />
                  )}
                </QueryState>
              ),
            },
            {
              key: 'standards',
              label: label('企业评价规范', standards.data?.items.length),
              children: (
                <QueryState query={standards} empty={(p) => p.items.length === 0} emptyText="没有待审核的企业评价规范">
                  {(p) => (
                    <List
                      dataSource={p.items}
                      renderItem={(s) => (
                        <List.Item
                          data-testid="inbox-standard"
                          actions={[
                            <Button key="a" type="primary" onClick={() => setDecision(reviewStandard(s, true))}>
                              审核通过
                            </Button>,
                            <Button key="r" danger onClick={() => setDecision(reviewStandard(s, false))}>
                              退回修改
                            </Button>,
                          ]}
                        >
                          <List.Item.Meta
                            title={s.title}
                            description={`${s.organizationName ?? ''} · ${s.occupation.nameZh}（${s.occupation.code}） · 第${s.latestVersion?.version}版 ${zh(s.latestVersion?.statusLabel ?? '')}`}
                          />
                        </List.Item>
                      )}
                    />
                  )}
                </QueryState>
              ),
            },
          ]}
        />
        {filings.data && campaigns.data && standards.data && filings.data.items.length + campaigns.data.items.length + standards.data.items.length === 0 && (
          <Empty description="待办已全部处理" />
        )}
      </Card>
      {/* A fresh form and request state for every decision. */}
      <DecisionModal key={decision?.title ?? 'none'} decision={decision} onClose={() => setDecision(null)} />
    </Space>
  );
}
