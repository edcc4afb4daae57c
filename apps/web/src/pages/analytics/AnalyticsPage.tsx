import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Card, Input, Space, Statistic, Table, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { api, downloadBinary, unwrap } from '../../api/client';
import { messageOf, zh } from '../../api/problem';
import type { components } from '../../api/schema';
import { useAuth } from '../../auth/AuthContext';
import { QueryState } from '../../components/QueryState';
import { Bars, percent } from './Bars';

type Report = components['schemas']['AnalyticsReportDto'];
type EnterpriseRates = components['schemas']['EnterpriseRatesDto'];

/** 技能人才统计: the bureau's region (a county inside it on request) or the HR's enterprise, with its XLSX export. */
export default function AnalyticsPage() {
  const { role, me } = useAuth();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const region = params.get('region') ?? '';
  const bureau = role === 'bureau_officer';
  const organizationId = me?.organization?.id as string;
  const query = useQuery({
    queryKey: ['analytics', role, region, organizationId],
    queryFn: async (): Promise<Report> =>
      bureau
        ? unwrap(await api.GET('/api/v1/analytics/region', { params: { query: /^\d{6}$/.test(region) ? { regionCode: region } : {} } }))
        : unwrap(await api.GET('/api/v1/analytics/enterprises/{organizationId}', { params: { path: { organizationId } } })),
  });
  const exportPath = bureau
    ? `/api/v1/analytics/region/export${/^\d{6}$/.test(region) ? `?regionCode=${region}` : ''}`
    : `/api/v1/analytics/enterprises/${organizationId}/export`;

  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={4} className="page-title">
          技能人才统计
        </Typography.Title>
        <Space wrap>
          {bureau && region && <Button onClick={() => setParams({})}>返回全辖区</Button>}
          {bureau && (
            <Input.Search
              key={region}
              allowClear
              placeholder="区县代码，如 141181"
              defaultValue={region}
              style={{ width: 220 }}
              onSearch={(v) => setParams(v.trim() ? { region: v.trim() } : {})}
            />
          )}
          <Button icon={<DownloadOutlined />} onClick={() => downloadBinary(exportPath, 'analytics.xlsx').catch((e) => message.error(messageOf(e)))}>
            导出 XLSX
          </Button>
        </Space>
      </Space>
      <QueryState query={query}>
        {(r) => (
          <>
            <Typography.Text type="secondary">
              {r.scope.kind === 'region' ? `辖区 ${r.scope.regionName ?? ''}（${r.scope.regionCode}）` : r.scope.organizationName} · 统计日期 {r.asOf} · 按职工当前的用工单位计
            </Typography.Text>
            <div className="kpis">
              <Card size="small">
                <Statistic title="在岗职工" value={r.totals.workers} />
              </Card>
              <Card size="small">
                <Statistic title="持证率" value={percent(r.totals.certificationRate)} />
              </Card>
              <Card size="small">
                <Statistic title="高技能人才占比（三级及以上）" value={percent(r.totals.highSkilledShare)} />
              </Card>
              <Card size="small">
                <Statistic title="现已符合晋级申报条件" value={r.pipeline.now} suffix="人" />
              </Card>
            </div>
            {r.scope.kind === 'region' && (
              <Card size="small" title="各企业">
                <Table<EnterpriseRates>
                  size="small"
                  rowKey="id"
                  pagination={false}
                  dataSource={r.enterprises}
                  data-testid="analytics-enterprises"
                  columns={[
                    { title: '企业', dataIndex: 'name' },
                    {
                      title: '区划（点击查看该区县）',
                      dataIndex: 'regionCode',
                      render: (code: string) =>
                        code === r.scope.regionCode ? (
                          code
                        ) : (
                          <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setParams({ region: code })}>
                            {code}
                          </Button>
                        ),
                    },
                    { title: '职工', dataIndex: 'workers' },
                    { title: '持证率', dataIndex: 'certificationRate', render: percent },
                    { title: '高技能人才占比', dataIndex: 'highSkilledShare', render: percent },
                  ]}
                />
              </Card>
            )}
            <Card size="small" title="等级分布">
              <Bars label="等级分布" rows={r.byRank.map((b) => ({ key: b.rank, label: zh(b.label), value: b.workers }))} />
            </Card>
            <Card size="small" title="晋级储备（下一级可申报时间）">
              <Bars label="晋级储备" rows={r.pipeline.buckets.map((b) => ({ key: b.bucket, label: zh(b.label), value: b.workers }))} />
            </Card>
            <Card size="small" title="劳务派遣工与正式职工持证率">
              <Bars
                label="持证率对比"
                format={(v) => `${v.toFixed(1)}%`}
                rows={[
                  { key: 'regular', label: '正式职工', value: r.certificationRates.regular.certificationRate ?? 0 },
                  { key: 'dispatched', label: '劳务派遣工', value: r.certificationRates.dispatched.certificationRate ?? 0 },
                ]}
              />
            </Card>
            <Card size="small" title="各职业持证率">
              <Bars
                label="各职业持证率"
                format={(v) => `${v.toFixed(1)}%`}
                rows={r.byOccupation.map((o) => ({ key: o.occupationCode ?? 'none', label: o.occupationName ?? o.occupationCode ?? '未登记职业', value: o.certificationRate ?? 0 }))}
              />
            </Card>
          </>
        )}
      </QueryState>
    </Space>
  );
}
