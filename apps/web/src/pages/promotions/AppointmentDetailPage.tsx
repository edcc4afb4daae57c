import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Col, Descriptions, Result, Row, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ApiError } from '../../api/problem';
import { useAuth } from '../../auth/AuthContext';
import { AuditTrail } from '../../components/AuditTrail';
import { type Decision, DecisionModal } from '../../components/DecisionModal';
import { EligibilityRoutes } from '../../components/EligibilityRoutes';
import { QueryState } from '../../components/QueryState';
import { chinaDate, chinaDayOf } from '../worker/career/ladder-view';
import { ReviewModal } from './ReviewModal';
import { type Appointment, StatusTag, quotaText, useTierPolicies } from './shared';

type Action = 'review' | 'decline' | 'open_publicity' | 'close_publicity' | 'confirm' | 'reject' | 'appoint' | 'renew' | 'revoke' | 'withdraw';

const byId = (a: Appointment) => ({ path: { id: a.id } });
const note = (v: Record<string, string>) => (v.note ? { note: v.note } : {});

/** The steps a case offers, as decisions (the review has its own form). */
export function appointmentDecision(a: Appointment, action: Exclude<Action, 'review' | 'renew'>): Decision {
  const who = `${a.personName}（${a.tierName}）`;
  switch (action) {
    case 'decline':
      return { title: `不予推荐：${who}`, danger: true, fields: [{ name: 'reason', label: '理由（记入审计）' }], run: async (v) => unwrap(await api.POST('/api/v1/appointments/{id}/decline', { params: byId(a), body: { reason: v.reason } })) };
    case 'open_publicity':
      return {
        title: `发布公示：${who}`,
        intro: '公示期按工作日计算（节假日顺延）。',
        fields: [{ name: 'workingDays', label: '公示期（工作日）', number: { min: 1, max: 30 }, initialValue: 5 }],
        run: async (v) => unwrap(await api.POST('/api/v1/appointments/{id}/publicity', { params: byId(a), body: { workingDays: Number(v.workingDays) } })),
      };
    case 'close_publicity':
      return {
        title: `结束公示：${who}`,
        intro: '公示期满且异议已处理后方可结束公示；须人社局确认的等级将报送人社局。',
        fields: [{ name: 'note', label: '意见', optional: true }],
        run: async (v) => unwrap(await api.POST('/api/v1/appointments/{id}/publicity/close', { params: byId(a), body: note(v) })),
      };
    case 'confirm':
      return { title: `确认评聘结果：${who}`, fields: [{ name: 'note', label: '确认意见', optional: true }], run: async (v) => unwrap(await api.POST('/api/v1/appointments/{id}/confirm', { params: byId(a), body: note(v) })) };
    case 'reject':
      return { title: `不予确认：${who}`, danger: true, fields: [{ name: 'reason', label: '理由（告知企业，记入审计）' }], run: async (v) => unwrap(await api.POST('/api/v1/appointments/{id}/reject', { params: byId(a), body: { reason: v.reason } })) };
    case 'appoint':
      return {
        title: `聘任：${who}`,
        intro: a.quota
          ? `聘任前：${quotaText(a.quota)}。聘任后占用一个名额${a.quota.remaining !== null ? `，剩余${Math.max(0, a.quota.remaining - 1)}人` : ''}。聘期自今日起。`
          : '聘期自今日起。',
        fields: [],
        run: async () => unwrap(await api.POST('/api/v1/appointments/{id}/appoint', { params: byId(a), body: {} })),
      };
    case 'revoke':
      return { title: `解聘：${who}`, danger: true, fields: [{ name: 'reason', label: '解聘理由（记入审计）' }], run: async (v) => unwrap(await api.POST('/api/v1/appointments/{id}/revoke', { params: byId(a), body: { reason: v.reason } })) };
    case 'withdraw':
      return { title: `撤回评聘：${who}`, danger: true, fields: [{ name: 'reason', label: '撤回理由（记入审计）' }], run: async (v) => unwrap(await api.POST('/api/v1/appointments/{id}/withdraw', { params: byId(a), body: { reason: v.reason } })) };
  }
}

const HR_ACTIONS: { action: Action; label: string; primary?: boolean; danger?: boolean }[] = [
  { action: 'review', label: '录入评审评分', primary: true },
  { action: 'open_publicity', label: '发布公示', primary: true },
  { action: 'close_publicity', label: '结束公示', primary: true },
  { action: 'appoint', label: '聘任', primary: true },
  { action: 'renew', label: '续聘评审' },
  { action: 'decline', label: '不予推荐', danger: true },
  { action: 'revoke', label: '解聘', danger: true },
  { action: 'withdraw', label: '撤回', danger: true },
];
const BUREAU_ACTIONS: typeof HR_ACTIONS = [
  { action: 'confirm', label: '确认', primary: true },
  { action: 'reject', label: '不予确认', danger: true },
];

