import { CheckCircleOutlined, ClockCircleOutlined, CloudSyncOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Checkbox, Input, Radio, Space, Tag, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useParams } from 'react-router';
import { api, unwrap } from '../../../api/client';
import type { components } from '../../../api/schema';
import { ApiError, messageOf } from '../../../api/problem';
import { QueryState } from '../../../components/QueryState';
import { clockText, secondsLeftNow } from './exam-time';

type Attempt = components['schemas']['AttemptResponseDto'];
type Item = components['schemas']['AttemptItemDto'];
type Answer = components['schemas']['SaveAnswerDto'];
type SaveState = 'saving' | 'saved' | 'failed';

const LETTERS = 'ABCDEFGH';

/** One item: its stem and the control for its kind; text is saved after a pause in typing. */
function ItemCard({ item, answer, state, disabled, onAnswer }: { item: Item; answer: Answer | undefined; state: SaveState | undefined; disabled: boolean; onAnswer: (a: Answer, typing?: boolean) => void }) {
  const status =
    state === 'saving' ? <Tag icon={<CloudSyncOutlined />}>保存中</Tag> : state === 'saved' ? <Tag color="success" icon={<CheckCircleOutlined />}>已保存</Tag> : state === 'failed' ? <Tag color="error" icon={<ExclamationCircleOutlined />}>未保存</Tag> : null;
  const label = `第${item.number}题`;
  return (
    <Card size="small" title={`${item.number}. ${item.kindLabel}（${item.points}分）`} extra={status} data-testid={`item-${item.number}`}>
      <Typography.Paragraph style={{ fontSize: 16 }}>{item.stem}</Typography.Paragraph>
      {item.kind === 'single_choice' && (
        <Radio.Group aria-label={label} disabled={disabled} value={answer?.choice ?? null} onChange={(e) => onAnswer({ choice: e.target.value })}>
          <Space direction="vertical">
            {item.options.map((o, i) => (
              <Radio key={i} value={LETTERS[i]} style={{ minHeight: 44, alignItems: 'center' }}>
                {LETTERS[i]}. {o}
              </Radio>
            ))}
          </Space>
        </Radio.Group>
      )}
      {item.kind === 'multiple_choice' && (
        <Checkbox.Group aria-label={label} disabled={disabled} value={answer?.choices ?? []} onChange={(v) => onAnswer({ choices: [...(v as string[])].sort() })}>
          <Space direction="vertical">
            {item.options.map((o, i) => (
              <Checkbox key={i} value={LETTERS[i]} style={{ minHeight: 44, alignItems: 'center' }}>
                {LETTERS[i]}. {o}
              </Checkbox>
            ))}
          </Space>
        </Checkbox.Group>
      )}
      {item.kind === 'true_false' && (
        <Radio.Group aria-label={label} disabled={disabled} value={answer?.value ?? null} onChange={(e) => onAnswer({ value: e.target.value })} optionType="button" buttonStyle="solid" size="large">
          <Radio.Button value={true}>对</Radio.Button>
          <Radio.Button value={false}>错</Radio.Button>
        </Radio.Group>
      )}
      {item.kind === 'fill_in' && (
        <Space direction="vertical" style={{ width: '100%' }}>
          {Array.from({ length: item.blankCount }, (_, i) => (
            <Input
              key={i}
              size="large"
              aria-label={`${label} 第${i + 1}空`}
              maxLength={200}
              disabled={disabled}
              value={answer?.blanks?.[i] ?? ''}
              onChange={(e) => {
                const blanks = Array.from({ length: item.blankCount }, (_, j) => (j === i ? e.target.value : (answer?.blanks?.[j] ?? '')));
                onAnswer({ blanks }, true);
              }}
            />
          ))}
        </Space>
      )}
      {item.kind === 'short_answer' && (
        <Input.TextArea aria-label={label} rows={5} maxLength={5000} showCount disabled={disabled} value={answer?.text ?? ''} onChange={(e) => onAnswer({ text: e.target.value }, true)} />
      )}
    </Card>
  );
}

