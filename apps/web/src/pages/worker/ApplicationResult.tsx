import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { zh } from '../../api/problem';
import type { components } from '../../api/schema';
import { QueryState } from '../../components/QueryState';
import { chinaDate } from './career/ladder-view';

type Component = components['schemas']['ResultComponentDto'];

const STATUS_COLOR: Record<string, string> = { passed: 'success', failed: 'error', voided: 'default' };

/** 我的成绩: the result with each component's score, once the results are published; the way to object during publicity. */
export function ApplicationResult({ applicationId }: { applicationId: string }) {
  const query = useQuery({
    queryKey: ['application-result', applicationId],
    queryFn: async () => unwrap(await api.GET('/api/v1/applications/{id}/result', { params: { path: { id: applicationId } } })),
  });
  return (
    <Card size="small" title="认定结果" data-testid="application-result">
      <QueryState query={query}>
        {(r) =>
          r.stage === 'not_published' || !r.result ? (
            <Typography.Text type="secondary">成绩尚未公布。评分和复核完成后，结果将公示，届时可在此查看各项成绩。</Typography.Text>
          ) : (
            <>
              <Descriptions column={1} size="small">
                <Descriptions.Item label="结果">
                  <Tag color={STATUS_COLOR[r.result.status]}>{zh(r.result.statusLabel)}</Tag>
                </Descriptions.Item>
                {r.result.weightedTotal !== null && <Descriptions.Item label="加权总成绩">{r.result.weightedTotal}</Descriptions.Item>}
                {r.publishedOn && <Descriptions.Item label="公布日期">{chinaDate(r.publishedOn)}</Descriptions.Item>}
                {r.result.certificateNumber && <Descriptions.Item label="证书编号">{r.result.certificateNumber}</Descriptions.Item>}
                {r.result.voidReason && <Descriptions.Item label="说明">{r.result.voidReason}</Descriptions.Item>}
              </Descriptions>
              <Table<Component>
                size="small"
                rowKey="component"
                pagination={false}
                dataSource={r.result.components}
                columns={[
                  { title: '考核项目', dataIndex: 'label', render: (v: string) => zh(v) },
                  { title: '成绩', dataIndex: 'score', render: (v: number | null, c) => (v === null ? '—' : `${v}${c.carriedOver ? '（保留）' : ''}`) },
                  { title: '合格线', dataIndex: 'passMark' },
                  { title: '', dataIndex: 'passed', render: (v: boolean) => <Tag color={v ? 'success' : 'error'}>{v ? '合格' : '不合格'}</Tag> },
                ]}
              />
              {r.stage === 'published' && r.noticeId && (
                <Typography.Paragraph style={{ marginTop: 12 }}>
                  结果公示中，对公示内容有异议可 <Link to={`/worker/publicity/${r.noticeId}`}>查看公示并提出异议</Link>。
                </Typography.Paragraph>
              )}
            </>
          )
        }
      </QueryState>
    </Card>
  );
}
