import { useQuery } from '@tanstack/react-query';
import { PictureOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ApiError } from '../../api/problem';
import type { components, paths } from '../../api/schema';
import { useAuth } from '../../auth/AuthContext';
import { QueryState } from '../../components/QueryState';
import { useOccupationNames } from '../../components/useOccupationNames';
import { useLadder } from '../worker/usePerson';
import { ImportPhotosDialog } from './ImportPhotosDialog';
import { ImportWorkersDialog } from './ImportWorkersDialog';
import { EMPLOYMENT_TYPE_ZH } from './labels';
import { useUrlFilters } from '../../components/useUrlFilters';

type Worker = components['schemas']['WorkerSummaryDto'];
type Query = NonNullable<paths['/api/v1/workers']['get']['parameters']['query']>;
type Filters = NonNullable<paths['/api/v1/workers/count']['get']['parameters']['query']>;

const PAGE_SIZE = 20;

/** 职工: search by name, occupation and employment type, server-side pages, the filters in the address. */
export default function WorkersPage() {
  const { role } = useAuth();
  const base = role === 'bureau_officer' ? '/bureau/workers' : '/hr/workers';
  const [params, update] = useUrlFilters();
  const [importing, setImporting] = useState(false);
  const [importingPhotos, setImportingPhotos] = useState(false);
  const page = Number(params.get('page') ?? '1') || 1;
  const name = params.get('name') ?? '';
  const occupationCode = params.get('occupation') ?? '';
  const employmentType = params.get('type') ?? '';
  // Going on to the next page names the last worker seen (`after`), so the server starts there
  // instead of skipping every earlier page: a 60,000-worker enterprise pages as fast at page 700.
  const after = params.get('after') ?? '';
  const ladder = useLadder();
  const rankLabel = (code: string | null) => (code ? (ladder.data?.find((r) => r.code === code)?.labelZh ?? code) : '—');
  const filters: Filters = {};
  if (name) filters.name = name;
  if (/^\d-\d{2}-\d{2}-\d{2}$/.test(occupationCode)) filters.occupationCode = occupationCode;
  if (employmentType) filters.employmentType = employmentType as Worker['currentEmployments'][number]['employmentType'];
  // The pages come without a count; the count is asked once per set of filters (and again after an
  // import, which invalidates 'workers'), so paging through a large enterprise counts nothing.
  const query = useQuery({
    queryKey: ['workers', 'page', page, after, filters],
    placeholderData: (previous) => previous,
    queryFn: async () => {
      const q: Query = { ...filters, page, pageSize: PAGE_SIZE, withTotal: false };
      if (/^[0-9a-f-]{36}$/i.test(after)) q.after = after;
      return unwrap(await api.GET('/api/v1/workers', { params: { query: q } }));
    },
  });
  // A shared or stale address whose `after` names a worker this user cannot see (404): the same
  // page number by position instead of an error with no way on.
  const staleAnchor = Boolean(after) && query.error instanceof ApiError && query.error.status === 404;
  useEffect(() => {
    if (staleAnchor) update({ page: String(page), after: undefined });
  }, [staleAnchor]); // once per stale anchor
  const count = useQuery({
    queryKey: ['workers', 'count', filters],
    queryFn: async () => unwrap(await api.GET('/api/v1/workers/count', { params: { query: filters } })),
  });
  const names = useOccupationNames((query.data?.items ?? []).flatMap((w) => w.currentEmployments.map((e) => e.occupationCode).filter((c): c is string => Boolean(c))));

  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={4} className="page-title">
          职工
        </Typography.Title>
        {role === 'hr_admin' && (
          <Space wrap>
            <Button icon={<PictureOutlined />} onClick={() => setImportingPhotos(true)}>
              导入照片
            </Button>
            <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
              导入
            </Button>
          </Space>
        )}
      </Space>
      {role === 'hr_admin' && <ImportWorkersDialog open={importing} onClose={() => setImporting(false)} />}
      {role === 'hr_admin' && <ImportPhotosDialog open={importingPhotos} onClose={() => setImportingPhotos(false)} />}
      <Card size="small">
        <Space wrap>
          <Input.Search allowClear placeholder="姓名（开头匹配）" defaultValue={name} style={{ width: 220 }} onSearch={(v) => update({ name: v.trim() || undefined })} />
          <Input.Search allowClear placeholder="职业代码，如 6-18-02-04" defaultValue={occupationCode} style={{ width: 240 }} onSearch={(v) => update({ occupation: v.trim() || undefined })} />
          <Select
            style={{ width: 160 }}
            value={employmentType}
            onChange={(v) => update({ type: v || undefined })}
            options={[{ value: '', label: '全部用工形式' }, ...Object.entries(EMPLOYMENT_TYPE_ZH).map(([value, label]) => ({ value, label }))]}
          />
        </Space>
      </Card>
      <QueryState query={query}>
        {(data) => (
          <Table<Worker>
            rowKey="id"
            size="middle"
            scroll={{ x: true }}
            loading={query.isFetching}
            dataSource={data.items}
            locale={{ emptyText: '没有符合条件的职工' }}
            pagination={{
              current: data.page,
              pageSize: data.pageSize,
              // Until the count arrives, as many pages as are known to exist.
              // Never fewer than the rows known to exist: an estimate, or a count read before
              // workers were added, must not disable 下一页 while the server says there is more.
              total: Math.max(count.data?.total ?? 0, (data.page - 1) * data.pageSize + data.items.length + (data.hasMore ? 1 : 0)),
              showSizeChanger: false,
              showTotal: () =>
                count.isError ? '人数暂时无法统计' : !count.data ? '正在统计人数…' : count.data.totalIsEstimate ? `约 ${count.data.total.toLocaleString('zh-CN')} 人（超过一万人时为估算）` : `共 ${count.data.total.toLocaleString('zh-CN')} 人`,
              onChange: (p) => {
                // Not from the previous filters' rows still shown while the new page loads.
                const last = query.isPlaceholderData ? undefined : data.items.at(-1);
                update({ page: String(p), after: p === data.page + 1 && last ? last.id : undefined });
              },
            }}
            columns={[
              { title: '姓名', dataIndex: 'fullName', render: (v: string, w) => <Link to={`${base}/${w.id}`}>{v}</Link> },
              { title: '身份证号', dataIndex: 'idNumberMasked' },
              { title: '性别', dataIndex: 'sex', render: (v: Worker['sex']) => (v === 'male' ? '男' : '女') },
              { title: '出生日期', dataIndex: 'birthDate' },
              { title: '最高等级', dataIndex: 'highestRank', render: (v: string | null) => rankLabel(v) },
              {
                title: '在岗',
                key: 'employments',
                render: (_, w) => (
                  <Space size={4} wrap>
                    {w.currentEmployments.map((e, i) => (
                      <Tag key={i} color={e.employmentType === 'dispatched' ? 'orange' : undefined}>
                        {EMPLOYMENT_TYPE_ZH[e.employmentType] ?? e.employmentType}
                        {e.occupationCode ? ` · ${names.get(e.occupationCode) ?? e.occupationCode}` : ''}
                      </Tag>
                    ))}
                  </Space>
                ),
              },
            ]}
          />
        )}
      </QueryState>
    </Space>
  );
}