function AttemptView({ attempt, receivedAt }: { attempt: Attempt; receivedAt: number }) {
  const queryClient = useQueryClient();
  const { modal } = App.useApp();
  const [answers, setAnswers] = useState<Record<number, Answer>>(() => Object.fromEntries(attempt.answers.map((a) => [a.number, a.answer as Answer])));
  const [states, setStates] = useState<Record<number, SaveState>>({});
  const [closedMessage, setClosedMessage] = useState<string | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const timers = useRef<Record<number, ReturnType<typeof setTimeout>>>({});
  const open = attempt.status === 'in_progress' && !closedMessage;
  const left = open ? secondsLeftNow(attempt.secondsLeft, receivedAt, now) : 0;
  const reload = useCallback(() => queryClient.invalidateQueries({ queryKey: ['exam-attempt', attempt.id] }), [queryClient, attempt.id]);

  useEffect(() => {
    if (!open) return;
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(tick);
  }, [open]);
  // At 0 the server decides: reading the attempt again closes it there and shows the result.
  useEffect(() => {
    if (open && left === 0) void reload();
  }, [open, left, reload]);
  // Leaving the page (another tab or app) is recorded for the invigilator.
  useEffect(() => {
    if (!open) return;
    const onVisibility = () => {
      void api.POST('/api/v1/me/exam-attempts/{id}/events', { params: { path: { id: attempt.id } }, body: { kind: document.hidden ? 'page_leave' : 'page_return' } });
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => document.removeEventListener('visibilitychange', onVisibility);
  }, [open, attempt.id]);

  async function save(number: number, answer: Answer) {
    setStates((s) => ({ ...s, [number]: 'saving' }));
    const result = await api.PUT('/api/v1/me/exam-attempts/{id}/answers/{number}', { params: { path: { id: attempt.id, number } }, body: answer });
    if (result.error) {
      setStates((s) => ({ ...s, [number]: 'failed' }));
      const code = (result.error as { code?: string }).code;
      if (code === 'EXAM_TIME_OVER' || code === 'ATTEMPT_SUBMITTED') {
        setClosedMessage(code === 'EXAM_TIME_OVER' ? '考试时间已到，答案不再接收' : '已交卷');
        void reload();
      }
      return;
    }
    setStates((s) => ({ ...s, [number]: 'saved' }));
  }

  function onAnswer(number: number, answer: Answer, typing = false) {
    setAnswers((a) => ({ ...a, [number]: answer }));
    clearTimeout(timers.current[number]);
    if (typing) {
      setStates((s) => ({ ...s, [number]: 'saving' }));
      timers.current[number] = setTimeout(() => void save(number, answer), 800);
    } else void save(number, answer);
  }

  const submit = useMutation({
    mutationFn: async () => unwrap(await api.POST('/api/v1/me/exam-attempts/{id}/submit', { params: { path: { id: attempt.id } } })),
    onSuccess: (closed) => queryClient.setQueryData(['exam-attempt', attempt.id], { attempt: closed, receivedAt: Date.now() }),
    onError: (error) => {
      if (error instanceof ApiError && error.code === 'ATTEMPT_SUBMITTED') void reload();
    },
  });

  const saving = Object.values(states).filter((s) => s === 'saving').length;
  const failed = Object.values(states).filter((s) => s === 'failed').length;
  const answered = attempt.items.filter((i) => answers[i.number] !== undefined).length;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%', maxWidth: 880 }}>
      <Card size="small" style={{ position: 'sticky', top: 0, zIndex: 2 }} data-testid="exam-bar">
        <Space wrap size="large" style={{ width: '100%', justifyContent: 'space-between' }}>
          <Typography.Text strong>
            准考证号 {attempt.ticketNumber} · {String(attempt.seatNo).padStart(2, '0')}号座位
          </Typography.Text>
          {open ? (
            <Typography.Text style={{ fontSize: 20 }} role="timer" aria-label="剩余时间" data-testid="time-left">
              <ClockCircleOutlined /> 剩余 {clockText(left)}
            </Typography.Text>
          ) : (
            <Tag color="blue">{attempt.statusLabel.split(' / ')[0]}</Tag>
          )}
          <Typography.Text data-testid="save-state" role="status">
            已答 {answered}/{attempt.items.length} · {saving > 0 ? '保存中…' : failed > 0 ? `${failed}题未保存` : '全部已保存'}
          </Typography.Text>
          {open && (
            <Button
              type="primary"
              size="large"
              loading={submit.isPending}
              onClick={() =>
                modal.confirm({
                  title: '交卷',
                  content: `已答 ${answered}/${attempt.items.length} 题。交卷后不能再修改，确认交卷吗？`,
                  okText: '确认交卷',
                  cancelText: '继续答题',
                  onOk: () => submit.mutateAsync().catch(() => undefined),
                })
              }
            >
              交卷
            </Button>
          )}
        </Space>
      </Card>
      {closedMessage && <Alert type="warning" showIcon title={closedMessage} role="alert" />}
      {submit.isError && <Alert type="error" showIcon title={messageOf(submit.error)} role="alert" />}
      {attempt.status !== 'in_progress' && (
        <Alert
          type="success"
          showIcon
          role="status"
          data-testid="exam-result"
          title={attempt.score !== null ? `已交卷，成绩 ${attempt.score} 分（满分 ${attempt.totalPoints}）` : `已交卷，客观题 ${attempt.objectiveScore} 分，简答题待阅卷`}
        />
      )}
      {attempt.items.map((item) => (
        <ItemCard key={item.number} item={item} answer={answers[item.number]} state={states[item.number]} disabled={!open} onAnswer={(a, typing) => onAnswer(item.number, a, typing)} />
      ))}
    </Space>
  );
}

/** 机考答题: the paper with autosave of every answer and the server's countdown; a reload loses nothing. */
export default function ExamAttemptPage() {
  const { id = '' } = useParams();
  const query = useQuery({
    queryKey: ['exam-attempt', id],
    queryFn: async () => ({ attempt: unwrap(await api.GET('/api/v1/me/exam-attempts/{id}', { params: { path: { id } } })), receivedAt: Date.now() }),
    refetchOnWindowFocus: false,
  });
  return <QueryState query={query}>{(data) => <AttemptView key={`${data.attempt.status}-${data.receivedAt}`} attempt={data.attempt} receivedAt={data.receivedAt} />}</QueryState>;
}
