import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Card, Input, Space, Statistic, Table, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { api, downloadBinary, unwrap } from '../../api/client';
import { messageOf, zh } from '../../api/problem';
import type { components } from '../../api/schema';
import { useAuth } from '../../auth/AuthContext';
import { QueryState } from '../../components/QueryState';
import { ChartCard } from './ChartCard';
import { percent } from './percent';

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
  const exportOf = (section?: string) => {
    const search = new URLSearchParams();
    if (bureau && /^\d{6}$/.test(region)) search.set('regionCode', region);
    if (section) search.set('section', section);
    const query = search.size ? `?${search}` : '';
    return bureau ? `/api/v1/analytics/region/export${query}` : `/api/v1/analytics/enterprises/${organizationId}/export${query}`;
  };

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
          <Button icon={<DownloadOutlined />} onClick={() => downloadBinary(exportOf(), 'analytics.xlsx').catch((e) => message.error(messageOf(e)))}>
            导出 XLSX
          </Button>
        </Space>
      </Space>
      <QueryState query={query}>
        {(r) => (
          <div className="analytics-body">
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
            <div className="charts">{charts(r, exportOf)}</div>
          </div>
        )}
      </QueryState>
    </Space>
  );
}

const count = (n: number) => `${n}`;

/** The report's views as charts, each with its table and its own export (the API's `section`). */
function charts(r: Report, exportOf: (section: string) => string) {
  const occupationName = (o: { occupationCode: string | null; occupationName: string | null }) => o.occupationName ?? o.occupationCode ?? '未登记职业';
  const employment = [
    { key: 'regular', label: '正式职工', rates: r.certificationRates.regular },
    { key: 'dispatched', label: '劳务派遣工', rates: r.certificationRates.dispatched },
  ];
  const severity = r.evaluatorSeverity;
  const bucket = (key: string) => r.pipeline.buckets.find((b) => b.bucket === key)?.workers ?? 0;
  const deviation = (v: number) => `${v > 0 ? '+' : ''}${v.toFixed(2)}`;
  return (
    <>
      <ChartCard
        title="等级分布"
        testId="chart-rank"
        unit="人"
        categories={r.byRank.map((b) => zh(b.label))}
        series={[{ name: '职工人数', values: r.byRank.map((b) => b.workers) }]}
        table={{ columns: ['等级', '人数'], rows: r.byRank.map((b) => ({ key: b.rank, cells: [zh(b.label), count(b.workers)] })) }}
        exportPath={exportOf('byRank')}
        nothing={r.totals.workers === 0}
        empty="暂无在岗职工"
      />
      <ChartCard
        title="各职业持证率与高技能人才占比"
        testId="chart-occupation"
        unit="%"
        categories={r.byOccupation.map(occupationName)}
        series={[
          { name: '持证率', values: r.byOccupation.map((o) => o.certificationRate) },
          { name: '高技能人才占比', values: r.byOccupation.map((o) => o.highSkilledShare) },
        ]}
        note="高技能人才：三级/高级工及以上"
        table={{
          columns: ['职业', '职工', '持证率', '高技能人才', '高技能人才占比'],
          rows: r.byOccupation.map((o) => ({
            key: o.occupationCode ?? 'none',
            cells: [occupationName(o), count(o.workers), percent(o.certificationRate), count(o.highSkilled), percent(o.highSkilledShare)],
          })),
        }}
        exportPath={exportOf('byOccupation')}
        empty="暂无在岗职工"
      />
      <ChartCard
        title="晋级储备（按下一等级）"
        testId="chart-pipeline"
        unit="人"
        categories={r.pipeline.byNextRank.map((p) => zh(p.label))}
        series={[
          { name: '现已符合', values: r.pipeline.byNextRank.map((p) => p.now) },
          { name: '6个月内', values: r.pipeline.byNextRank.map((p) => p.within6Months) },
          { name: '12个月内', values: r.pipeline.byNextRank.map((p) => p.within12Months) },
        ]}
        note={`可申报下一等级：现已符合 ${r.pipeline.now} 人，6个月内 ${r.pipeline.within6Months} 人，12个月内 ${r.pipeline.within12Months} 人（累计）；12个月以后 ${bucket('later')} 人，尚缺时间以外的条件 ${bucket('not_by_time')} 人`}
        table={{
          columns: ['下一等级', '现已符合', '6个月内符合', '12个月内符合'],
          rows: [
            ...r.pipeline.byNextRank.map((p) => ({ key: p.rank, cells: [zh(p.label), count(p.now), count(p.within6Months), count(p.within12Months)] })),
            { key: 'total', cells: ['合计', count(r.pipeline.now), count(r.pipeline.within6Months), count(r.pipeline.within12Months)] },
          ],
        }}
        exportPath={exportOf('pipeline')}
        empty="暂无可晋级的职工"
      />
      <ChartCard
        title="劳务派遣工与正式职工"
        testId="chart-employment"
        unit="%"
        categories={employment.map((e) => e.label)}
        series={[
          { name: '持证率', values: employment.map((e) => e.rates.certificationRate) },
          { name: '高技能人才占比', values: employment.map((e) => e.rates.highSkilledShare) },
        ]}
        table={{
          columns: ['用工形式', '职工', '持证人数', '持证率', '高技能人才占比'],
          rows: employment.map((e) => ({ key: e.key, cells: [e.label, count(e.rates.workers), count(e.rates.certified), percent(e.rates.certificationRate), percent(e.rates.highSkilledShare)] })),
        }}
        exportPath={exportOf('byEmploymentType')}
        empty="暂无正式职工或劳务派遣工"
      />
      <ChartCard
        title="各职业认定通过率"
        testId="chart-pass-rates"
        unit="%"
        categories={r.passRates.map(occupationName)}
        series={[{ name: '通过率', values: r.passRates.map((p) => p.passRate) }]}
        note="已公布的认定结果；作弊、违纪等成绩无效者计入参评人数"
        table={{
          columns: ['职业', '参评人数', '通过', '未通过', '成绩无效', '通过率'],
          rows: r.passRates.map((p) => ({ key: p.occupationCode, cells: [occupationName(p), count(p.candidates), count(p.passed), count(p.failed), count(p.voided), percent(p.passRate)] })),
        }}
        exportPath={exportOf('passRates')}
        empty="暂无已公布的认定结果"
      />
      <ChartCard
        title="考评员评分宽严"
        testId="chart-severity"
        unit="分"
        signed
        categories={severity.evaluators.map((e) => e.name)}
        series={[{ name: '与评分组均分之差', values: severity.evaluators.map((e) => e.meanDeviation) }]}
        note={`与同一考生同一科目评分组均分之差（分）：负值偏严，正值偏松；仅列至少 ${severity.minSheets} 份评分表的考评员`}
        table={{
          columns: ['考评员', '评分表', '考生', '平均给分', '与均分之差'],
          rows: severity.evaluators.map((e) => ({
            key: e.evaluatorProfileId,
            cells: [e.name, count(e.sheets), count(e.candidates), e.meanScore.toFixed(2), deviation(e.meanDeviation)],
          })),
        }}
        exportPath={exportOf('evaluatorSeverity')}
        empty={`暂无评分表达到 ${severity.minSheets} 份的考评员`}
      />
    </>
  );
}
