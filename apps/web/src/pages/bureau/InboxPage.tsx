import { useQuery } from '@tanstack/react-query';
import { Badge, Button, Card, Empty, List, Space, Tabs, Tag, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { zh } from '../../api/problem';
import type { components } from '../../api/schema';
import { AuditTrail } from '../../components/AuditTrail';
import { type Decision, DecisionModal } from '../../components/DecisionModal';
import { QueryState } from '../../components/QueryState';
import { chinaDate, chinaDayOf } from '../worker/career/ladder-view';
import { runCampaignAction } from '../campaigns/actions';
import { appointmentDecision } from '../promotions/AppointmentDetailPage';
import { quotaText } from '../promotions/shared';
import { byDue, reportOf } from './inbox-items';

type Filing = components['schemas']['FilingResponseDto'];
type Standard = components['schemas']['StandardResponseDto'];
type Recognition = components['schemas']['TitleRecognitionResponseDto'];
type Promotion = components['schemas']['CompetitionPromotionResponseDto'];

/** One thing in the inbox, whatever its kind: what it is, when it is due, what the bureau may do. */
interface InboxItem {
  key: string;
  testId: string;
  kindLabel: string;
  title: ReactNode;
  description: ReactNode;
  /** A business date (China) the item is due by, where the API has one. */
  due?: { on: string; label: string };
  actions: { label: string; primary?: boolean; danger?: boolean; decision: Decision }[];
  /** The audited entity, for its trail. */
  entityId: string;
}

interface Kind {
  key: string;
  label: string;
  emptyText: string;
  /** Received for the record, not waiting on a decision. */
  informational?: boolean;
  query: { isPending: boolean; isError: boolean; error: unknown; data: InboxItem[] | undefined; refetch: () => unknown };
}

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
const recognitionDecision = (r: Recognition, approve: boolean): Decision => {
  const path = { path: { id: r.id } };
  return approve
    ? {
        title: `认定职称：${r.personName} ${r.titleName}`,
        fields: [{ name: 'note', label: '认定意见', optional: true }],
        run: async (v) => unwrap(await api.POST('/api/v1/title-recognitions/{id}/approve', { params: path, body: v.note ? { note: v.note } : {} })),
      }
    : {
        title: `不予认定：${r.personName} ${r.titleName}`,
        danger: true,
        fields: [{ name: 'reason', label: '理由（告知企业，记入审计）' }],
        run: async (v) => unwrap(await api.POST('/api/v1/title-recognitions/{id}/reject', { params: path, body: { reason: v.reason } })),
      };
};
const promotionDecision = (p: Promotion, approve: boolean): Decision => {
  const path = { path: { id: p.id } };
  return approve
    ? {
        title: `核准晋级：${p.personName} ${zh(p.targetRankLabel)}`,
        intro: '核准后由评价机构按“以赛代评”发放证书。',
        fields: [{ name: 'note', label: '核准意见', optional: true }],
        run: async (v) => unwrap(await api.POST('/api/v1/competition-promotions/{id}/approve', { params: path, body: v.note ? { note: v.note } : {} })),
      }
    : {
        title: `不予核准：${p.personName} ${zh(p.targetRankLabel)}`,
        danger: true,
        fields: [{ name: 'reason', label: '理由（告知企业，记入审计）' }],
        run: async (v) => unwrap(await api.POST('/api/v1/competition-promotions/{id}/reject', { params: path, body: { reason: v.reason } })),
      };
};

/** The inbox's kinds, each read from its own list in the API and turned into items. */
function useKinds(): Kind[] {
  const filings = useQuery({
    queryKey: ['inbox', 'filings'],
    queryFn: async (): Promise<InboxItem[]> =>
      unwrap(await api.GET('/api/v1/evaluation-bodies', { params: { query: { status: 'applied', pageSize: 100 } } })).items.map((f) => ({
        key: `filing-${f.id}`,
        testId: 'inbox-filing',
        kindLabel: '评价机构备案',
        entityId: f.id,
        title: f.organizationName,
        description: (
          <>
            <div>
              申请于 {chinaDayOf(f.appliedAt)}
              {f.applicationNote ? ` · ${f.applicationNote}` : ''}
            </div>
            <Space size={4} wrap>
              {f.scope.map((s) => (
                <Tag key={s.occupationCode}>
                  {s.occupationCode}：{s.rankLabels.map(zh).join('、')}
                </Tag>
              ))}
            </Space>
          </>
        ),
        actions: [
          { label: '准予备案', primary: true, decision: approveFiling(f) },
          { label: '不予备案', danger: true, decision: rejectFiling(f) },
        ],
      })),
  });
  const campaigns = useQuery({
    queryKey: ['inbox', 'campaigns'],
    queryFn: async (): Promise<InboxItem[]> =>
      unwrap(await api.GET('/api/v1/campaigns', { params: { query: { status: 'filed', pageSize: 100 } } })).items.map((c) => ({
        key: `campaign-${c.id}`,
        testId: 'inbox-campaign',
        kindLabel: '认定计划备案',
        entityId: c.id,
        title: <Link to={`/bureau/campaigns/${c.id}`}>{c.name}</Link>,
        description: `${c.organizationName} · ${c.occupationName} · ${c.levels.map((l) => `${zh(l.rankLabel)} ${l.capacity}人`).join('、')}`,
        due: { on: c.registrationOpensOn, label: '报名开始' },
        actions: [
          { label: '确认备案', primary: true, decision: campaignDecision(c.id, c.name, true) },
          { label: '退回', danger: true, decision: campaignDecision(c.id, c.name, false) },
        ],
      })),
  });
  const standards = useQuery({
    queryKey: ['inbox', 'standards'],
    queryFn: async (): Promise<InboxItem[]> =>
      unwrap(await api.GET('/api/v1/standards', { params: { query: { source: 'enterprise', versionStatus: 'submitted', pageSize: 100 } } })).items.map((s) => ({
        key: `standard-${s.id}`,
        testId: 'inbox-standard',
        kindLabel: '企业评价规范',
        entityId: s.latestVersion?.id ?? s.id,
        title: s.title,
        description: `${s.organizationName ?? ''} · ${s.occupation.nameZh}（${s.occupation.code}） · 第${s.latestVersion?.version}版 ${zh(s.latestVersion?.statusLabel ?? '')}`,
        actions: [
          { label: '审核通过', primary: true, decision: reviewStandard(s, true) },
          { label: '退回修改', danger: true, decision: reviewStandard(s, false) },
        ],
      })),
  });
  const appointments = useQuery({
    queryKey: ['inbox', 'appointments'],
    queryFn: async (): Promise<InboxItem[]> =>
      unwrap(await api.GET('/api/v1/appointments', { params: { query: { status: 'awaiting_confirmation', pageSize: 100 } } })).items.map((a) => ({
        key: `appointment-${a.id}`,
        testId: 'inbox-appointment',
        kindLabel: '评聘确认',
        entityId: a.id,
        title: <Link to={`/bureau/appointments/${a.id}`}>{`${a.personName} · ${a.tierName}`}</Link>,
        description: `${a.organizationName} · 职业 ${a.occupationCode} · 评审得分 ${a.reviewScore ?? '—'}${a.publicity?.endsOn ? ` · 公示至 ${chinaDate(a.publicity.endsOn)}` : ''} · ${quotaText(a.quota)}`,
        actions: [
          { label: '确认', primary: true, decision: appointmentDecision(a, 'confirm') },
          { label: '不予确认', danger: true, decision: appointmentDecision(a, 'reject') },
        ],
      })),
  });
  const recognitions = useQuery({
    queryKey: ['inbox', 'recognitions'],
    queryFn: async (): Promise<InboxItem[]> =>
      unwrap(await api.GET('/api/v1/title-recognitions', { params: { query: { status: 'endorsed', pageSize: 100 } } })).items.map((r) => ({
        key: `recognition-${r.id}`,
        testId: 'inbox-recognition',
        kindLabel: '职称比照认定',
        entityId: r.id,
        title: `${r.personName} · ${r.titleName}（${zh(r.titleSeriesLabel)} ${zh(r.titleGradeLabel)}）`,
        description: `${r.organizationName} · 依据 ${zh(r.basis.rankLabel)}（${chinaDate(r.basis.obtainedOn)}取得）${r.endorsementNote ? ` · 单位意见：${r.endorsementNote}` : ''}`,
        actions: [
          { label: '认定', primary: true, decision: recognitionDecision(r, true) },
          { label: '不予认定', danger: true, decision: recognitionDecision(r, false) },
        ],
      })),
  });
  const promotions = useQuery({
    queryKey: ['inbox', 'promotions'],
    queryFn: async (): Promise<InboxItem[]> =>
      unwrap(await api.GET('/api/v1/competition-promotions', { params: { query: { status: 'proposed', pageSize: 100 } } })).items.map((p) => ({
        key: `promotion-${p.id}`,
        testId: 'inbox-promotion',
        kindLabel: '以赛代评晋级',
        entityId: p.id,
        title: `${p.personName} · ${zh(p.fromRankLabel)} → ${zh(p.targetRankLabel)}`,
        description: `${p.organizationName} · ${p.competition.name}（${zh(p.competition.tierLabel)}，${chinaDate(p.competition.heldOn)}）第${p.result.placing}名${p.proposalNote ? ` · ${p.proposalNote}` : ''}`,
        actions: [
          { label: '核准', primary: true, decision: promotionDecision(p, true) },
          { label: '不予核准', danger: true, decision: promotionDecision(p, false) },
        ],
      })),
  });
  const reports = useQuery({
    queryKey: ['inbox', 'reports'],
    queryFn: async (): Promise<InboxItem[]> => {
      const [events, finalized] = await Promise.all([
        api.GET('/api/v1/audit-events', { params: { query: { action: 'campaign_results.report', pageSize: 50 } } }).then(unwrap),
        api.GET('/api/v1/campaigns', { params: { query: { status: 'finalized', pageSize: 200 } } }).then(unwrap),
      ]);
      const names = new Map(finalized.items.map((c) => [c.id, c]));
      return events.items.flatMap((e) => {
        const report = reportOf(e.after);
        const campaign = e.entityId ? names.get(e.entityId) : undefined;
        if (!report || !e.entityId) return [];
        return [
          {
            key: `report-${e.id}`,
            testId: 'inbox-report',
            kindLabel: '结果上报',
            entityId: e.entityId,
            title: <Link to={`/bureau/campaigns/${e.entityId}`}>{campaign?.name ?? '认定计划'}</Link>,
            description: (
              <>
                {campaign ? `${campaign.organizationName} · ${campaign.occupationName} · ` : ''}
                {chinaDayOf(report.submittedAt)} 上报 <Tag color={report.status === 'submitted' ? 'success' : 'warning'}>{report.status === 'submitted' ? '按期' : '逾期'}</Tag>
              </>
            ),
            due: { on: report.dueOn, label: '上报期限' },
            actions: [],
          },
        ];
      });
    },
  });
  return [
    { key: 'filings', label: '评价机构备案', emptyText: '没有待审批的备案', query: filings },
    { key: 'campaigns', label: '认定计划备案', emptyText: '没有待确认的认定计划', query: campaigns },
    { key: 'standards', label: '企业评价规范', emptyText: '没有待审核的企业评价规范', query: standards },
    { key: 'appointments', label: '评聘确认', emptyText: '没有待确认的评聘', query: appointments },
    { key: 'recognitions', label: '职称比照认定', emptyText: '没有待认定的职称', query: recognitions },
    { key: 'promotions', label: '以赛代评晋级', emptyText: '没有待核准的晋级', query: promotions },
    { key: 'reports', label: '结果上报', emptyText: '尚未收到结果上报', informational: true, query: reports },
  ];
}

const label = (text: string, count: number | undefined): ReactNode => (
  <Space size={6}>
    {text}
    <Badge count={count ?? 0} showZero color={count ? '#1d4ed8' : '#94a3b8'} />
  </Space>
);

function InboxList({ items, onDecide, emptyText }: { items: InboxItem[]; onDecide: (d: Decision) => void; emptyText: string }) {
  const [trail, setTrail] = useState<string | null>(null);
  if (items.length === 0) return <Empty description={emptyText} />;
  return (
    <List
      dataSource={items}
      renderItem={(item) => (
        <List.Item
          data-testid={item.testId}
          actions={[
            ...item.actions.map((a) => (
              <Button key={a.label} type={a.primary ? 'primary' : 'default'} danger={a.danger} onClick={() => onDecide(a.decision)}>
                {a.label}
              </Button>
            )),
            <Button key="trail" type="link" aria-expanded={trail === item.key} onClick={() => setTrail(trail === item.key ? null : item.key)}>
              办理记录
            </Button>,
          ]}
        >
          <List.Item.Meta
            title={
              <Space size={8} wrap>
                <Tag>{item.kindLabel}</Tag>
                {item.title}
                {item.due && (
                  <Typography.Text type="secondary">
                    {item.due.label} {chinaDate(item.due.on)}
                  </Typography.Text>
                )}
              </Space>
            }
            description={
              <>
                {item.description}
                {trail === item.key && (
                  <div style={{ marginTop: 12 }}>
                    <AuditTrail entityId={item.entityId} />
                  </div>
                )}
              </>
            }
          />
        </List.Item>
      )}
    />
  );
}

/** 待办审批: one list across kinds with counts per kind and due dates; each item's audit trail one click away. */
export default function InboxPage() {
  const [decision, setDecision] = useState<Decision | null>(null);
  const kinds = useKinds();
  const loaded = kinds.every((k) => k.query.data);
  const all = kinds.flatMap((k) => (k.query.data ?? []).filter(() => !k.informational)).sort(byDue);
  const received = kinds.filter((k) => k.informational).flatMap((k) => k.query.data ?? []);
  const allQuery = { ...kinds[0].query, isPending: kinds.some((k) => k.query.isPending), isError: kinds.some((k) => k.query.isError), error: kinds.find((k) => k.query.isError)?.query.error, data: loaded ? all : undefined };

  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Typography.Title level={4} className="page-title">
        待办审批
      </Typography.Title>
      <Card>
        <Tabs
          destroyOnHidden
          items={[
            {
              key: 'all',
              label: label('全部待办', loaded ? all.length : undefined),
              children: (
                <QueryState query={{ ...allQuery, refetch: () => kinds.forEach((k) => k.query.refetch()) }}>
                  {(items) => (
                    <>
                      <InboxList items={items} onDecide={setDecision} emptyText="待办已全部处理" />
                      {received.length > 0 && (
                        <>
                          <Typography.Title level={5} style={{ marginTop: 16 }}>
                            已收到的结果上报
                          </Typography.Title>
                          <InboxList items={received} onDecide={setDecision} emptyText="" />
                        </>
                      )}
                    </>
                  )}
                </QueryState>
              ),
            },
            ...kinds.map((k) => ({
              key: k.key,
              label: label(k.label, k.query.data?.length),
              children: <QueryState query={k.query}>{(items) => <InboxList items={items} onDecide={setDecision} emptyText={k.emptyText} />}</QueryState>,
            })),
          ]}
        />
      </Card>
      {/* A fresh form and request state for every decision. */}
      <DecisionModal key={decision?.title ?? 'none'} decision={decision} onClose={() => setDecision(null)} invalidate={[['inbox'], ['audit'], ['appointments']]} />
    </Space>
  );
}
