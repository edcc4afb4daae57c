import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Modal } from 'antd';
import type { ReactNode } from 'react';
import { fieldErrorsOf, messageOf, showFieldErrors } from '../api/problem';

/** A form in a modal whose request errors show under its fields (or above them). */
export function FormModal<V extends object>(props: { title: string; okText: string; width?: number; onClose: () => void; submit: (v: V) => Promise<unknown>; success: string; invalidate: string; children: ReactNode; initialValues?: Partial<V> }) {
  const [form] = Form.useForm<V>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const mutation = useMutation({
    mutationFn: props.submit,
    onSuccess: async () => {
      message.success(props.success);
      props.onClose();
      await queryClient.invalidateQueries({ queryKey: [props.invalidate] });
    },
    onError: (e) => showFieldErrors(form, e),
  });
  return (
    <Modal open width={props.width} title={props.title} okText={props.okText} cancelText="取消" confirmLoading={mutation.isPending} onOk={() => form.validateFields().then((v) => mutation.mutate(v), () => undefined)} onCancel={props.onClose} destroyOnHidden>
      {mutation.isError && !fieldErrorsOf(mutation.error).length && <Alert type="error" showIcon title={messageOf(mutation.error)} role="alert" style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" preserve={false} initialValues={props.initialValues}>
        {props.children}
      </Form>
    </Modal>
  );
}
