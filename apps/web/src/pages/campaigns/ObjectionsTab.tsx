import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Empty, Form, Input, List, Modal, Radio, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { fieldErrorsOf, messageOf, showFieldErrors, zh } from '../../api/problem';
import type { components } from '../../api/schema';
import { ObjectionMeta } from '../../components/ObjectionMeta';
import { QueryState } from '../../components/QueryState';
import { chinaDate } from '../worker/career/ladder-view';
import type { Campaign } from './campaign-board';
import { PublicityCalendar } from './PublicityCalendar';

type Objection = components['schemas']['ObjectionResponseDto'];
type Resolve = components['schemas']['ResolveObjectionDto'];

/** 公示与异议: the results notice of the campaign, and each objection to it, resolved with a stated reason. */
export function ObjectionsTab({ campaign, canResolve }: { campaign: Campaign; canResolve: boolean }) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [resolving, setResolving] = useState<Objection | null>(null);
  const [form] = Form.useForm<Resolve>();
  const notices = useQuery({
    queryKey: ['campaign', campaign.id, 'notices'],
    queryFn: async () => unwrap(await api.GET('/api/v1/publicity', { params: { query: { subjectId: campaign.id, pageSize: 10 } } })),
  });
  const notice = notices.data?.items[0];
  const objections = useQuery({
    queryKey: ['campaign', campaign.id, 'objections', notice?.id],
    enabled: Boolean(notice),
    queryFn: async () => unwrap(await api.GET('/api/v1/publicity/{id}/objections', { params: { path: { id: (notice as { id: string }).id } } })),
  });
  const resolve = useMutation({
    mutationFn: async (body: Resolve) => unwrap(await api.POST('/api/v1/objections/{id}/resolve', { params: { path: { id: (resolving as Objection).id } }, body })),
    onSuccess: async (o) => {
      setResolving(null);
      message.success(`异议已处理：${zh(o.statusLabel)}`);
      await queryClient.invalidateQueries({ queryKey: ['campaign', campaign.id] });
    },
    onError: (e) => showFieldErrors(form, e),
  });
  return (
    <QueryState query={notices}>
      {() =>
        !notice ? (
          <Empty description="结果发布后在此公示，并处理异议" />
        ) : (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Typography.Paragraph>
              {notice.title}：{chinaDate(notice.startsOn)} 至 {chinaDate(notice.endsOn)}（{notice.workingDays}个工作日）<Tag style={{ marginLeft: 8 }}>{zh(notice.phaseLabel)}</Tag>
            </Typography.Paragraph>
            <PublicityCalendar from={notice.startsOn} n={notice.workingDays} />
            <QueryState query={objections} empty={(list) => list.length === 0} emptyText="暂无异议">
              {(list) => (
                <List
                  dataSource={list}
                  renderItem={(o) => (
                    <List.Item
                      data-testid="objection"
                      extra={
                        canResolve && o.status === 'pending' ? (
                          <Button
                            onClick={() => {
                              resolve.reset();
                              form.resetFields();
                              setResolving(o);
                            }}
                          >
                            处理
                          </Button>
                        ) : null
                      }
                    >
                      <ObjectionMeta objection={o} showFiler={true} />
                    </List.Item>
                  )}
                />
              )}
            </QueryState>
            <Modal
              open={resolving !== null}
              title="处理异议"
              okText="确认"
              cancelText="取消"
              confirmLoading={resolve.isPending}
              onOk={() => form.validateFields().then((v) => resolve.mutate({ outcome: v.outcome, resolution: v.resolution }), () => undefined)}
              onCancel={() => setResolving(null)}
              destroyOnHidden
            >
              {resolving && <Typography.Paragraph>异议理由：{resolving.reason}</Typography.Paragraph>}
              {resolve.isError && !fieldErrorsOf(resolve.error).length && <Alert type="error" showIcon title={messageOf(resolve.error)} role="alert" />}
              <Form form={form} layout="vertical" preserve={false}>
                <Form.Item name="outcome" label="处理结果" rules={[{ required: true, message: '请选择处理结果' }]}>
                  <Radio.Group
                    options={[
                      { value: 'dismissed', label: '异议不成立（结果维持）' },
                      { value: 'upheld', label: '异议成立（须更正或撤销该结果）' },
                    ]}
                  />
                </Form.Item>
                <Form.Item name="resolution" label="处理意见（记入审计）" rules={[{ required: true, whitespace: true, message: '请填写处理意见' }]}>
                  <Input.TextArea rows={3} maxLength={2000} showCount />
                </Form.Item>
              </Form>
            </Modal>
          </Space>
        )
      }
    </QueryState>
  );
}
