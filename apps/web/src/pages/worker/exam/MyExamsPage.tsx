import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, List, Space, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../../../api/client';
import { messageOf } from '../../../api/problem';
import { QueryState } from '../../../components/QueryState';

const REFUSALS: Record<string, string> = {
  SESSION_NOT_STARTED: '考试尚未开始',
  LATE_ENTRY_CLOSED: '已超过开考后允许入场的时间',
  SESSION_ENDED: '考试已结束',
  CAMPAIGN_NOT_ASSESSING: '认定计划尚未进入考核阶段',
};

/** 我的机考: the online exams the worker is seated for; start or go back to an attempt. */
export default function MyExamsPage() {
  const navigate = useNavigate();
  const query = useQuery({ queryKey: ['my-exams'], queryFn: async () => unwrap(await api.GET('/api/v1/me/exams')) });
  const start = useMutation({
    mutationFn: async (sessionId: string) => unwrap(await api.POST('/api/v1/me/exams/{sessionId}/start', { params: { path: { sessionId } } })),
    onSuccess: (attempt) => navigate(`/worker/exam-attempts/${attempt.id}`),
  });
  return (
    <Space direction="vertical" size="large" style={{ width: '100%', maxWidth: 880 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        机考
      </Typography.Title>
      {start.isError && <Alert type="error" showIcon title={messageOf(start.error)} role="alert" />}
      <QueryState query={query} empty={(list) => list.length === 0} emptyText="暂无需要参加的机考">
        {(list) => (
          <List
            dataSource={list}
            renderItem={(exam) => (
              <List.Item key={exam.sessionId}>
                <Card style={{ width: '100%' }} title={exam.campaignName} data-testid="my-exam">
                  <Descriptions column={{ xs: 1, sm: 2 }} size="small">
                    <Descriptions.Item label="时间">
                      {exam.startsAtChina} 至 {exam.endsAtChina.slice(11)}（{exam.durationMinutes}分钟）
                    </Descriptions.Item>
                    <Descriptions.Item label="考场">
                      {exam.place} {exam.room}，{String(exam.seatNo).padStart(2, '0')}号座位
                    </Descriptions.Item>
                    <Descriptions.Item label="准考证号">{exam.ticketNumber}</Descriptions.Item>
                  </Descriptions>
                  {exam.attemptId ? (
                    <Button type="primary" size="large" onClick={() => navigate(`/worker/exam-attempts/${exam.attemptId}`)}>
                      {exam.attemptStatus === 'in_progress' ? '继续答题' : '查看答卷'}
                    </Button>
                  ) : exam.startRefusal ? (
                    <Tag>{REFUSALS[exam.startRefusal] ?? exam.startRefusal}</Tag>
                  ) : (
                    <Button type="primary" size="large" loading={start.isPending} onClick={() => start.mutate(exam.sessionId)}>
                      开始考试
                    </Button>
                  )}
                </Card>
              </List.Item>
            )}
          />
        )}
      </QueryState>
    </Space>
  );
}
