import { DownloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, DatePicker, Form, Input, InputNumber, Modal, Select, Space, Table, Tag, TimePicker, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, downloadBinary, unwrap } from '../../api/client';
import { ApiError, messageOf, zh } from '../../api/problem';
import type { components } from '../../api/schema';
import { FormModal, ReasonField } from '../../components/FormModal';
import { QueryState } from '../../components/QueryState';
import type { Campaign } from './campaign-board';

type ExamSession = components['schemas']['ExamSessionResponseDto'];
type Component = ExamSession['component'];
type SessionForm = { component: Component; rank?: ExamSession['rank']; place: string; room: string; seatCount: number; day: Dayjs; from: Dayjs; to: Dayjs; invigilatorIds: string[] };

/** A wall-clock time typed on the form is China time, whatever zone the browser is in. */
const chinaInstant = (day: Dayjs, time: Dayjs) => `${day.format('YYYY-MM-DD')}T${time.format('HH:mm')}:00+08:00`;
const SEATING_STATUSES = ['registration_closed', 'assessing'];

/**
 * 考场编排: the campaign's exam sessions (HR adds, changes and cancels them with invigilators),
 * the seating run per component, each room's seat plan, and the admission tickets and check-in
 * lists as PDF. Every rule (times, seats, invigilator and candidate overlaps, recusal) is the API's.
 */
