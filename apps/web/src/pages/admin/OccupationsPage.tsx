import { UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Input, List, Space, Table, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { api, authFetch, toApiError, unwrap } from '../../api/client';
import { ApiError, fieldMessage, messageOf } from '../../api/problem';
import type { components } from '../../api/schema';
import { QueryState } from '../../components/QueryState';

type Occupation = components['schemas']['OccupationResponseDto'];
type ImportReport = components['schemas']['OccupationImportReportDto'];

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const PAGE_SIZE = 20;

/** 职业目录: the national occupation catalogue, searched by code or name; imported from XLSX with every bad row named. */
export default function OccupationsPage() {
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const page = Number(params.get('page') ?? '1') || 1;
  const q = params.get('q') ?? '';
  const [outcome, setOutcome] = useState<{ report?: ImportReport; error?: unknown } | null>(null);
  const [importing, setImporting] = useState(false);
  const query = useQuery({
    queryKey: ['occupations', 'catalogue', page, q],
    placeholderData: (previous) => previous,
    queryFn: async () => unwrap(await api.GET('/api/v1/occupations', { params: { query: { page, pageSize: PAGE_SIZE, ...(q ? { q } : {}) } } })),
  });
  const importFile = async (file: File) => {
    setImporting(true);
    setOutcome(null);
    try {
      const response = await authFetch(new Request(new URL('/api/v1/occupations/import', window.location.origin), { method: 'POST', headers: { 'content-type': XLSX }, body: file }));
      const body: unknown = await response.json().catch(() => undefined);
      if (!response.ok) throw toApiError(body, response);
      setOutcome({ report: body as ImportReport });
      await queryClient.invalidateQueries({ queryKey: ['occupations'] });
    } catch (error) {
      setOutcome({ error });
    } finally {
      setImporting(false);
    }
  };

  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={4} className="page-title">
          职业目录
        </Typography.Title>
        <Upload accept=".xlsx" showUploadList={false} beforeUpload={(file) => (void importFile(file), false)}>
          <Button icon={<UploadOutlined />} loading={importing}>
            导入 XLSX
          </Button>
        </Upload>
      </Space>
      {outcome?.report && (
        <Alert
          type="success"
          showIcon
          closable
          onClose={() => setOutcome(null)}
          title={`导入完成：共 ${outcome.report.rows} 行，新增 ${outcome.report.created}，更新 ${outcome.report.updated}，未变 ${outcome.report.unchanged}`}
        />
      )}
      {outcome?.error !== undefined && (
        <Alert
          type="error"
          showIcon
          closable
          role="alert"
          onClose={() => setOutcome(null)}
          title={`未导入：${messageOf(outcome.error)}`}
          description={
            outcome.error instanceof ApiError && outcome.error.problem.errors?.length ? (
              <List size="small" dataSource={outcome.error.problem.errors.slice(0, 20)} renderItem={(e) => <List.Item>{`${e.field}：${fieldMessage(e)}`}</List.Item>} />
            ) : undefined
          }
        />
      )}
      <Card size="small">
        <Input.Search allowClear placeholder="职业编码前缀或名称" defaultValue={q} style={{ width: 280 }} onSearch={(v) => setParams(v.trim() ? { q: v.trim() } : {})} />
      </Card>
      <QueryState query={query}>
        {(data) => (
          <Table<Occupation>
            rowKey="id"
            size="middle"
            loading={query.isFetching}
            dataSource={data.items}
            locale={{ emptyText: '没有符合条件的职业' }}
            pagination={{
              current: data.page,
              pageSize: data.pageSize,
              total: data.total,
              showSizeChanger: false,
              showTotal: (total) => `共 ${total} 个职业`,
              onChange: (p) => setParams({ ...(q ? { q } : {}), page: String(p) }),
            }}
            columns={[
              { title: '编码', dataIndex: 'code', width: 120 },
              { title: '名称', dataIndex: 'nameZh', width: 180 },
              { title: '工种', dataIndex: 'workTypes', render: (w: string[]) => (w.length ? w.join('、') : '—') },
              { title: '来源', dataIndex: 'organizationId', width: 100, render: (id: string | null) => (id ? '地方增补' : '国家大典') },
              { title: '状态', dataIndex: 'status', width: 90, render: (s: Occupation['status']) => (s === 'active' ? <Tag color="green">现行</Tag> : <Tag>已撤销</Tag>) },
            ]}
          />
        )}
      </QueryState>
    </Space>
  );
}
