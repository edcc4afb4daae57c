import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, InputNumber, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useLocation, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { messageOf, zh } from '../../api/problem';
import { FormModal } from '../../components/FormModal';
import { QueryState } from '../../components/QueryState';
import { chinaClock, clockText } from '../worker/exam/exam-time';
import { CandidatePhoto } from './CandidatePhoto';

type RoomCandidate = components['schemas']['RoomCandidateDto'];
type AbsentResult = components['schemas']['MarkNotStartedAbsentResponseDto'];
type RoomView = components['schemas']['RoomViewDto'];

const IDENTITY_TAG = { verified: 'success', mismatch: 'error' } as const;

/**
 * 考场监控 (HR of the body and the room's invigilators): each candidate's photo for 核验身份 (checked
 * or 不符 with a note; never a gate on the start), who is in, progress, page leaves, time left;
 * extra time; 收卷; for HR, 缺考 of those who never started.
 */
export default function ExamRoomPage() {
  const { campaignId = '', sessionId = '' } = useParams();
  const path = { params: { path: { campaignId, sessionId } } };
  const queryKey = ['exam-room', campaignId, sessionId];
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [extraFor, setExtraFor] = useState<RoomCandidate | null>(null);
  const [mismatchFor, setMismatchFor] = useState<RoomCandidate | null>(null);
  const [absentOpen, setAbsentOpen] = useState(false);
  const [absent, setAbsent] = useState<AbsentResult | null>(null);
  const hr = useLocation().pathname.startsWith('/hr/');
  const query = useQuery({
    queryKey,
    queryFn: async () => unwrap(await api.GET('/api/v1/campaigns/{campaignId}/exam-sessions/{sessionId}/online-exam/room', path)),
    refetchInterval: 15_000,
  });
  const checkIdentity = (applicationId: string, body: { result: 'verified' | 'mismatch'; note?: string }) =>
    api.POST('/api/v1/campaigns/{campaignId}/exam-sessions/{sessionId}/online-exam/room/candidates/{applicationId}/identity-check', {
      params: { path: { campaignId, sessionId, applicationId } },
      body,
    });
  const verify = useMutation({
    mutationFn: async (c: RoomCandidate) => unwrap(await checkIdentity(c.applicationId, { result: 'verified' })),
    onSuccess: (view: RoomView, c) => {
      message.success(`已核验 ${c.fullName}`);
      queryClient.setQueryData(queryKey, view);
    },
    onError: (e) => message.error(messageOf(e)),
  });
  const collect = useMutation({
    mutationFn: async () => unwrap(await api.POST('/api/v1/campaigns/{campaignId}/exam-sessions/{sessionId}/online-exam/collect', path)),
    onSuccess: async (r) => {
      message.success(`已收卷 ${r.collected} 份${r.stillAnswering ? `，${r.stillAnswering} 人延时未到` : ''}`);
      await queryClient.invalidateQueries({ queryKey });
    },
  });
  return (
    <QueryState query={query}>
      {(room) => {
        const ended = Date.parse(room.serverNow) >= Date.parse(room.endsAt);
        const mismatches = room.candidates.filter((c) => c.identity.result === 'mismatch');
        return (
          <Space direction="vertical" size="middle" style={{ width: '100%' }}>
            <Typography.Title level={3} style={{ margin: 0 }}>
              考场监控：{room.place} {room.room}
            </Typography.Title>
            <Card size="small">
              <Space wrap size="large">
                <Statistic title="应考" value={room.seated} />
                <Statistic title="已开考" value={room.started} />
                <Statistic title="已交卷" value={room.submitted} />
                <Statistic title="未核验身份" value={room.identityUnchecked} valueStyle={room.identityUnchecked ? { color: '#d46b08' } : undefined} />
                <Statistic title="组卷方式" value={room.setup.mode === 'per_candidate' ? '千人千卷' : '卷库'} />
                <Button onClick={() => collect.mutate()} loading={collect.isPending}>
                  收卷
                </Button>
                {hr && room.started < room.seated && ended && (
                  <Button danger onClick={() => setAbsentOpen(true)}>
                    标记缺考
                  </Button>
                )}
              </Space>
            </Card>
            {mismatches.length > 0 && (
              <Alert
                type="error"
                showIcon
                role="alert"
                data-testid="identity-mismatches"
                title={`人证不符 ${mismatches.length} 人，请报告考务负责人`}
                description={mismatches.map((c) => `${String(c.seatNo).padStart(2, '0')}号 ${c.fullName}：${c.identity.note ?? ''}`).join('；')}
              />
            )}
            {collect.isError && <Alert type="error" showIcon title={messageOf(collect.error)} role="alert" />}
            {absent && (
              <Alert
                type={absent.skipped.length ? 'warning' : 'success'}
                showIcon
                closable
                onClose={() => setAbsent(null)}
                data-testid="absent-result"
                title={`未开考 ${absent.notStarted} 人：本次标记缺考 ${absent.markedAbsent} 人${absent.alreadyAbsent ? `，此前已标记 ${absent.alreadyAbsent} 人` : ''}`}
                description={absent.skipped.length ? absent.skipped.map((k) => `准考证号 ${k.ticketNumber}：${zh(k.message)}`).join('；') : undefined}
              />
            )}
            {hr && <MarkingCard campaignId={campaignId} sessionId={sessionId} />}
            <Table<RoomCandidate>
              rowKey="applicationId"
              size="small"
              pagination={false}
              scroll={{ x: 'max-content' }}
              dataSource={room.candidates}
              onRow={(c) => (c.identity.result === 'mismatch' ? { style: { background: '#fff1f0' } } : {})}
              columns={[
                {
                  title: '考生',
                  render: (_, c) => (
                    <Space size="small" align="center">
                      <CandidatePhoto campaignId={campaignId} sessionId={sessionId} applicationId={c.applicationId} hasPhoto={c.hasPhoto} name={c.fullName} />
                      <Space direction="vertical" size={0}>
                        <Typography.Text type="secondary">{String(c.seatNo).padStart(2, '0')}号座</Typography.Text>
                        <Typography.Text strong>{c.fullName}</Typography.Text>
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {c.ticketNumber}
                        </Typography.Text>
                      </Space>
                    </Space>
                  ),
                },
                {
                  title: '身份核验',
                  render: (_, c) => (
                    <Space direction="vertical" size={4} data-testid="identity">
                      <Tag color={c.identity.result ? IDENTITY_TAG[c.identity.result] : 'default'}>{zh(c.identity.label)}</Tag>
                      {c.identity.checkedAt && (
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {c.identity.checkedBy} {chinaClock(c.identity.checkedAt)}
                        </Typography.Text>
                      )}
                      {c.identity.result === 'mismatch' && c.identity.note && (
                        <Typography.Paragraph type="danger" ellipsis={{ rows: 2, tooltip: c.identity.note }} style={{ fontSize: 12, width: 140, margin: 0 }}>
                          {c.identity.note}
                        </Typography.Paragraph>
                      )}
                      {!ended && (
                        <Space size={4}>
                          {c.identity.result !== 'verified' && (
                            <Button size="small" type="primary" ghost loading={verify.isPending && verify.variables?.applicationId === c.applicationId} onClick={() => verify.mutate(c)}>
                              核验
                            </Button>
                          )}
                          {c.identity.result !== 'mismatch' && (
                            <Button size="small" danger onClick={() => setMismatchFor(c)}>
                              不符
                            </Button>
                          )}
                        </Space>
                      )}
                    </Space>
                  ),
                },
                { title: '状态', dataIndex: 'statusLabel', render: (l: string, c) => <Tag color={c.status === 'in_progress' ? 'processing' : c.status === 'not_started' ? 'default' : 'success'}>{zh(l)}</Tag> },
                { title: '已答', render: (_, c) => (c.attemptId ? `${c.answered}/${c.itemCount}` : '—') },
                { title: '离开页面', dataIndex: 'pageLeaves', render: (n: number) => (n > 0 ? <Tag color="warning">{n}次</Tag> : '0') },
                { title: '剩余', render: (_, c) => (c.secondsLeft !== null ? clockText(c.secondsLeft) : '—') },
                { title: '延时', dataIndex: 'extraMinutes', render: (n: number) => (n ? `${n}分钟` : '—') },
                { title: '成绩', dataIndex: 'score', render: (s: number | null) => s ?? '—' },
                {
                  title: '操作',
                  render: (_, c) =>
                    c.status === 'in_progress' ? (
                      <Button size="small" onClick={() => setExtraFor(c)}>
                        延时
                      </Button>
                    ) : null,
                },
              ]}
            />
            {room.events.length > 0 && (
              <Card size="small" title="离开/回到页面记录">
                {room.events.slice(0, 20).map((e, i) => (
                  <div key={i}>
                    {chinaClock(e.occurredAt)} {String(e.seatNo).padStart(2, '0')}号 {e.fullName}：{zh(e.kindLabel)}
                  </div>
                ))}
              </Card>
            )}
            <FormModal<{ reason?: string }>
              open={absentOpen}
              title="标记缺考"
              okText="标记缺考"
              danger
              done="已标记缺考"
              invalidate={['component-scores', campaignId]}
              submit={async (values) => {
                const r = unwrap(
                  await api.POST('/api/v1/campaigns/{campaignId}/exam-sessions/{sessionId}/online-exam/absent', { ...path, body: values.reason?.trim() ? { reason: values.reason.trim() } : {} }),
                );
                setAbsent(r);
                return r;
              }}
              onClose={() => setAbsentOpen(false)}
            >
              <Typography.Paragraph>考试已结束。本考场未开考的考生将一并记为理论知识「缺考」（须在评分阶段），可重复操作，已标记的不变。</Typography.Paragraph>
              <Form.Item name="reason" label="缺考原因" extra="不填则记为“机考未开考”">
                <Input.TextArea rows={2} maxLength={500} showCount />
              </Form.Item>
            </FormModal>
            <FormModal<{ note: string }>
              open={mismatchFor !== null}
              title={`${mismatchFor?.fullName ?? ''}：人证不符`}
              okText="记录不符"
              danger
              done="已记录人证不符"
              invalidate={queryKey}
              submit={async (values) => unwrap(await checkIdentity(mismatchFor?.applicationId ?? '', { result: 'mismatch', note: values.note.trim() }))}
              onClose={() => setMismatchFor(null)}
            >
              <Typography.Paragraph>记录考生与证件照或身份证不符。考生仍可按时开考，考试计时不受影响；请报告考务负责人处理。</Typography.Paragraph>
              <Form.Item name="note" label="不符情况" rules={[{ required: true, whitespace: true, message: '请填写不符情况' }]}>
                <Input.TextArea rows={3} maxLength={500} showCount />
              </Form.Item>
            </FormModal>
            <FormModal<{ minutes: number; reason: string }>
              open={extraFor !== null}
              title={`为 ${extraFor?.fullName ?? ''} 延时`}
              okText="延时"
              done="已延时"
              invalidate={queryKey}
              initialValues={{ minutes: 10 }}
              submit={async (values) =>
                unwrap(
                  await api.POST('/api/v1/campaigns/{campaignId}/exam-sessions/{sessionId}/online-exam/attempts/{attemptId}/extra-time', {
                    params: { path: { campaignId, sessionId, attemptId: extraFor?.attemptId ?? '' } },
                    body: values,
                  }),
                )
              }
              onClose={() => setExtraFor(null)}
            >
              <Form.Item name="minutes" label="延长分钟数" rules={[{ required: true, message: '请填写分钟数' }]} extra="每名考生合计不超过60分钟">
                <InputNumber min={1} max={60} precision={0} style={{ width: '100%' }} />
              </Form.Item>
              <Form.Item name="reason" label="延时理由" rules={[{ required: true, message: '请填写延时理由' }]}>
                <Input.TextArea rows={3} maxLength={500} showCount />
              </Form.Item>
            </FormModal>
          </Space>
        );
      }}
    </QueryState>
  );
}

