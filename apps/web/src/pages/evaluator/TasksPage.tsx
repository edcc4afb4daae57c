import { useQuery } from '@tanstack/react-query';
import { Card, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { QueryState } from '../../components/QueryState';
import { zh } from '../../api/problem';

type Sheet = components['schemas']['ScoreSheetDto'];

/** 我的任务: the candidates the evaluator was drawn for, per campaign, drafts first. */
export default function TasksPage() {
  const [status, setStatus] = useState<'draft' | 'submitted' | 'all'>('draft');
  const query = useQuery({
    queryKey: ['score-sheets', status],
    queryFn: async () => unwrap(await api.GET('/api/v1/score-sheets', { params: { query: status === 'all' ? {} : { status } } })),
  });

  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Typography.Title level={4} className="page-title">
        我的评分任务
      </Typography.Title>
      <Segmented
        value={status}
        onChange={(v) => setStatus(v as typeof status)}
        options={[
          { value: 'draft', label: '待评分' },
          { value: 'submitted', label: '已提交' },
          { value: 'all', label: '全部' },
        ]}
      />
      <QueryState query={query} empty={(list) => list.length === 0} emptyText={status === 'draft' ? '没有待评分的考生' : '暂无评分表'}>
        {(list) => {
          const campaigns = [...new Map(list.map((s) => [s.campaignId, s.campaignName])).entries()];
          return campaigns.map(([campaignId, name]) => (
            <Card key={campaignId} size="small" title={name}>
              <Table<Sheet>
                size="middle"
                rowKey="id"
                pagination={false}
                scroll={{ x: true }}
                dataSource={list.filter((s) => s.campaignId === campaignId)}
                columns={[
                  { title: '准考证号', dataIndex: 'ticketNumber', render: (v: string | null) => v ?? '—' },
                  { title: '考生', dataIndex: 'candidateName' },
                  { title: '等级', dataIndex: 'rankLabel', render: (v: string) => zh(v) },
                  { title: '考核项目', dataIndex: 'componentLabel', render: (v: string) => zh(v) },
                  {
                    title: '状态',
                    dataIndex: 'status',
                    render: (v: Sheet['status'], s) => <Tag color={v === 'submitted' ? 'success' : 'processing'}>{zh(s.statusLabel)}</Tag>,
                  },
                  { title: '分数', dataIndex: 'score', render: (v: number | null) => v ?? '—' },
                  {
                    title: '操作',
                    key: 'open',
                    render: (_, s) => <Link to={`/evaluator/sheets/${s.id}`}>{s.status === 'submitted' ? '查看' : '评分'}</Link>,
                  },
                ]}
              />
            </Card>
          ));
        }}
      </QueryState>
    </Space>
  );
}
