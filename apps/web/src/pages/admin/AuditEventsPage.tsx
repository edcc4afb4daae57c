import { useQuery } from '@tanstack/react-query';
import { Card, Input, Space, Table, Typography } from 'antd';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { QueryState } from '../../components/QueryState';
import { chinaTime } from './shared';
import './admin.css';
import { useUrlFilters } from '../../components/useUrlFilters';

type AuditEvent = components['schemas']['AuditEventDto'];

const PAGE_SIZE = 30;

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
