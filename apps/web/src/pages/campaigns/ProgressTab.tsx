import { useQuery } from '@tanstack/react-query';
import { Card, Progress, Space, Table, Tag, Typography } from 'antd';
import { api, unwrap } from '../../api/client';
import { zh } from '../../api/problem';
import type { components } from '../../api/schema';
import { QueryState } from '../../components/QueryState';
import type { Campaign } from './campaign-board';

type ComponentProgress = components['schemas']['ComponentProgressDto'];
type EvaluatorProgress = components['schemas']['EvaluatorProgressDto'];

/** The level's own name for a component (e.g. 技能考核), else the API's label. */
export function componentLabelOf(campaign: Campaign, rank: string, component: string, fallback: string): string {
  const level = campaign.levels.find((l) => l.rank === rank);
  return zh(level?.components.find((c) => c.kind === component)?.label ?? fallback);
}

export function rankLabelOf(campaign: Campaign, rank: string): string {
  return zh(campaign.levels.find((l) => l.rank === rank)?.rankLabel ?? rank);
}

/**
 * 评分进度: per level and component, how many candidates are settled, and each evaluator's sheets
 * submitted, drafted or not started (the most outstanding first) — the list HR chases evaluators with.
 */
export function ProgressTab({ campaign }: { campaign: Campaign }) {
  const query = useQuery({
    queryKey: ['campaign', campaign.id, 'progress'],
    queryFn: async () => unwrap(await api.GET('/api/v1/campaigns/{campaignId}/scoring-progress', { params: { path: { campaignId: campaign.id } } })),
  });
  return (
    <QueryState query={query} empty={(p) => p.components.length === 0} emptyText="开始评分后显示评分进度">
      {(p) => (
        <Space direction="vertical" size={12} style={{ width: '100%' }}>
          {p.components.map((c) => (
            <ComponentCard key={`${c.rank}-${c.component}`} campaign={campaign} progress={c} />
          ))}
        </Space>
      )}
    </QueryState>
  );
}

function ComponentCard({ campaign, progress: c }: { campaign: Campaign; progress: ComponentProgress }) {
  const settled = c.scored + c.carriedOver + c.absent + c.voided;
  const sheets = c.sheetsSubmitted + c.sheetsDrafted + c.sheetsNotStarted;
  const title = `${rankLabelOf(campaign, c.rank)} · ${componentLabelOf(campaign, c.rank, c.component, c.componentLabel)}`;
  return (
    <Card size="small" title={title} data-testid="progress-component" extra={<Typography.Text type="secondary">考生 {c.candidates} 人</Typography.Text>}>
      <Space wrap size={[8, 8]} style={{ marginBottom: 8 }}>
        <Progress type="circle" size={56} percent={c.candidates ? Math.round((settled / c.candidates) * 100) : 0} aria-label={`${title} 已评定比例`} />
        <Tag color="success">已评定 {c.scored}</Tag>
        {c.carriedOver > 0 && <Tag color="purple">成绩保留 {c.carriedOver}</Tag>}
        <Tag color={c.pending ? 'processing' : 'default'}>{c.component === 'theory' ? '待导入' : '评分中'} {c.pending}</Tag>
        {c.moderation > 0 && <Tag color="warning">待复核 {c.moderation}</Tag>}
        {c.absent > 0 && <Tag>缺考 {c.absent}</Tag>}
        {c.voided > 0 && <Tag color="error">成绩无效 {c.voided}</Tag>}
      </Space>
      {c.component === 'theory' && c.evaluators.length === 0 ? (
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          理论考试成绩由考试系统导入（在“成绩”中导入），无需考评员评分。
        </Typography.Paragraph>
      ) : (
        <>
          <Typography.Paragraph style={{ margin: '4px 0 8px' }}>
            评分表 {sheets} 份：已提交 {c.sheetsSubmitted}，草稿 {c.sheetsDrafted}，未开始 {c.sheetsNotStarted}
          </Typography.Paragraph>
          <Table<EvaluatorProgress>
            rowKey="evaluatorProfileId"
            size="small"
            pagination={false}
            dataSource={c.evaluators}
            locale={{ emptyText: '没有考评员评分表' }}
            columns={[
              { title: '考评员', dataIndex: 'evaluatorName' },
              { title: '已提交', dataIndex: 'submitted', align: 'right' },
              { title: '草稿未提交', dataIndex: 'drafted', align: 'right' },
              { title: '未开始', dataIndex: 'notStarted', align: 'right' },
              {
                title: '状态',
                key: 'state',
                render: (_, e) =>
                  e.drafted + e.notStarted === 0 ? <Tag color="success">已完成</Tag> : <Tag color="warning">待催办：{e.drafted + e.notStarted} 份</Tag>,
              },
            ]}
          />
        </>
      )}
    </Card>
  );
}
