import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Drawer, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { zh } from '../../api/problem';
import type { components } from '../../api/schema';
import { useAuth } from '../../auth/AuthContext';
import { AuditTrail } from '../../components/AuditTrail';
import { FormModal, ReasonField } from '../../components/FormModal';
import { OccupationSelect } from '../../components/OccupationSelect';
import { QueryState } from '../../components/QueryState';
import { useOccupationNames } from '../../components/useOccupationNames';
import { chinaDayOf } from '../worker/career/ladder-view';
import { useLadder } from '../worker/usePerson';
import { StatusTag } from './StatusTag';
import { NATIONAL_RANKS } from '@skill-ladder/vocabulary';

type Filing = components['schemas']['FilingResponseDto'];
type Status = Filing['status'];
type Decision = 'suspend' | 'reinstate';
type FilingRank = components['schemas']['FilingScopeItemDto']['ranks'][number];
type ApplyValues = { scope: { occupationCode?: string; ranks?: FilingRank[] }[]; note?: string };
const FILING_RANKS: readonly FilingRank[] = NATIONAL_RANKS;

const PAGE_SIZE = 20;
const STATUS_OPTIONS: { value: Status | ''; label: string }[] = [
  { value: '', label: '全部状态' },
  { value: 'approved', label: '已备案' },
  { value: 'suspended', label: '已暂停' },
  { value: 'applied', label: '待审批' },
  { value: 'rejected', label: '不予备案' },
];

/** 申请备案: the enterprise asks its bureau to file it as an evaluation body for occupations × levels. */
function ApplyFilingDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ladder = useLadder();
  const rankOptions = FILING_RANKS.map((code) => ({ value: code, label: ladder.data?.find((r) => r.code === code)?.labelZh ?? code }));
  return (
    <FormModal<ApplyValues>
      open={open}
      title="申请评价机构备案"
      okText="提交人社局"
      done="已提交备案申请，等待人社局审批"
      width={640}
      invalidate={['evaluation-bodies']}
      initialValues={{ scope: [{}] }}
      submit={async (v) =>
        unwrap(
          await api.POST('/api/v1/evaluation-bodies', {
            body: { scope: v.scope.map((s) => ({ occupationCode: s.occupationCode as string, ranks: s.ranks ?? [] })), note: v.note?.trim() || undefined },
          }),
        )
      }
      onClose={onClose}
    >
      <Typography.Paragraph type="secondary">按职业填写申请评价的等级；由本单位所在地人社局审批，准予备案后分配机构代码和站点序列码。</Typography.Paragraph>
      <Form.List name="scope">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <Space key={field.key} align="start" style={{ display: 'flex' }}>
                <Form.Item name={[field.name, 'occupationCode']} label={index === 0 ? '职业' : undefined} rules={[{ required: true, message: '请选择职业' }]} style={{ width: 280 }}>
                  <OccupationSelect by="code" ariaLabel={`职业 ${index + 1}`} />
                </Form.Item>
                <Form.Item name={[field.name, 'ranks']} label={index === 0 ? '等级' : undefined} rules={[{ required: true, type: 'array', min: 1, message: '请选择等级' }]} style={{ width: 260 }}>
                  <Select mode="multiple" aria-label={`等级 ${index + 1}`} options={rankOptions} placeholder="可多选" />
                </Form.Item>
                {fields.length > 1 && (
                  <Button type="text" aria-label="删除此行" icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} style={{ marginTop: index === 0 ? 30 : 0 }} />
                )}
              </Space>
            ))}
            {fields.length < 50 && (
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} style={{ marginBottom: 16 }}>
                增加职业
              </Button>
            )}
          </>
        )}
      </Form.List>
      <Form.Item name="note" label="申请说明（可选）">
        <Input.TextArea rows={3} maxLength={1000} showCount placeholder="如：本企业焊工队伍 320 人，具备实操考核场地" />
      </Form.Item>
    </FormModal>
  );
}

/** One filing read afresh, with its 办理记录 (the audit events of the filing). */
function FilingDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const query = useQuery({
    queryKey: ['evaluation-bodies', 'one', id],
    enabled: !!id,
    queryFn: async () => unwrap(await api.GET('/api/v1/evaluation-bodies/{id}', { params: { path: { id: id as string } } })),
  });
  const names = useOccupationNames((query.data?.scope ?? []).map((s) => s.occupationCode));
  return (
    <Drawer open={!!id} onClose={onClose} title={query.data ? `${query.data.organizationName} 评价机构备案` : '评价机构备案'} size={560} destroyOnHidden>
      <QueryState query={query}>
        {(f) => (
          <Space direction="vertical" size={16} style={{ width: '100%' }}>
            <Descriptions column={1} size="small" bordered>
              <Descriptions.Item label="状态">
                <StatusTag status={f.status} />
              </Descriptions.Item>
              <Descriptions.Item label="受理人社局">{f.bureauName}</Descriptions.Item>
              <Descriptions.Item label="备案范围">
                <Space direction="vertical" size={2}>
                  {f.scope.map((s) => (
                    <span key={s.occupationCode}>
                      {names.get(s.occupationCode) ?? s.occupationCode}：{s.rankLabels.map((l) => zh(l)).join('、')}
                    </span>
                  ))}
                </Space>
              </Descriptions.Item>
              <Descriptions.Item label="机构代码 / 站点序列码">{f.institutionCode ? `${f.institutionCode} / ${f.stationSerial ?? '—'}` : '—'}</Descriptions.Item>
              <Descriptions.Item label="申请日期">{chinaDayOf(f.appliedAt)}</Descriptions.Item>
              <Descriptions.Item label="申请说明">{f.applicationNote ?? '—'}</Descriptions.Item>
              <Descriptions.Item label="审批日期">{f.decidedAt ? chinaDayOf(f.decidedAt) : '—'}</Descriptions.Item>
              <Descriptions.Item label="审批意见">{f.decisionNote ?? '—'}</Descriptions.Item>
            </Descriptions>
            <Typography.Title level={5}>办理记录</Typography.Title>
            <AuditTrail entityId={f.id} />
          </Space>
        )}
      </QueryState>
    </Drawer>
  );
}

