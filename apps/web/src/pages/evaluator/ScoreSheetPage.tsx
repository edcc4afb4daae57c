import { ArrowLeftOutlined, LockOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Form, Input, InputNumber, Space, Typography } from 'antd';
import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ApiError, fieldErrorsOf, messageOf, showFieldErrors, zh } from '../../api/problem';
import { QueryState } from '../../components/QueryState';
import { initialValues, previewScore, sheetErrors, toSaveBody, type ScoreSheet, type SheetValues } from './score-sheet';

function SheetForm({ sheet }: { sheet: ScoreSheet }) {
  const [form] = Form.useForm<SheetValues>();
  const values = Form.useWatch([], form) as SheetValues | undefined;
  const queryClient = useQueryClient();
  const { message, modal } = App.useApp();
  const locked = sheet.status === 'submitted';

  useEffect(() => form.setFieldsValue(initialValues(sheet)), [form, sheet]);

  const save = useMutation({
    mutationFn: async ({ submit }: { submit: boolean }) => {
      const body = toSaveBody(sheet, form.getFieldsValue());
      const params = { path: { id: sheet.id } };
      return unwrap(submit ? await api.POST('/api/v1/score-sheets/{id}/submit', { params, body }) : await api.PUT('/api/v1/score-sheets/{id}', { params, body }));
    },
    onSuccess: async (saved, { submit }) => {
      queryClient.setQueryData(['score-sheet', sheet.id], saved);
      await queryClient.invalidateQueries({ queryKey: ['score-sheets'] });
      message.success(submit ? '评分已提交并锁定' : '草稿已保存');
    },
    onError: (error) => {
      showFieldErrors(form, error);
      if (error instanceof ApiError && error.code === 'SHEET_LOCKED') void queryClient.invalidateQueries({ queryKey: ['score-sheet', sheet.id] });
    },
  });

  function run(submit: boolean) {
    const current = form.getFieldsValue();
    const errors = sheetErrors(sheet, current, submit);
    form.setFields([...form.getFieldsError().map((f) => ({ name: f.name, errors: [] })), ...errors] as never[]);
    if (errors.length) return;
    if (!submit) return save.mutate({ submit });
    modal.confirm({
      title: '提交评分',
      content: '提交后评分表将锁定，不能再修改。确认提交吗？',
      okText: '确认提交',
      cancelText: '再检查一下',
      onOk: () => save.mutateAsync({ submit: true }).catch(() => undefined),
    });
  }

  const preview = values ? previewScore(sheet, values) : null;
  return (
    <Form form={form} layout="vertical" disabled={locked || save.isPending} onFinish={() => run(true)}>
      {locked && <Alert type="success" showIcon icon={<LockOutlined />} title="评分已提交并锁定，不能再修改" style={{ marginBottom: 16 }} role="status" />}
      {save.isError && !fieldErrorsOf(save.error).length && <Alert type="error" showIcon title={messageOf(save.error)} style={{ marginBottom: 16 }} role="alert" />}
      {sheet.rubric.length > 0 ? (
        sheet.rubric.map((c) => (
          <Form.Item key={c.code} name={['criteria', c.code]} label={`${c.label}（权重 ${c.weight}%，满分 ${sheet.maxScore}）`}>
            <InputNumber min={0} max={sheet.maxScore} step={0.5} precision={1} size="large" style={{ width: '100%' }} inputMode="decimal" />
          </Form.Item>
        ))
      ) : (
        <Form.Item name="score" label={`分数（满分 ${sheet.maxScore}）`}>
          <InputNumber min={0} max={sheet.maxScore} step={0.5} precision={1} size="large" style={{ width: '100%' }} inputMode="decimal" />
        </Form.Item>
      )}
      {sheet.rubric.length > 0 && <Typography.Paragraph>加权得分：{preview ?? '—'}</Typography.Paragraph>}
      <Form.Item name="note" label="评语（可选）">
        <Input.TextArea rows={3} maxLength={1000} showCount />
      </Form.Item>
      {!locked && (
        <Space wrap>
          <Button size="large" onClick={() => run(false)} loading={save.isPending && !save.variables?.submit}>
            保存草稿
          </Button>
          <Button size="large" type="primary" htmlType="submit" loading={save.isPending && save.variables?.submit}>
            提交评分
          </Button>
        </Space>
      )}
    </Form>
  );
}

/** One score sheet: the candidate and component, scores per rubric criterion, draft or submit (then locked). */
export default function ScoreSheetPage() {
  const { id = '' } = useParams();
  const query = useQuery({
    queryKey: ['score-sheet', id],
    retry: false,
    queryFn: async () => unwrap(await api.GET('/api/v1/score-sheets/{id}', { params: { path: { id } } })),
  });
  return (
    <Space direction="vertical" size={12} style={{ width: '100%', maxWidth: 760 }}>
      <Link to="/evaluator/tasks" style={{ display: 'inline-flex', alignItems: 'center', gap: 6, minHeight: 44 }}>
        <ArrowLeftOutlined /> 返回任务列表
      </Link>
      {query.isError && query.error instanceof ApiError && query.error.status === 404 ? (
        <Alert type="warning" showIcon title="该评分表不存在，或不是分配给您的评分任务" description="考评员只能查看和填写分配给本人的考生评分表。" />
      ) : (
        <QueryState query={query}>
          {(sheet) => (
            <Card title={`${sheet.candidateName} · ${zh(sheet.componentLabel)}`}>
              <Descriptions size="small" column={{ xs: 1, sm: 2 }} style={{ marginBottom: 16 }}>
                <Descriptions.Item label="认定计划">{sheet.campaignName}</Descriptions.Item>
                <Descriptions.Item label="准考证号">{sheet.ticketNumber ?? '—'}</Descriptions.Item>
                <Descriptions.Item label="申报等级">{zh(sheet.rankLabel)}</Descriptions.Item>
                <Descriptions.Item label="状态">{zh(sheet.statusLabel)}</Descriptions.Item>
              </Descriptions>
              <SheetForm sheet={sheet} />
            </Card>
          )}
        </QueryState>
      )}
    </Space>
  );
}