export function ExamSessionsTab({ campaign, hr }: { campaign: Campaign; hr: boolean }) {
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<ExamSession | 'new'>();
  const [cancelling, setCancelling] = useState<ExamSession>();
  const [onlineFor, setOnlineFor] = useState<ExamSession>();
  const [viewing, setViewing] = useState<ExamSession>();
  const query = useQuery({
    queryKey: ['campaign', campaign.id, 'exam-sessions'],
    queryFn: async () => unwrap(await api.GET('/api/v1/campaigns/{campaignId}/exam-sessions', { params: { path: { campaignId: campaign.id } } })),
  });
  const components = [...new Map(campaign.levels.flatMap((l) => l.components).map((c) => [c.kind, zh(c.label)])).entries()];
  const planning = hr && !['scoring', 'publicity', 'finalized', 'cancelled'].includes(campaign.status);
  const seat = useMutation({
    mutationFn: async (component: Component) =>
      unwrap(await api.POST('/api/v1/campaigns/{campaignId}/seating', { params: { path: { campaignId: campaign.id } }, body: { component } })),
    onSuccess: async (s) => {
      message.success(`已编排 ${s.candidateCount} 名考生${s.adjacentSameGroup > 0 ? `（${s.adjacentSameGroup} 对相邻座位同单位，考生所属单位过于集中无法避免）` : '，相邻座位均不同单位'}`);
      await queryClient.invalidateQueries({ queryKey: ['campaign', campaign.id, 'exam-sessions'] });
    },
    onError: (e) =>
      modal.error({
        title: '未能编排考场',
        content: (
          <Space direction="vertical">
            <span>{messageOf(e)}</span>
            {e instanceof ApiError && (e.problem.errors ?? []).length > 1 && (
              <ul style={{ margin: 0, paddingLeft: 20 }}>
                {(e.problem.errors ?? []).map((f) => (
                  <li key={f.field}>{f.message.split(' / ')[0]}</li>
                ))}
              </ul>
            )}
          </Space>
        ),
      }),
  });
  const download = (path: string, name: string) => downloadBinary(path, name).catch((e) => message.error(messageOf(e)));

  return (
    <QueryState query={query}>
      {(sessions) => (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Space wrap>
            {planning && (
              <Button type="primary" onClick={() => setEditing('new')}>
                新增考场
              </Button>
            )}
            {hr &&
              SEATING_STATUSES.includes(campaign.status) &&
              components
                .filter(([kind]) => sessions.some((s) => s.component === kind && s.status === 'scheduled'))
                .map(([kind, label]) => (
                  <Button key={kind} loading={seat.isPending && seat.variables === kind} onClick={() => seat.mutate(kind as Component)}>
                    编排考场：{label}
                  </Button>
                ))}
            {sessions.some((s) => s.seated > 0) && (
              <Button icon={<DownloadOutlined />} onClick={() => download(`/api/v1/campaigns/${campaign.id}/admission-tickets`, '准考证.pdf')}>
                下载全部准考证
              </Button>
            )}
          </Space>
          {hr && !SEATING_STATUSES.includes(campaign.status) && planning && (
            <Typography.Text type="secondary">报名截止后（考生名单确定）即可编排考场；同一单位的考生尽量不安排在相邻座位。</Typography.Text>
          )}
          <Table<ExamSession>
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={sessions}
            scroll={{ x: 960 }}
            locale={{ emptyText: '尚未安排考场' }}
            columns={[
              { title: '考核项目', dataIndex: 'componentLabel', width: 110, render: (v: string, s) => (s.rank ? `${v}（${campaign.levels.find((l) => l.rank === s.rank)?.rankLabel.split(' / ')[0] ?? s.rank}）` : v) },
              { title: '考点 / 考场', key: 'room', render: (_, s) => `${s.place} ${s.room}` },
              { title: '时间（北京时间）', key: 'time', width: 190, render: (_, s) => `${s.startsAtChina}–${s.endsAtChina.slice(0, 10) === s.startsAtChina.slice(0, 10) ? s.endsAtChina.slice(11) : s.endsAtChina}` },
              { title: '座位', key: 'seats', width: 90, render: (_, s) => `${s.seated}/${s.seatCount}` },
              { title: '监考', key: 'invigilators', render: (_, s) => s.invigilators.map((i) => i.name).join('、') || '—' },
              {
                title: '状态',
                key: 'status',
                width: 90,
                render: (_, s) => (s.status === 'cancelled' ? <Tag title={s.cancelReason ?? undefined}>已取消</Tag> : <Tag color="processing">{s.statusLabel}</Tag>),
              },
              {
                title: '',
                key: 'actions',
                width: 300,
                render: (_, s) =>
                  s.status === 'scheduled' && (
                    <Space size={4} wrap>
                      <Button size="small" onClick={() => setViewing(s)}>
                        座位表
                      </Button>
                      <Button size="small" onClick={() => download(`/api/v1/campaigns/${campaign.id}/exam-sessions/${s.id}/check-in-list`, `签到表-${s.room}.pdf`)}>
                        签到表
                      </Button>
                      {s.seated > 0 && (
                        <Button size="small" onClick={() => download(`/api/v1/campaigns/${campaign.id}/admission-tickets?sessionId=${s.id}`, `准考证-${s.room}.pdf`)}>
                          准考证
                        </Button>
                      )}
                      {hr && s.component === 'theory' && (
                        <>
                          {planning && (
                            <Button size="small" onClick={() => setOnlineFor(s)}>
                              设为机考
                            </Button>
                          )}
                          <Link to={`/hr/campaigns/${campaign.id}/exam-rooms/${s.id}`}>机考监控</Link>
                        </>
                      )}
                      {planning && (
                        <>
                          <Button size="small" onClick={() => setEditing(s)}>
                            修改
                          </Button>
                          <Button size="small" danger onClick={() => setCancelling(s)}>
                            取消
                          </Button>
                        </>
                      )}
                    </Space>
                  ),
              },
            ]}
          />
          {editing && <SessionModal campaign={campaign} session={editing === 'new' ? undefined : editing} components={components} onClose={() => setEditing(undefined)} />}
          <FormModal<{ reason: string }>
            open={!!cancelling}
            title={`取消考场：${cancelling?.place ?? ''} ${cancelling?.room ?? ''}`}
            okText="取消考场"
            danger
            done="已取消考场，请重新编排其考生"
            invalidate={['campaign', campaign.id, 'exam-sessions']}
            submit={async ({ reason }) =>
              unwrap(
                await api.POST('/api/v1/campaigns/{campaignId}/exam-sessions/{id}/cancel', { params: { path: { campaignId: campaign.id, id: (cancelling as ExamSession).id } }, body: { reason } }),
              )
            }
            onClose={() => setCancelling(undefined)}
          >
            {cancelling && cancelling.seated > 0 && (
              <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={`本考场已编排 ${cancelling.seated} 名考生，取消后其座位释放，需重新编排。`} />
            )}
            <ReasonField label="取消理由（记入审计）" />
          </FormModal>
          {viewing && <SeatPlanModal campaignId={campaign.id} session={viewing} onClose={() => setViewing(undefined)} />}
          <FormModal<{ blueprintId: string; lateEntryMinutes: number }>
            open={onlineFor !== undefined}
            title={`设为机考：${onlineFor?.room ?? ''}`}
            okText="备好试卷"
            done="已为每个座位备好试卷"
            invalidate={['campaign', campaign.id, 'exam-sessions']}
            initialValues={{ lateEntryMinutes: 30 }}
            submit={async (body) =>
              unwrap(
                await api.PUT('/api/v1/campaigns/{campaignId}/exam-sessions/{sessionId}/online-exam', {
                  params: { path: { campaignId: campaign.id, sessionId: (onlineFor as ExamSession).id } },
                  body,
                }),
              )
            }
            onClose={() => setOnlineFor(undefined)}
          >
            <BlueprintField occupationCode={campaign.occupationCode} />
            <Form.Item name="lateEntryMinutes" label="开考后允许入场（分钟）" rules={[{ required: true, message: '请填写' }]}>
              <InputNumber min={0} max={120} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </FormModal>
        </Space>
      )}
    </QueryState>
  );
}

