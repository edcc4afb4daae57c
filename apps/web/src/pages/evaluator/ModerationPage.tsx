import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Form, Input, InputNumber, Modal, Radio, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { fieldErrorsOf, messageOf, showFieldErrors, zh } from '../../api/problem';
import type { components } from '../../api/schema';
import { QueryState } from '../../components/QueryState';

type ComponentScore = components['schemas']['ComponentScoreDto'];
type ModerateBody = components['schemas']['ModerateComponentDto'];

/** 复核任务: components whose evaluators disagree beyond the threshold, for the committee chair. */
export default function ModerationPage() {
  const [open, setOpen] = useState<ComponentScore | null>(null);
  const [form] = Form.useForm<ModerateBody>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const query = useQuery({
    queryKey: ['component-scores', 'moderation'],
    queryFn: async () => unwrap(await api.GET('/api/v1/component-scores', { params: { query: { status: 'moderation' } } })),
  });
  const moderate = useMutation({
    mutationFn: async (body: ModerateBody) =>
      unwrap(await api.POST('/api/v1/component-scores/{id}/moderate', { params: { path: { id: (open as ComponentScore).id } }, body })),
    onSuccess: async () => {
      setOpen(null);
      message.success('复核结果已保存');
      await queryClient.invalidateQueries({ queryKey: ['component-scores'] });
    },
    onError: (error) => showFieldErrors(form, error),
  });
  const action = Form.useWatch('action', form);

  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Typography.Title level={4} className="page-title">
        复核任务
      </Typography.Title>
      <Typography.Paragraph type="secondary">评分差距超过复核阈值的考核项目，由评审委员会主任或评价机构人力资源部门复核确认或改分（参与评分的考评员须回避）。</Typography.Paragraph>
      <QueryState query={query} empty={(list) => list.length === 0} emptyText="没有待复核的项目">
        {(list) => (
          <Card size="small">
            <Table<ComponentScore>
              rowKey="id"
              size="middle"
              pagination={false}
              scroll={{ x: true }}
              dataSource={list}
              columns={[
                { title: '认定计划', dataIndex: 'campaignName' },
                { title: '考生', dataIndex: 'candidateName' },
                { title: '项目', dataIndex: 'componentLabel', render: (v: string) => zh(v) },
                { title: '各评分', key: 'sheets', render: (_, c) => c.sheets.map((s) => s.score ?? '—').join('、') },
                { title: '分差', dataIndex: 'spread', render: (v: number | null, c) => <Tag color="red">{v ?? '—'}（阈值 {c.moderationThreshold}）</Tag> },
                { title: '平均分', dataIndex: 'aggregateScore' },
                {
                  title: '操作',
                  key: 'act',
                  render: (_, c) => (
                    <Button
                      type="link"
                      onClick={() => {
                        moderate.reset();
                        form.setFieldsValue({ action: 'confirm', score: undefined, reason: '' });
                        setOpen(c);
                      }}
                    >
                      复核
                    </Button>
                  ),
                },
              ]}
            />
          </Card>
        )}
      </QueryState>
      <Modal
        open={open !== null}
        title={open ? `复核：${open.candidateName} · ${zh(open.componentLabel)}` : ''}
        okText="保存复核结果"
        cancelText="取消"
        confirmLoading={moderate.isPending}
        onOk={() => form.validateFields().then((v) => moderate.mutate(v), () => undefined)}
        onCancel={() => setOpen(null)}
        destroyOnHidden
      >
        {open && (
          <>
            <Descriptions size="small" column={1}>
              {open.sheets.map((s) => (
                <Descriptions.Item key={s.sheetId} label={s.evaluatorName}>
                  {s.score ?? '—'}
                </Descriptions.Item>
              ))}
              <Descriptions.Item label="平均分">{open.aggregateScore ?? '—'}</Descriptions.Item>
            </Descriptions>
            {moderate.isError && !fieldErrorsOf(moderate.error).length && <Alert type="error" showIcon title={messageOf(moderate.error)} role="alert" />}
            <Form form={form} layout="vertical" preserve={false}>
              <Form.Item name="action" label="复核结论" rules={[{ required: true }]}>
                <Radio.Group
                  options={[
                    { value: 'confirm', label: '维持平均分' },
                    { value: 'rescore', label: '改分' },
                  ]}
                />
              </Form.Item>
              {action === 'rescore' && (
                <Form.Item name="score" label={`复核分数（满分 ${open.maxScore}）`} rules={[{ required: true, message: '请填写复核分数' }]}>
                  <InputNumber min={0} max={open.maxScore} precision={1} style={{ width: '100%' }} />
                </Form.Item>
              )}
              <Form.Item name="reason" label="复核意见" rules={[{ required: true, whitespace: true, message: '请填写复核意见' }]}>
                <Input.TextArea rows={3} maxLength={1000} showCount />
              </Form.Item>
            </Form>
          </>
        )}
      </Modal>
    </Space>
  );
}
