import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, List, Modal, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { messageOf, showFieldErrors, zh } from '../../api/problem';
import type { components } from '../../api/schema';
import { ObjectionMeta } from '../../components/ObjectionMeta';
import { QueryState } from '../../components/QueryState';
import { chinaDate } from './career/ladder-view';

type Entry = components['schemas']['PublicityEntryDto'];

const text = (payload: Record<string, unknown>, key: string) => (typeof payload[key] === 'string' ? (payload[key] as string) : '');

/** 公示: the notices of the worker's workplace open for objections now. */
export function PublicityListPage() {
  const query = useQuery({
    queryKey: ['publicity', 'open'],
    queryFn: async () => unwrap(await api.GET('/api/v1/publicity', { params: { query: { phase: 'open', pageSize: 50 } } })),
  });
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Typography.Title level={4} className="page-title">
        公示
      </Typography.Title>
      <Typography.Paragraph type="secondary">本单位正在公示的认定结果和评聘人选。对公示内容有异议的，可在公示期内实名提出。</Typography.Paragraph>
      <QueryState query={query} empty={(page) => page.items.length === 0} emptyText="目前没有正在公示的内容">
        {(page) => (
          <List
            dataSource={page.items}
            renderItem={(n) => (
              <Card size="small" style={{ marginBottom: 12 }}>
                <Link to={`/worker/publicity/${n.id}`} style={{ fontSize: 16, fontWeight: 600 }}>
                  {n.title}
                </Link>
                <div>
                  <Typography.Text type="secondary">
                    {chinaDate(n.startsOn)} 至 {chinaDate(n.endsOn)}（{n.workingDays}个工作日）· {n.entryCount} 人
                  </Typography.Text>
                </div>
              </Card>
            )}
          />
        )}
      </QueryState>
    </Space>
  );
}

/** One notice: who is publicized, with what; file an objection (实名) during the window and follow it. */
export function PublicityNoticePage() {
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [objecting, setObjecting] = useState<Entry | null>(null);
  const [form] = Form.useForm<{ reason: string }>();
  const notice = useQuery({
    queryKey: ['publicity', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/publicity/{id}', { params: { path: { id } } })),
  });
  const mine = useQuery({
    queryKey: ['publicity', id, 'objections'],
    queryFn: async () => unwrap(await api.GET('/api/v1/publicity/{id}/objections', { params: { path: { id } } })),
  });
  const file = useMutation({
    mutationFn: async (reason: string) =>
      unwrap(await api.POST('/api/v1/publicity/{id}/objections', { params: { path: { id } }, body: { reason, personId: (objecting as Entry).personId } })),
    onSuccess: async () => {
      setObjecting(null);
      message.success('异议已提交，单位将核查处理');
      await queryClient.invalidateQueries({ queryKey: ['publicity', id, 'objections'] });
    },
    onError: (error) => showFieldErrors(form, error),
  });

  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Link to="/worker/publicity" style={{ display: 'inline-flex', minHeight: 44, alignItems: 'center' }}>
        ← 返回公示列表
      </Link>
      <QueryState query={notice}>
        {(n) => (
          <Card size="small" title={n.title}>
            <Typography.Paragraph>
              公示期 {chinaDate(n.startsOn)} 至 {chinaDate(n.endsOn)}（{n.workingDays}个工作日）<Tag style={{ marginLeft: 8 }}>{zh(n.phaseLabel)}</Tag>
            </Typography.Paragraph>
            <List
              dataSource={n.entries}
              renderItem={(e) => (
                <List.Item
                  data-testid="publicity-entry"
                  extra={
                    n.phase === 'open' ? (
                      <Button
                        className="touch"
                        onClick={() => {
                          file.reset();
                          form.resetFields();
                          setObjecting(e);
                        }}
                      >
                        提出异议
                      </Button>
                    ) : null
                  }
                >
                  <List.Item.Meta
                    title={`${text(e.payload, 'name')} · ${text(e.payload, 'idNumberMasked')}`}
                    description={[text(e.payload, 'occupation'), text(e.payload, 'level'), zh(text(e.payload, 'result') || text(e.payload, 'tier'))].filter(Boolean).join(' · ')}
                  />
                </List.Item>
              )}
            />
          </Card>
        )}
      </QueryState>
      <Card size="small" title="我提出的异议">
        <QueryState query={mine} empty={(list) => list.length === 0} emptyText="您没有对本公示提出异议">
          {(list) => (
            <List
              dataSource={list}
              renderItem={(o) => (
                <List.Item data-testid="my-objection">
                  <ObjectionMeta objection={o} showFiler={false} />
                </List.Item>
              )}
            />
          )}
        </QueryState>
      </Card>
      <Modal
        open={objecting !== null}
        title={objecting ? `对 ${text(objecting.payload, 'name')} 的公示提出异议` : ''}
        okText="提交异议"
        cancelText="取消"
        confirmLoading={file.isPending}
        onOk={() => form.validateFields().then((v) => file.mutate(v.reason), () => undefined)}
        onCancel={() => setObjecting(null)}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">异议以您的实名提出，请如实说明理由和依据。</Typography.Paragraph>
        {file.isError && <Alert type="error" showIcon title={messageOf(file.error)} role="alert" style={{ marginBottom: 12 }} />}
        <Form form={form} layout="vertical" preserve={false}>
          <Form.Item name="reason" label="异议理由" rules={[{ required: true, whitespace: true, message: '请填写异议理由' }]}>
            <Input.TextArea rows={4} maxLength={2000} showCount />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