/** The organization's blueprints for the campaign's occupation, bank by bank. */
function BlueprintField({ occupationCode }: { occupationCode: string }) {
  const blueprints = useQuery({
    queryKey: ['question-banks', 'blueprints', occupationCode],
    queryFn: async () => {
      const banks = unwrap(await api.GET('/api/v1/question-banks', { params: { query: { pageSize: 200 } } })).items.filter((b) => b.occupationCode === occupationCode);
      const lists = await Promise.all(banks.map(async (b) => ({ bank: b, list: unwrap(await api.GET('/api/v1/question-banks/{bankId}/blueprints', { params: { path: { bankId: b.id } } })) })));
      return lists.flatMap(({ bank, list }) => list.map((bp) => ({ value: bp.id, label: `${bank.name}：${bp.name}（${zh(bp.modeLabel)}，${bp.durationMinutes}分钟）` })));
    },
  });
  return (
    <Form.Item name="blueprintId" label="组卷方案" rules={[{ required: true, message: '请选择组卷方案' }]}>
      <Select options={blueprints.data ?? []} loading={blueprints.isPending} showSearch optionFilterProp="label" />
    </Form.Item>
  );
}

function SessionModal({ campaign, session, components, onClose }: { campaign: Campaign; session?: ExamSession; components: [string, string][]; onClose: () => void }) {
  const pool = useQuery({
    queryKey: ['evaluators', 'pool', campaign.occupationCode, 'all'],
    queryFn: async () => unwrap(await api.GET('/api/v1/evaluators', { params: { query: { status: 'active', pageSize: 200 } } })),
  });
  const start = session ? dayjs(session.startsAtChina) : dayjs(`${campaign.assessmentStartsOn}T09:00`);
  // 机考 under way: the start, seats and level are what the candidates' time and papers came from.
  const started = session?.started ?? 0;
  const end = session ? dayjs(session.endsAtChina) : dayjs(`${campaign.assessmentStartsOn}T10:30`);
  return (
    <FormModal<SessionForm>
      open
      width={600}
      title={session ? `修改考场：${session.place} ${session.room}` : '新增考场'}
      okText="保存"
      done={session ? '已修改考场' : '已新增考场'}
      invalidate={['campaign', campaign.id, 'exam-sessions']}
      initialValues={{
        component: session?.component ?? (components[0]?.[0] as Component),
        rank: session?.rank ?? undefined,
        place: session?.place,
        room: session?.room,
        seatCount: session?.seatCount ?? 30,
        day: start,
        from: start,
        to: end,
        invigilatorIds: session?.invigilators.map((i) => i.profileId) ?? [],
      }}
      submit={async (v) => {
        const body = {
          component: v.component,
          rank: v.rank ?? null,
          place: v.place,
          room: v.room,
          seatCount: v.seatCount,
          startsAt: chinaInstant(v.day, v.from),
          endsAt: chinaInstant(v.day, v.to),
          invigilatorIds: v.invigilatorIds ?? [],
        };
        try {
          return session
            ? unwrap(await api.PUT('/api/v1/campaigns/{campaignId}/exam-sessions/{id}', { params: { path: { campaignId: campaign.id, id: session.id } }, body }))
            : unwrap(await api.POST('/api/v1/campaigns/{campaignId}/exam-sessions', { params: { path: { campaignId: campaign.id } }, body }));
        } catch (e) {
          // `invigilatorIds[1]` is one choice of the multiple select: shown under the select; times under the time fields.
          if (e instanceof ApiError) {
            for (const f of e.problem.errors ?? []) f.field = f.field.replace(/^invigilatorIds\[\d+\]$/, 'invigilatorIds').replace(/^startsAt$/, 'from').replace(/^endsAt$/, 'to');
          }
          throw e;
        }
      }}
      onClose={onClose}
    >
      {started > 0 && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="session-started"
          title={`已有 ${started} 名考生开始机考：开始时间、座位数和等级不能再改，结束时间只能延后（答题中的考生随之延后，个别考生的延时保留）。`}
        />
      )}
      <Space.Compact block>
        <Form.Item name="component" label="考核项目" rules={[{ required: true, message: '请选择考核项目' }]} style={{ width: '50%' }}>
          <Select options={components.map(([value, label]) => ({ value, label }))} disabled={started > 0} />
        </Form.Item>
        <Form.Item name="rank" label="等级（不选为全部等级）" style={{ width: '50%' }}>
          <Select allowClear options={campaign.levels.map((l) => ({ value: l.rank, label: zh(l.rankLabel) }))} disabled={started > 0} />
        </Form.Item>
      </Space.Compact>
      <Form.Item name="place" label="考点" rules={[{ required: true, whitespace: true, message: '请填写考点' }]}>
        <Input maxLength={200} placeholder="如：吕梁焦化集团培训中心" />
      </Form.Item>
      <Space.Compact block>
        <Form.Item name="room" label="考场" rules={[{ required: true, whitespace: true, message: '请填写考场' }]} style={{ width: '60%' }}>
          <Input maxLength={50} placeholder="如：第1考场（3楼301）" />
        </Form.Item>
        <Form.Item name="seatCount" label="座位数" rules={[{ required: true, message: '请填写座位数' }]} style={{ width: '40%' }}>
          <InputNumber min={1} max={500} precision={0} style={{ width: '100%' }} disabled={started > 0} />
        </Form.Item>
      </Space.Compact>
      <Space.Compact block>
        <Form.Item name="day" label="考试日期" rules={[{ required: true, message: '请选择日期' }]} extra={`考核日期 ${campaign.assessmentStartsOn} 至 ${campaign.assessmentEndsOn}`} style={{ width: '40%' }}>
          <DatePicker style={{ width: '100%' }} disabled={started > 0} />
        </Form.Item>
        <Form.Item name="from" label="开始（北京时间）" rules={[{ required: true, message: '请选择开始时间' }]} style={{ width: '30%' }}>
          <TimePicker format="HH:mm" minuteStep={5} style={{ width: '100%' }} disabled={started > 0} />
        </Form.Item>
        <Form.Item name="to" label="结束" rules={[{ required: true, message: '请选择结束时间' }]} style={{ width: '30%' }}>
          <TimePicker format="HH:mm" minuteStep={5} style={{ width: '100%' }} />
        </Form.Item>
      </Space.Compact>
      <Form.Item name="invigilatorIds" label="监考人员" extra="从本机构可用的考评员中选择；同一时间不能在两个考场监考，须回避的考生不会编排到其监考的考场。">
        <Select
          mode="multiple"
          loading={pool.isPending}
          showSearch={{ optionFilterProp: 'label' }}
          maxCount={10}
          options={(pool.data?.items ?? []).map((e) => ({ value: e.id, label: `${e.displayName}（${e.organizationName}）` }))}
        />
      </Form.Item>
    </FormModal>
  );
}

