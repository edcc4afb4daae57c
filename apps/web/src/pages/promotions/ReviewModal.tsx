import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, InputNumber, Modal, Space, Typography } from 'antd';
import { api, unwrap } from '../../api/client';
import { fieldErrorsOf, messageOf, showFieldErrors } from '../../api/problem';
import type { components } from '../../api/schema';

type Criterion = components['schemas']['RubricCriterionDto'];
interface Values {
  sheets: { reviewer: string; scores: Record<string, number> }[];
  comment?: string;
}

/**
 * 评审委员会评分: one row per member, a 0–100 score per criterion of the tier's rubric; the API
 * weighs them, and the total against the pass mark decides. Also the renewal review (续聘评审).
 */
export function ReviewModal(props: { appointmentId: string; renewal: boolean; criteria: Criterion[]; minReviewers: number; passMark: number; onClose: () => void }) {
  const { appointmentId, renewal, criteria, minReviewers, passMark, onClose } = props;
  const [form] = Form.useForm<Values>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const seats = Math.max(3, minReviewers % 2 ? minReviewers : minReviewers + 1);
  const review = useMutation({
    mutationFn: async (v: Values) => {
      const body = { sheets: v.sheets, ...(v.comment?.trim() ? { comment: v.comment.trim() } : {}) };
      const path = { params: { path: { id: appointmentId } }, body };
      return unwrap(renewal ? await api.POST('/api/v1/appointments/{id}/renew', path) : await api.POST('/api/v1/appointments/{id}/review', path));
    },
    onSuccess: async (a) => {
      message.success(`评审已录入：加权得分 ${a.reviewScore ?? '—'}`);
      onClose();
      await queryClient.invalidateQueries({ queryKey: ['appointments'] });
      await queryClient.invalidateQueries({ queryKey: ['audit', appointmentId] });
    },
    onError: (e) => showFieldErrors(form, e),
  });
  const initial: Values = { sheets: Array.from({ length: seats }, (_, i) => ({ reviewer: `评委${i + 1}`, scores: {} })) };
  return (
    <Modal
      open
      width={Math.min(260 + criteria.length * 130, 1100)}
      title={renewal ? '续聘评审' : '录入评审委员会评分'}
      okText="提交评分"
      cancelText="取消"
      confirmLoading={review.isPending}
      onOk={() => form.validateFields().then((v) => review.mutate(v), () => undefined)}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        评审要素及权重：{criteria.map((c) => `${c.label} ${c.weight}%`).join('、')}；加权总分达到 {passMark} 分为通过。评审委员会人数须为不少于 {minReviewers} 人的单数。
      </Typography.Paragraph>
      {review.isError && !fieldErrorsOf(review.error).length && <Alert type="error" showIcon title={messageOf(review.error)} role="alert" style={{ marginBottom: 12 }} />}
      <Form form={form} initialValues={initial} preserve={false}>
        <Form.List name="sheets">
          {(rows, { add, remove }) => (
            <>
              <Space size={8} style={{ fontWeight: 600, marginBottom: 4 }}>
                <span style={{ display: 'inline-block', width: 110 }}>评委</span>
                {criteria.map((c) => (
                  <span key={c.code} style={{ display: 'inline-block', width: 110 }}>
                    {c.label}
                  </span>
                ))}
              </Space>
              {rows.map((row, index) => (
                <Space key={row.key} size={8} align="start">
                  <Form.Item name={[row.name, 'reviewer']} rules={[{ required: true, whitespace: true, message: '请填写评委' }]} style={{ width: 110, marginBottom: 8 }}>
                    <Input aria-label={`第${index + 1}位评委`} maxLength={50} />
                  </Form.Item>
                  {criteria.map((c) => (
                    <Form.Item key={c.code} name={[row.name, 'scores', c.code]} rules={[{ required: true, message: '请评分' }]} style={{ width: 110, marginBottom: 8 }}>
                      <InputNumber aria-label={`第${index + 1}位评委 ${c.label}`} min={0} max={100} style={{ width: '100%' }} />
                    </Form.Item>
                  ))}
                  {rows.length > 1 && (
                    <Button type="link" onClick={() => remove(row.name)}>
                      删除
                    </Button>
                  )}
                </Space>
              ))}
              <Button type="dashed" onClick={() => add({ reviewer: `评委${rows.length + 1}`, scores: {} })}>
                增加评委
              </Button>
            </>
          )}
        </Form.List>
        <Form.Item name="comment" label="评审意见" style={{ marginTop: 12 }}>
          <Input.TextArea rows={2} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