/** 评聘详情: the case's conditions, reviews, publicity, confirmation, term and places; its next steps as buttons. */
export default function AppointmentDetailPage() {
  const { id = '' } = useParams();
  const { role } = useAuth();
  const hr = role === 'hr_admin';
  const base = hr ? '/hr/appointments' : '/bureau/inbox';
  const [decision, setDecision] = useState<Decision | null>(null);
  const [reviewing, setReviewing] = useState<'review' | 'renew' | null>(null);
  const policies = useTierPolicies(hr);
  const query = useQuery({
    queryKey: ['appointments', 'one', id],
    retry: false,
    queryFn: async () => unwrap(await api.GET('/api/v1/appointments/{id}', { params: { path: { id } } })),
  });
  if (query.isError && query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 400)) {
    return <Result status="404" title="评聘不存在或无权访问" extra={<Link to={base}>返回</Link>} />;
  }
  const policy = policies.data?.find((p) => p.id === query.data?.policyId);
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Link to={base} style={{ display: 'inline-flex', alignItems: 'center', gap: 6, minHeight: 44 }}>
        <ArrowLeftOutlined /> {hr ? '返回评聘' : '返回待办审批'}
      </Link>
      <QueryState query={query}>
        {(a) => {
          const offered = (hr ? HR_ACTIONS : role === 'bureau_officer' ? BUREAU_ACTIONS : []).filter((s) => a.allowedActions.includes(s.action));
          const latest = a.reviews[a.reviews.length - 1];
          return (
            <Space direction="vertical" size={12} style={{ width: '100%' }}>
              <Typography.Title level={4} className="page-title">
                {a.personName} · {a.tierName}评聘
              </Typography.Title>
              <Card
                title={<StatusTag status={a.status} label={a.statusLabel} />}
                extra={
                  <Space wrap data-testid="appointment-actions">
                    {offered.map((s) => (
                      <Button
                        key={s.action}
                        type={s.primary ? 'primary' : 'default'}
                        danger={s.danger}
                        disabled={(s.action === 'review' || s.action === 'renew') && !policy}
                        onClick={() => (s.action === 'review' || s.action === 'renew' ? setReviewing(s.action) : setDecision(appointmentDecision(a, s.action)))}
                      >
                        {s.label}
                      </Button>
                    ))}
                  </Space>
                }
              >
                <Row gutter={16}>
                  <Col xs={24} lg={16}>
                    <Descriptions size="small" column={{ xs: 1, md: 2 }}>
                      <Descriptions.Item label="企业">{a.organizationName}</Descriptions.Item>
                      <Descriptions.Item label="职业">{a.occupationCode}</Descriptions.Item>
                      <Descriptions.Item label="推荐方式">{a.nominatedVia === 'hr' ? '单位推荐' : '个人申报'}</Descriptions.Item>
                      <Descriptions.Item label="推荐理由">{a.nominationNote ?? '—'}</Descriptions.Item>
                      <Descriptions.Item label="评审得分">{a.reviewScore ?? '—'}</Descriptions.Item>
                      <Descriptions.Item label="公示">{a.publicity ? (a.publicity.endsOn ? `至 ${chinaDate(a.publicity.endsOn)}` : '已发布') : '—'}</Descriptions.Item>
                      <Descriptions.Item label="人社局确认">
                        {a.bureau ? (a.bureau.decidedAt ? `${chinaDayOf(a.bureau.decidedAt)}${a.bureau.note ? ` · ${a.bureau.note}` : ''}` : '待确认') : '—'}
                      </Descriptions.Item>
                      <Descriptions.Item label="聘期">{a.termStartsOn ? `${chinaDate(a.termStartsOn)} 至 ${a.termEndsOn ? chinaDate(a.termEndsOn) : '—'}${a.renewals ? `（续聘${a.renewals}次）` : ''}` : '—'}</Descriptions.Item>
                      {a.endReason && <Descriptions.Item label="结束原因">{a.endReason}</Descriptions.Item>}
                    </Descriptions>
                  </Col>
                  <Col xs={24} lg={8}>
                    {a.quota && (
                      <Card size="small" data-testid="appointment-quota">
                        <Statistic title={`${a.tierName}剩余名额`} value={a.quota.remaining ?? '不限'} suffix={a.quota.limit !== null ? `/ ${a.quota.limit}` : undefined} />
                        <Typography.Text type="secondary">{a.quota.explanation}</Typography.Text>
                      </Card>
                    )}
                  </Col>
                </Row>
              </Card>
              <Card title="评审" size="small">
                {latest ? (
                  <Table
                    rowKey="id"
                    size="small"
                    pagination={false}
                    dataSource={a.reviews}
                    columns={[
                      { title: '类型', dataIndex: 'kind', render: (k: string) => (k === 'renewal' ? '续聘评审' : '评聘评审') },
                      { title: '日期', dataIndex: 'reviewedOn', render: (d: string) => chinaDate(d) },
                      { title: '评委', dataIndex: 'committeeSize', render: (n: number) => `${n}人` },
                      {
                        title: '要素均分（权重）',
                        key: 'results',
                        render: (_, r) => r.results.map((c) => `${c.label} ${c.mean}（${c.weight}%）`).join('；'),
                      },
                      { title: '加权总分', dataIndex: 'total', render: (t: number, r) => `${t} / ${r.passMark}` },
                      { title: '结果', dataIndex: 'passed', render: (p: boolean) => <Tag color={p ? 'success' : 'error'}>{p ? '通过' : '未通过'}</Tag> },
                    ]}
                  />
                ) : (
                  <Typography.Text type="secondary">尚未评审</Typography.Text>
                )}
              </Card>
              <Row gutter={12}>
                <Col xs={24} xl={14}>
                  <Card title={`申报条件审核（${a.eligibility.eligible ? '符合' : '不符合'}，${chinaDate(a.eligibility.asOf)}）`} size="small">
                    <EligibilityRoutes report={a.eligibility} />
                  </Card>
                </Col>
                <Col xs={24} xl={10}>
                  <Card title="办理记录" size="small">
                    <AuditTrail entityId={a.id} />
                  </Card>
                </Col>
              </Row>
              {reviewing && policy && (
                <ReviewModal appointmentId={a.id} renewal={reviewing === 'renew'} criteria={policy.rubric} minReviewers={policy.minReviewers} passMark={policy.passMark} onClose={() => setReviewing(null)} />
              )}
            </Space>
          );
        }}
      </QueryState>
      <DecisionModal key={decision?.title ?? 'none'} decision={decision} onClose={() => setDecision(null)} invalidate={[['appointments'], ['audit', id]]} />
    </Space>
  );
}
