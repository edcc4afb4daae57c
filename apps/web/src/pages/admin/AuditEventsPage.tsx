import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Input, Space, Table, Typography } from 'antd';
import { api, unwrap } from '../../api/client';
import { messageOf } from '../../api/problem';
import type { components } from '../../api/schema';
import { QueryState } from '../../components/QueryState';
import { chinaTime } from './shared';
import './admin.css';
import { useUrlFilters } from '../../components/useUrlFilters';

type AuditEvent = components['schemas']['AuditEventDto'];

const PAGE_SIZE = 30;

const PROBLEMS: Record<components['schemas']['AuditChainBreakDto']['problem'], string> = {
  hash_mismatch: '该事件的内容被改动（哈希不符）',
  prev_hash_mismatch: '该事件之前的记录被删除或插入（前序哈希不符）',
  seq_gap: '序号中断，有事件被删除',
};

/**
 * 审计链校验: recomputes every hash chain now (the same check as `npm run audit:verify`); run on
 * request, not on every visit, since it reads the whole log.
 */
function ChainStatus() {
  const check = useMutation({ mutationFn: async () => unwrap(await api.GET('/api/v1/audit-events/chain-status')) });
  const s = check.data;
  return (
    <Card size="small" data-testid="audit-chain">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <Button icon={<SafetyCertificateOutlined />} loading={check.isPending} onClick={() => check.mutate()}>
            校验审计链
          </Button>
          <Typography.Text type="secondary">重新计算每条哈希链，确认审计记录未被改动、删除或插入。</Typography.Text>
        </Space>
        {check.isError && <Alert type="error" showIcon role="alert" title={messageOf(check.error)} />}
        {s?.intact && <Alert type="success" showIcon title={`审计链完整：${s.chains} 条链、${s.events} 个事件校验通过（${chinaTime(s.checkedAt)}）`} />}
        {s && s.firstBreak && (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={`审计链断裂：链 ${s.firstBreak.chainKey} 第 ${s.firstBreak.seq} 号事件（编号 ${s.firstBreak.id}）`}
            description={`${PROBLEMS[s.firstBreak.problem]}。在此之前已校验 ${s.events} 个事件（${chinaTime(s.checkedAt)}）。`}
          />
        )}
      </Space>
    </Card>
  );
}

/** 审计日志 (read-only): who changed what, when and why, newest first, with the record before and after. */
export default function AuditEventsPage() {
  const [params, update] = useUrlFilters();
  const page = Number(params.get('page') ?? '1') || 1;
  const action = params.get('action') ?? '';
  const entityType = params.get('entityType') ?? '';
  const query = useQuery({
    queryKey: ['audit-events', page, action, entityType],
    placeholderData: (previous) => previous,
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/audit-events', { params: { query: { page, pageSize: PAGE_SIZE, ...(action ? { action } : {}), ...(entityType ? { entityType } : {}) } } })),
  });

  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Typography.Title level={4} className="page-title">
        审计日志
      </Typography.Title>
      <ChainStatus />
      <Card size="small">
        <Space wrap>
          <Input.Search allowClear placeholder="操作，如 organization.create" defaultValue={action} style={{ width: 260 }} onSearch={(v) => update({ action: v.trim() || undefined })} />
          <Input.Search allowClear placeholder="对象类型，如 user" defaultValue={entityType} style={{ width: 220 }} onSearch={(v) => update({ entityType: v.trim() || undefined })} />
          <Typography.Text type="secondary">只读；每条记录在哈希链中，不能修改或删除。</Typography.Text>
        </Space>
      </Card>
      <QueryState query={query}>
        {(data) => (
          <Table<AuditEvent>
            rowKey="id"
            size="small"
            loading={query.isFetching}
            dataSource={data.items}
            data-testid="audit-events"
            locale={{ emptyText: '没有审计记录' }}
            expandable={{
              rowExpandable: (e) => e.before !== null || e.after !== null,
              expandedRowRender: (e) => (
                <div className="audit-diff">
                  <div>
                    <Typography.Text type="secondary">变更前</Typography.Text>
                    <pre>{JSON.stringify(e.before, null, 2) ?? '—'}</pre>
                  </div>
                  <div>
                    <Typography.Text type="secondary">变更后</Typography.Text>
                    <pre>{JSON.stringify(e.after, null, 2) ?? '—'}</pre>
                  </div>
                </div>
              ),
            }}
            pagination={{
              current: data.page,
              pageSize: data.pageSize,
              total: data.total,
              showSizeChanger: false,
              showTotal: (total) => `共 ${total} 条`,
              onChange: (p) => update({ page: String(p) }),
            }}
            columns={[
              { title: '时间（北京时间）', dataIndex: 'occurredAt', width: 160, render: (v: string) => chinaTime(v) },
              { title: '操作', dataIndex: 'action', width: 220 },
              { title: '对象', key: 'entity', render: (_, e) => `${e.entityType}${e.entityId ? ` · ${e.entityId.slice(0, 8)}` : ''}` },
              { title: '操作人', dataIndex: 'actorUsername', width: 160, render: (v: string | null) => v ?? '系统' },
              { title: '理由', dataIndex: 'reason', ellipsis: true, render: (v: string | null) => v ?? '—' },
            ]}
          />
        )}
      </QueryState>
    </Space>
  );
}