/** A room's seats in order, with each candidate's employer so HR sees the separation. */
function SeatPlanModal({ campaignId, session, onClose }: { campaignId: string; session: ExamSession; onClose: () => void }) {
  const query = useQuery({
    queryKey: ['campaign', campaignId, 'exam-sessions', session.id, 'seats'],
    queryFn: async () => unwrap(await api.GET('/api/v1/campaigns/{campaignId}/exam-sessions/{id}/seats', { params: { path: { campaignId, id: session.id } } })),
  });
  return (
    <Modal open title={`座位表：${session.place} ${session.room}（${session.startsAtChina}）`} footer={<Button onClick={onClose}>关闭</Button>} onCancel={onClose} width={720}>
      <QueryState query={query}>
        {(plan) => (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Typography.Text type="secondary">
              {plan.seats.length}/{session.seatCount} 个座位已编排{plan.seats.length > 0 && (plan.adjacentSameEmployer === 0 ? '；相邻座位均不同单位' : `；${plan.adjacentSameEmployer} 对相邻座位同单位`)}
            </Typography.Text>
            <Table
              size="small"
              rowKey="seatNo"
              pagination={false}
              dataSource={plan.seats}
              locale={{ emptyText: '尚未编排考生' }}
              columns={[
                { title: '座位号', dataIndex: 'seatLabel', width: 70 },
                { title: '准考证号', dataIndex: 'ticketNumber', width: 130 },
                { title: '姓名', dataIndex: 'fullName', width: 100 },
                { title: '用人单位', dataIndex: 'employerName' },
              ]}
            />
          </Space>
        )}
      </QueryState>
    </Modal>
  );
}
