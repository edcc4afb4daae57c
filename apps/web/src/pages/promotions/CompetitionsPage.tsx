import { useQuery } from '@tanstack/react-query';
import { Button, Card, DatePicker, Form, Input, InputNumber, Space, Table, Tabs, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { zh } from '../../api/problem';
import type { components } from '../../api/schema';
import { useAuth } from '../../auth/AuthContext';
import { AuditTrail } from '../../components/AuditTrail';
import { type Decision, DecisionModal } from '../../components/DecisionModal';
import { FormModal } from '../../components/FormModal';
import { QueryState } from '../../components/QueryState';
import { chinaDate, chinaDayOf } from '../worker/career/ladder-view';
import { StatusTag, WorkerPicker } from './shared';

type Competition = components['schemas']['CompetitionResponseDto'];
type Result = components['schemas']['CompetitionResultView'];
type Promotion = components['schemas']['CompetitionPromotionResponseDto'];

interface ResultRow {
  personId: string;
  occupationCode: string;
  placing: number;
  fieldSize?: number;
}

/** 录入名次: one row per placed worker of the enterprise. */
function ResultsModal({ competition, onClose }: { competition: Competition; onClose: () => void }) {
  return (
    <FormModal<{ results: ResultRow[] }>
      open
      title={`录入名次：${competition.name}`}
      okText="保存名次"
      width={860}
      onClose={onClose}
      done="名次已录入"
      invalidate={['competitions']}
      initialValues={{ results: [{ personId: '', occupationCode: '', placing: 1 }] }}
      submit={async (v) =>
        unwrap(
          await api.POST('/api/v1/competitions/{id}/results', {
            params: { path: { id: competition.id } },
            body: { results: v.results.map((r) => ({ personId: r.personId, occupationCode: r.occupationCode.trim(), placing: r.placing, ...(r.fieldSize ? { fieldSize: r.fieldSize } : {}) })) },
          }),
        )
      }
    >
      <Form.List name="results">
        {(rows, { add, remove }) => (
          <>
            {rows.map((row, i) => (
              <Space key={row.key} align="start" wrap>
                <Form.Item name={[row.name, 'personId']} label={i === 0 ? '职工' : undefined} rules={[{ required: true, message: '请选择职工' }]} style={{ width: 280 }}>
                  <WorkerPicker />
                </Form.Item>
                <Form.Item name={[row.name, 'occupationCode']} label={i === 0 ? '职业代码' : undefined} rules={[{ required: true, pattern: /^\d-\d{2}-\d{2}-\d{2}$/, message: '如 6-18-02-04' }]} style={{ width: 150 }}>
                  <Input placeholder="6-18-02-04" maxLength={10} />
                </Form.Item>
                <Form.Item name={[row.name, 'placing']} label={i === 0 ? '名次' : undefined} rules={[{ required: true, message: '请填写名次' }]} style={{ width: 100 }}>
                  <InputNumber min={1} max={100000} precision={0} style={{ width: '100%' }} />
                </Form.Item>
                <Form.Item name={[row.name, 'fieldSize']} label={i === 0 ? '参赛人数' : undefined} style={{ width: 110 }}>
                  <InputNumber min={1} max={1000000} precision={0} style={{ width: '100%' }} />
                </Form.Item>
                {rows.length > 1 && (
                  <Button type="link" onClick={() => remove(row.name)} style={{ marginTop: i === 0 ? 30 : 0 }}>
                    删除
                  </Button>
                )}
              </Space>
            ))}
            <Button type="dashed" onClick={() => add({ placing: rows.length + 1 })}>
              增加一行
            </Button>
          </>
        )}
      </Form.List>
    </FormModal>
  );
}

/** 竞赛: the competitions the enterprise may see, their results, and a promotion proposed from a result. */
function CompetitionsTab({ onPropose }: { onPropose: (c: Competition, r: Result) => void }) {
  const { me } = useAuth();
  const [registering, setRegistering] = useState(false);
  const [recording, setRecording] = useState<Competition | null>(null);
  const list = useQuery({ queryKey: ['competitions'], queryFn: async () => unwrap(await api.GET('/api/v1/competitions', { params: { query: { pageSize: 100 } } })) });
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <Button type="primary" onClick={() => setRegistering(true)}>
          登记企业竞赛
        </Button>
        <Typography.Text type="secondary">国家级、省级和市级竞赛由人社部门登记；名次录入后可申报以赛代评晋级。</Typography.Text>
      </Space>
      <QueryState query={list} empty={(p) => p.items.length === 0} emptyText="没有可见的竞赛">
        {(p) => (
          <Table<Competition>
            rowKey="id"
            size="middle"
            pagination={false}
            dataSource={p.items}
            expandable={{
              rowExpandable: (c) => c.results.length > 0,
              expandedRowRender: (c) => (
                <Table<Result>
                  rowKey="id"
                  size="small"
                  pagination={false}
                  dataSource={c.results}
                  columns={[
                    { title: '名次', dataIndex: 'placing' },
                    { title: '姓名', dataIndex: 'personName' },
                    { title: '职业', dataIndex: 'occupationCode' },
                    { title: '参赛人数', dataIndex: 'fieldSize', render: (n: number | null) => n ?? '—' },
                    {
                      title: '操作',
                      key: 'propose',
                      render: (_, r) => (
                        <Button size="small" onClick={() => onPropose(c, r)}>
                          申报晋级
                        </Button>
                      ),
                    },
                  ]}
                />
              ),
            }}
            columns={[
              { title: '竞赛', dataIndex: 'name' },
              { title: '级别', dataIndex: 'tierLabel', render: (v: string) => zh(v) },
              { title: '举办日期', dataIndex: 'heldOn', render: (d: string) => chinaDate(d) },
              { title: '主办', dataIndex: 'organizer' },
              { title: '名次', key: 'results', render: (_, c) => `${c.results.length}人` },
              {
                title: '操作',
                key: 'actions',
                render: (_, c) =>
                  c.organizationId === me?.organization?.id ? (
                    <Button size="small" onClick={() => setRecording(c)}>
                      录入名次
                    </Button>
                  ) : null,
              },
            ]}
          />
        )}
      </QueryState>
      {registering && (
        <FormModal<{ name: string; heldOn: Dayjs; organizer: string }>
          open
          title="登记企业竞赛"
          okText="登记"
          onClose={() => setRegistering(false)}
          done="竞赛已登记"
          invalidate={['competitions']}
          submit={async (v) => unwrap(await api.POST('/api/v1/competitions', { body: { name: v.name.trim(), tier: 'enterprise', heldOn: v.heldOn.format('YYYY-MM-DD'), organizer: v.organizer.trim() } }))}
        >
          <Form.Item name="name" label="竞赛名称" rules={[{ required: true, whitespace: true, message: '请填写竞赛名称' }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="heldOn" label="举办日期" rules={[{ required: true, message: '请选择举办日期' }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="organizer" label="主办单位" rules={[{ required: true, whitespace: true, message: '请填写主办单位' }]}>
            <Input maxLength={200} />
          </Form.Item>
        </FormModal>
      )}
      {recording && <ResultsModal competition={recording} onClose={() => setRecording(null)} />}
    </>
  );
}

/** 晋级申报: the promotions proposed from results, awaiting or decided by the bureau. */
function PromotionsTab({ onWithdraw }: { onWithdraw: (p: Promotion) => void }) {
  const list = useQuery({ queryKey: ['competition-promotions'], queryFn: async () => unwrap(await api.GET('/api/v1/competition-promotions', { params: { query: { pageSize: 100 } } })) });
  return (
    <QueryState query={list} empty={(p) => p.items.length === 0} emptyText="尚未申报以赛代评晋级">
      {(p) => (
        <Table<Promotion>
          rowKey="id"
          size="middle"
          pagination={false}
          dataSource={p.items}
          expandable={{ expandedRowRender: (x) => <AuditTrail entityId={x.id} /> }}
          columns={[
            { title: '姓名', dataIndex: 'personName' },
            { title: '竞赛', key: 'competition', render: (_, x) => `${x.competition.name}（${zh(x.competition.tierLabel)}）第${x.result.placing}名` },
            { title: '晋级', key: 'ranks', render: (_, x) => `${zh(x.fromRankLabel)} → ${zh(x.targetRankLabel)}` },
            { title: '状态', dataIndex: 'status', render: (_, x) => <StatusTag status={x.status} label={x.statusLabel} /> },
            { title: '决定', key: 'decided', render: (_, x) => (x.decidedAt ? `${chinaDayOf(x.decidedAt)}${x.decisionReason ? ` · ${x.decisionReason}` : ''}${x.certificateNumber ? ` · 证书 ${x.certificateNumber}` : ''}` : '—') },
            {
              title: '操作',
              key: 'actions',
              render: (_, x) =>
                x.allowedActions.includes('withdraw') ? (
                  <Button size="small" danger onClick={() => onWithdraw(x)}>
                    撤回
                  </Button>
                ) : null,
            },
          ]}
        />
      )}
    </QueryState>
  );
}

/** 以赛代评: competitions and their results; HR proposes the promotion a result earns, the bureau approves. */
export default function CompetitionsPage() {
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'promotions' ? 'promotions' : 'competitions';
  const [decision, setDecision] = useState<Decision | null>(null);
  const propose = (c: Competition, r: Result): Decision => ({
    title: `申报以赛代评晋级：${r.personName}`,
    intro: `${c.name}（${zh(c.tierLabel)}）第${r.placing}名。晋级等级按现行以赛代评规则确定，报人社局核准。`,
    fields: [{ name: 'note', label: '申报说明', optional: true }],
    run: async (v) => unwrap(await api.POST('/api/v1/competition-promotions', { body: { competitionResultId: r.id, ...(v.note ? { note: v.note } : {}) } })),
  });
  const withdraw = (p: Promotion): Decision => ({
    title: `撤回申报：${p.personName}`,
    danger: true,
    fields: [{ name: 'reason', label: '理由（记入审计）' }],
    run: async (v) => unwrap(await api.POST('/api/v1/competition-promotions/{id}/withdraw', { params: { path: { id: p.id } }, body: { reason: v.reason } })),
  });
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Typography.Title level={4} className="page-title">
        以赛代评
      </Typography.Title>
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(k) => setParams(k === 'promotions' ? { tab: k } : {})}
          items={[
            { key: 'competitions', label: '竞赛与名次', children: <CompetitionsTab onPropose={(c, r) => setDecision(propose(c, r))} /> },
            { key: 'promotions', label: '晋级申报', children: <PromotionsTab onWithdraw={(p) => setDecision(withdraw(p))} /> },
          ]}
        />
      </Card>
      <DecisionModal key={decision?.title ?? 'none'} decision={decision} onClose={() => setDecision(null)} invalidate={[['competition-promotions'], ['audit']]} />
    </Space>
  );
}
