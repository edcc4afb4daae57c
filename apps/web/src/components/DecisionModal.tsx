import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input, InputNumber, Modal } from 'antd';
import { fieldErrorsOf, messageOf, showFieldErrors } from '../api/problem';

export interface DecisionField {
  name: string;
  label: string;
  optional?: boolean;
  placeholder?: string;
  pattern?: RegExp;
  patternMessage?: string;
  /** A whole number between min and max (e.g. publicity working days). */
  number?: { min: number; max: number };
  initialValue?: string | number;
}

/** A decision or step that asks for a few fields (a reason, a comment, codes) before it runs. */
export interface Decision {
  title: string;
  /** The fields the decision asks for, with their labels; all required unless marked optional. */
  fields: DecisionField[];
  danger?: boolean;
  /** Shown above the fields (what the step will do). */
  intro?: string;
  run: (values: Record<string, string>) => Promise<unknown>;
}

const LONG_TEXT = new Set(['reason', 'comment', 'note']);

/**
 * One modal for every decision: its fields, the API's field errors under them. On success the
 * queries under each key of `invalidate` are read again.
 */
export function DecisionModal({ decision, onClose, invalidate }: { decision: Decision | null; onClose: () => void; invalidate: (readonly unknown[])[] }) {
  const [form] = Form.useForm<Record<string, string>>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const mutation = useMutation({
    mutationFn: (values: Record<string, string>) => (decision as Decision).run(values),
    onSuccess: async () => {
      message.success(`${(decision as Decision).title}：已完成`);
      onClose();
      await Promise.all(invalidate.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
    },
    onError: (e) => showFieldErrors(form, e),
  });
  return (
    <Modal
      open={decision !== null}
      title={decision?.title}
      okText="确认"
      cancelText="取消"
      okButtonProps={{ danger: decision?.danger }}
      confirmLoading={mutation.isPending}
      onOk={() => form.validateFields().then((v) => mutation.mutate(v), () => undefined)}
      onCancel={onClose}
      destroyOnHidden
    >
      {decision?.intro && <p>{decision.intro}</p>}
      {mutation.isError && !fieldErrorsOf(mutation.error).length && <Alert type="error" showIcon title={messageOf(mutation.error)} role="alert" style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" preserve={false}>
        {decision?.fields.map((f) => (
          <Form.Item
            key={f.name}
            name={f.name}
            label={f.label}
            initialValue={f.initialValue}
            rules={[
              ...(f.optional ? [] : [{ required: true, ...(f.number ? {} : { whitespace: true }), message: `请填写${f.label.replace(/（[^（）]*）$/, '')}` }]),
              ...(f.pattern ? [{ pattern: f.pattern, message: f.patternMessage }] : []),
            ]}
          >
            {f.number ? (
              <InputNumber min={f.number.min} max={f.number.max} precision={0} style={{ width: 160 }} />
            ) : LONG_TEXT.has(f.name) ? (
              <Input.TextArea rows={3} maxLength={1000} showCount />
            ) : (
              <Input placeholder={f.placeholder} />
            )}
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}
