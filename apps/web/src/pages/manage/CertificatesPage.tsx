import { FilePdfOutlined, StopOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { api, openBinary, unwrap } from '../../api/client';
import { fieldErrorsOf, messageOf, showFieldErrors, zh } from '../../api/problem';
import type { components } from '../../api/schema';
import { useAuth } from '../../auth/AuthContext';
import { QueryState } from '../../components/QueryState';

type Certificate = components['schemas']['CertificateResponseDto'];
type Status = NonNullable<Certificate['status']>;

const NUMBER = /^[YS]\d{21}$/;

/** 证书: search the certificates in the caller's scope, open the PDF, revoke with a reason (HR of the body, the bureau). */
export default function CertificatesPage() {
  const { role } = useAuth();
  const canRevoke = role === 'hr_admin' || role === 'bureau_officer';
  const [params, setParams] = useSearchParams();
  const page = Number(params.get('page') ?? '1') || 1;
  const number = params.get('number') ?? '';
  const status = (params.get('status') as Status | null) ?? undefined;
  const [revoking, setRevoking] = useState<Certificate | null>(null);
  const [form] = Form.useForm<{ reason: string }>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();

  const query = useQuery({
    queryKey: ['certificates', page, number, status],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/certificates', {
          params: { query: { page, pageSize: 20, ...(NUMBER.test(number) ? { certificateNumber: number } : {}), ...(status ? { status } : {}) } },
        }),
      ),
  });
  const revoke = useMutation({
    mutationFn: async (reason: string) =>
      unwrap(await api.POST('/api/v1/certificates/{id}/revoke', { params: { path: { id: (revoking as Certificate).id } }, body: { reason } })),
    onSuccess: async (c) => {
      setRevoking(null);
      message.success(`证书 ${c.certificateNumber} 已撤销`);
      await queryClient.invalidateQueries({ queryKey: ['certificates'] });
    },
    onError: (error) => showFieldErrors(form, error),
  });

  const update = (next: Record<string, string | undefined>) => {
    const merged = new URLSearchParams(params);
    for (const [k, v] of Object.entries(next)) {
      if (v) merged.set(k, v);
      else merged.delete(k);
    }
    setParams(merged);
  };

  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Typography.Title level={4} className="page-title">
        职业技能等级证书
      </Typography.Title>
      <Card size="small">
        <Space wrap>
          <Input.Search
            allowClear
            placeholder="证书编号（22位）"
            defaultValue={number}
            style={{ width: 280 }}
            onSearch={(v) => update({ number: v.trim().toUpperCase() || undefined, page: undefined })}
          />
          <Select<Status | ''>
            style={{ width: 140 }}
            value={status ?? ''}
            onChange={(v) => update({ status: v || undefined, page: undefined })}
            options={[
              { value: '', label: '全部状态' },
              { value: 'valid', label: '有效' },
              { value: 'revoked', label: '已撤销' },
            ]}
          />
        </Space>
        {number && !NUMBER.test(number) && <Alert type="warning" showIcon title="证书编号应为22位：字母Y或S加21位数字" style={{ marginTop: 8 }} />}
      </Card>
      <QueryState query={query}>
        {(data) => (
          <Table<Certificate>
            rowKey="id"
            size="middle"
            scroll={{ x: true }}
            dataSource={data.items}
            locale={{ emptyText: '没有符合条件的证书' }}
            pagination={{ current: data.page, pageSize: data.pageSize, total: data.total, showSizeChanger: false, onChange: (p) => update({ page: String(p) }) }}
            columns={[
              { title: '证书编号', dataIndex: 'certificateNumber' },
              { title: '姓名', dataIndex: 'holderName' },
              { title: '职业', dataIndex: 'occupationName' },
              { title: '等级', dataIndex: 'levelLabel' },
              { title: '发证日期', dataIndex: 'issuedOn' },
              { title: '状态', dataIndex: 'status', render: (v: Status, c) => <Tag color={v === 'valid' ? 'success' : 'error'}>{zh(c.statusLabel)}</Tag> },
              {
                title: '操作',
                key: 'actions',
                render: (_, c) => (
                  <Space>
                    {role !== 'platform_admin' && (
                      <Button size="small" icon={<FilePdfOutlined />} onClick={() => openBinary(`/api/v1/certificates/${c.id}/pdf`).catch((e) => message.error(messageOf(e)))}>
                        PDF
                      </Button>
                    )}
                    {canRevoke && c.status === 'valid' && (
                      <Button
                        size="small"
                        danger
                        icon={<StopOutlined />}
                        onClick={() => {
                          revoke.reset();
                          form.resetFields();
                          setRevoking(c);
                        }}
                      >
                        撤销
                      </Button>
                    )}
                  </Space>
                ),
              },
            ]}
          />
        )}
      </QueryState>
      <Modal
        open={revoking !== null}
        title={revoking ? `撤销证书 ${revoking.certificateNumber}` : ''}
        okText="确认撤销"
        okButtonProps={{ danger: true }}
        cancelText="取消"
        confirmLoading={revoke.isPending}
        onOk={() => form.validateFields().then((v) => revoke.mutate(v.reason), () => undefined)}
        onCancel={() => setRevoking(null)}
        destroyOnHidden
      >
        {revoking && (
          <Typography.Paragraph>
            持证人：{revoking.holderName}，{revoking.occupationName} {revoking.levelLabel}。撤销后公开查验将显示“已撤销”，且不可恢复。
          </Typography.Paragraph>
        )}
        {revoke.isError && !fieldErrorsOf(revoke.error).length && <Alert type="error" showIcon title={messageOf(revoke.error)} role="alert" />}
        <Form form={form} layout="vertical" preserve={false}>
          <Form.Item name="reason" label="撤销理由（记入审计）" rules={[{ required: true, whitespace: true, message: '请填写撤销理由' }]}>
            <Input.TextArea rows={3} maxLength={1000} showCount />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