/**
 * 评价机构: the region's filed evaluation bodies with their scope (occupations × levels); the bureau
 * suspends or reinstates one with a reason. New filings are decided in the inbox (待办审批).
 */
export default function EvaluationBodiesPage() {
  const { role } = useAuth();
  const bureau = role === 'bureau_officer';
  const hr = role === 'hr_admin';
  const [applying, setApplying] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const [params, setParams] = useSearchParams();
  const page = Number(params.get('page') ?? '1') || 1;
  const status = (params.get('status') ?? '') as Status | '';
  const [deciding, setDeciding] = useState<{ filing: Filing; decision: Decision } | null>(null);
  const query = useQuery({
    queryKey: ['evaluation-bodies', page, status],
    placeholderData: (previous) => previous,
    queryFn: async () => unwrap(await api.GET('/api/v1/evaluation-bodies', { params: { query: { page, pageSize: PAGE_SIZE, ...(status ? { status } : {}) } } })),
  });
  const names = useOccupationNames((query.data?.items ?? []).flatMap((f) => f.scope.map((s) => s.occupationCode)));
  const suspending = deciding?.decision === 'suspend';

  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={4} className="page-title">
          {hr ? '评价机构备案' : '评价机构'}
        </Typography.Title>
        {hr && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setApplying(true)}>
            申请备案
          </Button>
        )}
      </Space>
      {hr && <ApplyFilingDialog open={applying} onClose={() => setApplying(false)} />}
      <FilingDrawer id={openId} onClose={() => setOpenId(null)} />
      <Card size="small">
        <Space wrap>
          <Select
            style={{ width: 160 }}
            aria-label="备案状态"
            value={status}
            onChange={(v) => setParams(v ? { status: v } : {})}
            options={STATUS_OPTIONS}
          />
          {bureau && (
            <Typography.Text type="secondary">
              新的备案申请在 <Link to="/bureau/inbox">待办审批</Link> 中办理
            </Typography.Text>
          )}
        </Space>
      </Card>
      <QueryState query={query}>
        {(data) => (
          <Table<Filing>
            rowKey="id"
            size="middle"
            loading={query.isFetching}
            dataSource={data.items}
            data-testid="evaluation-bodies"
            locale={{ emptyText: '没有评价机构备案' }}
            pagination={{
              current: data.page,
              pageSize: data.pageSize,
              total: data.total,
              showSizeChanger: false,
              showTotal: (total) => `共 ${total} 条备案`,
              onChange: (p) => setParams({ ...(status ? { status } : {}), page: String(p) }),
            }}
            columns={[
              { title: '企业', dataIndex: 'organizationName', render: (name: string, f) => (
                  <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setOpenId(f.id)}>
                    {name}
                  </Button>
                ),
              },
              {
                title: '备案范围（职业 × 等级）',
                key: 'scope',
                render: (_, f) => (
                  <Space direction="vertical" size={2}>
                    {f.scope.map((s) => (
                      <span key={s.occupationCode}>
                        {names.get(s.occupationCode) ?? s.occupationCode}：
                        {s.rankLabels.map((l) => (
                          <Tag key={l}>{zh(l)}</Tag>
                        ))}
                      </span>
                    ))}
                  </Space>
                ),
              },
              {
                title: '机构代码 / 站点序列码',
                key: 'codes',
                width: 170,
                render: (_, f) => (f.institutionCode ? `${f.institutionCode} / ${f.stationSerial ?? '—'}` : '—'),
              },
              { title: '申请日期', dataIndex: 'appliedAt', width: 130, render: (v: string) => chinaDayOf(v) },
              {
                title: '状态',
                dataIndex: 'status',
                width: 180,
                render: (s: string, f) => (
                  <Space direction="vertical" size={0}>
                    <StatusTag status={s} />
                    {f.decisionNote && (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {f.decisionNote}
                      </Typography.Text>
                    )}
                  </Space>
                ),
              },
              {
                title: '操作',
                key: 'actions',
                width: 90,
                render: (_, f) =>
                  (['suspend', 'reinstate'] as const)
                    .filter((d) => f.allowedDecisions.includes(d))
                    .map((d) => (
                      <Button key={d} type="link" size="small" danger={d === 'suspend'} onClick={() => setDeciding({ filing: f, decision: d })}>
                        {d === 'suspend' ? '暂停资格' : '恢复资格'}
                      </Button>
                    )),
              },
            ]}
          />
        )}
      </QueryState>

      <FormModal<{ reason: string }>
        open={deciding !== null}
        title={deciding ? `${suspending ? '暂停评价资格' : '恢复评价资格'}：${deciding.filing.organizationName}` : ''}
        danger={suspending}
        done={suspending ? '已暂停评价资格' : '已恢复评价资格'}
        invalidate={['evaluation-bodies']}
        onClose={() => setDeciding(null)}
        submit={async (v) => {
          const { filing, decision } = deciding as { filing: Filing; decision: Decision };
          const path = decision === 'suspend' ? '/api/v1/evaluation-bodies/{id}/suspend' : '/api/v1/evaluation-bodies/{id}/reinstate';
          return unwrap(await api.POST(path, { params: { path: { id: filing.id } }, body: { reason: v.reason } }));
        }}
      >
        <ReasonField />
      </FormModal>
    </Space>
  );
}