/**
 * 简答题阅卷 for HR: open marking of the room's attempts with short answers (two theory
 * evaluators each, none recused; refused while a candidate's panel is short) and follow it.
 */
function MarkingCard({ campaignId, sessionId }: { campaignId: string; sessionId: string }) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const queryKey = ['short-answer-marking', campaignId];
  const progress = useQuery({
    queryKey,
    queryFn: async () => unwrap(await api.GET('/api/v1/campaigns/{campaignId}/short-answer-marking', { params: { path: { campaignId } } })),
  });
  const open = useMutation({
    mutationFn: async () => unwrap(await api.POST('/api/v1/campaigns/{campaignId}/exam-sessions/{sessionId}/online-exam/marking', { params: { path: { campaignId, sessionId } } })),
    onSuccess: async (r) => {
      message.success(`已开始阅卷 ${r.opened} 份${r.scoredWithoutMarking ? `（${r.scoredWithoutMarking} 份简答题未作答，直接定分）` : ''}${r.thirdMarksAssigned ? `，分配三评 ${r.thirdMarksAssigned} 题` : ''}`);
      await queryClient.invalidateQueries({ queryKey });
    },
  });
  const row = progress.data?.sessions.find((s) => s.sessionId === sessionId);
  return (
    <Card size="small" title="简答题阅卷">
      <Space direction="vertical" style={{ width: '100%' }}>
        {row && (
          <Space wrap size="large">
            <Statistic title="含简答题的答卷" value={row.scripts} />
            <Statistic title="未开始阅卷" value={row.notOpened} />
            <Statistic title="阅卷中" value={row.marking} />
            <Statistic title="已定分" value={row.marked} />
            <Statistic title="待评 / 已评" value={`${row.marksPending} / ${row.marksSubmitted}`} />
            <Statistic title="三评（未分配）" value={`${row.thirdMarks}（${row.thirdMarksUnassigned}）`} />
            <Button type="primary" onClick={() => open.mutate()} loading={open.isPending} disabled={row.notOpened === 0 && row.thirdMarksUnassigned === 0}>
              开始阅卷
            </Button>
          </Space>
        )}
        {open.isError && <Alert type="error" showIcon title={messageOf(open.error)} role="alert" />}
        {progress.data && progress.data.evaluators.length > 0 && (
          <Table
            rowKey="profileId"
            size="small"
            pagination={false}
            dataSource={progress.data.evaluators}
            columns={[
              { title: '考评员', dataIndex: 'displayName' },
              { title: '待评', dataIndex: 'pending' },
              { title: '已评', dataIndex: 'submitted' },
            ]}
          />
        )}
      </Space>
    </Card>
  );
}
