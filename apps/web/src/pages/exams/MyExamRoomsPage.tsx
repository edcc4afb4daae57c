import { useQuery } from '@tanstack/react-query';
import { Card, List, Space, Typography } from 'antd';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { QueryState } from '../../components/QueryState';

/** 我的监考: the online exam rooms the evaluator invigilates, each opening its live room view. */
export default function MyExamRoomsPage() {
  const query = useQuery({ queryKey: ['my-exam-rooms'], queryFn: async () => unwrap(await api.GET('/api/v1/me/exam-rooms')) });
  return (
    <Space direction="vertical" size="large" style={{ width: '100%', maxWidth: 880 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        机考监考
      </Typography.Title>
      <QueryState query={query} empty={(list) => list.length === 0} emptyText="暂无需要监考的机考考场">
        {(list) => (
          <List
            dataSource={list}
            renderItem={(room) => (
              <List.Item key={room.sessionId}>
                <Card style={{ width: '100%' }} size="small" title={room.campaignName} extra={<Link to={`/evaluator/exam-rooms/${room.campaignId}/${room.sessionId}`}>进入考场监控</Link>}>
                  {room.place} {room.room} · {room.startsAtChina} 至 {room.endsAtChina.slice(11)} · 应考 {room.seated} 人，已开考 {room.started}，已交卷 {room.submitted}
                </Card>
              </List.Item>
            )}
          />
        )}
      </QueryState>
    </Space>
  );
}
