import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input, Modal, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { fieldErrorsOf, messageOf, showFieldErrors } from '../api/problem';

/**
 * A dialog holding one form that one request submits: the form's own rules first, then the API's
 * field errors under the fields they name, any other refusal above the form. On success it says
 * so, refreshes the queries under `invalidate` and closes.
 */
export function FormModal<V extends object>(props: {
  open: boolean;
  title: string;
  okText?: string;
  danger?: boolean;
  width?: number;
  initialValues?: Partial<V>;
  /** Says what was done, e.g. "已停用". */
  done: string;
  invalidate: readonly unknown[];
  submit: (values: V) => Promise<unknown>;
  onClose: () => void;
  children: ReactNode | ((form: FormInstance<V>) => ReactNode);
}) {
  const [form] = Form.useForm<V>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const mutation = useMutation({
    mutationFn: props.submit,
    onSuccess: async () => {
      message.success(props.done);
      props.onClose();
      await queryClient.invalidateQueries({ queryKey: props.invalidate });
    },
    onError: (e) => showFieldErrors(form, e),
  });
  const close = () => {
    mutation.reset();
    props.onClose();
  };
  return (
    <Modal
      open={props.open}
      title={props.title}
      okText={props.okText ?? '确认'}
      cancelText="取消"
      width={props.width}
      okButtonProps={{ danger: props.danger }}
      confirmLoading={mutation.isPending}
      onOk={() => form.validateFields().then((v) => mutation.mutate(v), () => undefined)}
      onCancel={close}
      afterClose={() => mutation.reset()}
      destroyOnHidden
    >
      {mutation.isError && !fieldErrorsOf(mutation.error).length && <Alert type="error" showIcon title={messageOf(mutation.error)} role="alert" style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" preserve={false} initialValues={props.initialValues}>
        {typeof props.children === 'function' ? props.children(form) : props.children}
      </Form>
    </Modal>
  );
}

/** The reason field every audited decision asks for (停用、暂停、恢复…). */
export function ReasonField({ label = '理由（记入审计）', optional = false }: { label?: string; optional?: boolean }) {
  return (
    <Form.Item name="reason" label={label} rules={optional ? [] : [{ required: true, whitespace: true, message: '请填写理由' }]}>
      <Input.TextArea rows={3} maxLength={500} showCount />
    </Form.Item>
  );
}
