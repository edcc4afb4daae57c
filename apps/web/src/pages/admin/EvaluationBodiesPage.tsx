import { useQuery } from '@tanstack/react-query';
import { Button, Card, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { zh } from '../../api/problem';
import type { components } from '../../api/schema';
import { useAuth } from '../../auth/AuthContext';
import { FormModal, ReasonField } from '../../components/FormModal';
import { QueryState } from '../../components/QueryState';
import { useOccupationNames } from '../../components/useOccupationNames';
import { chinaDayOf } from '../worker/career/ladder-view';
import { StatusTag } from './StatusTag';

type Filing = components['schemas']['FilingResponseDto'];
type Status = Filing['status'];
type Decision = 'suspend' | 'reinstate';

const PAGE_SIZE = 20;
const STATUS_OPTIONS: { value: Status | ''; label: string }[] = [
  { value: '', label: '全部状态' },
  { value: 'approved', label: '已备案' },
  { value: 'suspended', label: '已暂停' },
  { value: 'applied', label: '待审批' },
  { value: 'rejected', label: '不予备案' },
];

/**
 * 评价机构: the region's filed evaluation bodies with their scope (occupations × levels); the bureau
 * suspends or reinstates one with a reason. New filings are decided in the inbox (待办审批).
 */
export default function EvaluationBodiesPage() {
  const { role } = useAuth();
  const bureau = role === 'bureau_officer';
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
      <Typography.Title level={4} className="page-title">
        评价机构
      </Typography.Title>
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
              { title: '企业', dataIndex: 'organizationName' },
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
