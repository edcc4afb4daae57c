import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, DatePicker, Descriptions, Form, Input, List, Modal, Space, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { messageOf, showFieldErrors, zh } from '../../api/problem';
import type { components } from '../../api/schema';
import { QueryState } from '../../components/QueryState';
import { chinaDayOf } from '../worker/career/ladder-view';
import { AUTHOR_ROLE_ZH, VERSION_ACTION_ZH } from './labels';
import { VersionTag } from './StandardsPage';
import { CommentForm, EligibilityCheck, ExportButton } from './VersionTools';

type Version = components['schemas']['VersionSummaryDto'];
type VersionDetail = components['schemas']['VersionDetailDto'];
type Comment = components['schemas']['CommentResponseDto'];

/** A standard's page: its versions with their statuses, the chosen version's steps and the bureau's review thread. */
export default function StandardPage() {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const standard = useQuery({
    queryKey: ['standard', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/standards/{id}', { params: { path: { id } } })),
  });
  const versions = useQuery({
    queryKey: ['standard', id, 'versions'],
    queryFn: async () => unwrap(await api.GET('/api/v1/standards/{id}/versions', { params: { path: { id } } })),
  });
  const latest = versions.data?.reduce<Version | undefined>((a, v) => (!a || v.version > a.version ? v : a), undefined);
  const selected = Number(params.get('v')) || latest?.version;
  const newVersion = useMutation({
    mutationFn: async () => unwrap(await api.POST('/api/v1/standards/{id}/versions', { params: { path: { id } }, body: {} })),
    onSuccess: async (v) => {
      message.success(`已新建第${v.version}版草稿`);
      await queryClient.invalidateQueries({ queryKey: ['standard', id] });
      setParams({ v: String(v.version) });
    },
    onError: (e) => message.error(messageOf(e)),
  });

  return (
    <QueryState query={standard}>
      {(s) => (
        <Space direction="vertical" size={12} style={{ width: '100%' }}>
          <Typography.Text>
            <Link to="/hr/standards">评价规范</Link> / {s.title}
          </Typography.Text>
          <Typography.Title level={4} className="page-title">
            {s.title}
          </Typography.Title>
          <Descriptions size="small" column={3}>
            <Descriptions.Item label="职业">{`${s.occupation.nameZh}（${s.occupation.code}）`}</Descriptions.Item>
            <Descriptions.Item label="类别">{zh(s.sourceLabel)}</Descriptions.Item>
            <Descriptions.Item label="现行版本">{s.inForce ? `第${s.inForce.version}版，${s.inForce.effectiveFrom ?? ''} 起施行` : '尚无'}</Descriptions.Item>
          </Descriptions>
          <Card
            size="small"
            title="版本"
            extra={
              <Button size="small" onClick={() => newVersion.mutate()} loading={newVersion.isPending}>
                新建版本
              </Button>
            }
          >
            <QueryState query={versions}>
              {(list) => (
                <Table<Version>
                  rowKey="version"
                  size="small"
                  pagination={false}
                  dataSource={[...list].sort((a, b) => b.version - a.version)}
                  rowClassName={(v) => (v.version === selected ? 'ant-table-row-selected' : '')}
                  onRow={(v) => ({ onClick: () => setParams({ v: String(v.version) }), style: { cursor: 'pointer' } })}
                  columns={[
                    { title: '版本', dataIndex: 'version', render: (n: number) => `第${n}版` },
                    { title: '名称', dataIndex: 'label', render: (v: string | null) => v ?? '—' },
                    { title: '状态', key: 'status', render: (_, v) => <VersionTag version={v} /> },
                    { title: '生效', key: 'effective', render: (_, v) => (v.effectiveFrom ? `${v.effectiveFrom} 起${v.effectiveTo ? `，${v.effectiveTo} 止` : ''}` : '—') },
                    { title: '使用中的认定计划', dataIndex: 'pinnedCount' },
                  ]}
                />
              )}
            </QueryState>
          </Card>
          {selected ? <VersionPanel standardId={id} version={selected} title={s.title} /> : null}
        </Space>
      )}
    </QueryState>
  );
}

function VersionPanel({ standardId, version, title }: { standardId: string; version: number; title: string }) {
  const path = { id: standardId, version };
  const detail = useQuery({
    queryKey: ['standard', standardId, 'version', version],
    queryFn: async () => unwrap(await api.GET('/api/v1/standards/{id}/versions/{version}', { params: { path } })),
  });
  const comments = useQuery({
    queryKey: ['standard', standardId, 'version', version, 'comments'],
    queryFn: async () => unwrap(await api.GET('/api/v1/standards/{id}/versions/{version}/comments', { params: { path } })),
  });
  return (
    <QueryState query={detail}>
      {(v) => (
        <Card
          size="small"
          title={<Space>{`第${v.version}版${v.label ? ` ${v.label}` : ''}`}<VersionTag version={v} /></Space>}
          extra={
            <Space>
              <ExportButton standardId={standardId} version={v.version} title={title} />
              <VersionActions standardId={standardId} version={v} />
            </Space>
          }
        >
          <Space direction="vertical" size={12} style={{ width: '100%' }}>
            <Descriptions size="small" column={3}>
              <Descriptions.Item label="提交审核">{v.submittedAt ? chinaDayOf(v.submittedAt) : '—'}</Descriptions.Item>
              <Descriptions.Item label="审核">{v.reviewedAt ? chinaDayOf(v.reviewedAt) : '—'}</Descriptions.Item>
              <Descriptions.Item label="发布">{v.publishedAt ? chinaDayOf(v.publishedAt) : '—'}</Descriptions.Item>
              <Descriptions.Item label="等级" span={3}>
                {v.levels.length} 个等级
              </Descriptions.Item>
              <Descriptions.Item label="说明" span={3}>
                {v.notes ?? '—'}
              </Descriptions.Item>
            </Descriptions>
            {v.editable && <EditDraft key={v.version} standardId={standardId} version={v} />}
            <Typography.Title level={5} style={{ margin: 0 }}>
              审核意见
            </Typography.Title>
            <QueryState query={comments} empty={(list) => list.length === 0} emptyText="暂无审核意见">
              {(list) => (
                <List<Comment>
                  size="small"
                  dataSource={list}
                  renderItem={(c) => (
                    <List.Item className="review-comment">
                      <List.Item.Meta
                        title={
                          <Space size={8} wrap>
                            <strong>{c.authorName}</strong>
                            <Typography.Text type="secondary">{AUTHOR_ROLE_ZH[c.authorRole] ?? c.authorRole}</Typography.Text>
                            {c.action && <Typography.Text>{VERSION_ACTION_ZH[c.action] ?? c.action}</Typography.Text>}
                            <Typography.Text type="secondary">{chinaDayOf(c.createdAt)}</Typography.Text>
                          </Space>
                        }
                        description={
                          <>
                            {c.body ?? ''}
                            {c.fieldPath ? <Typography.Text type="secondary">（{c.fieldPath}）</Typography.Text> : null}
                          </>
                        }
                      />
                    </List.Item>
                  )}
                />
              )}
            </QueryState>
            <CommentForm standardId={standardId} version={v.version} />
            {v.levels.length > 0 && <EligibilityCheck standardId={standardId} version={v} />}
          </Space>
        </Card>
      )}
    </QueryState>
  );
}

/** The steps the API allows on this version now: submit, withdraw, publish (with an effective date), retire (with a reason). */
function VersionActions({ standardId, version }: { standardId: string; version: VersionDetail }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [publishing, setPublishing] = useState(false);
  const [retiring, setRetiring] = useState(false);
  const path = { id: standardId, version: version.version };
  const done = async (text: string) => {
    message.success(text);
    await queryClient.invalidateQueries({ queryKey: ['standard', standardId] });
    await queryClient.invalidateQueries({ queryKey: ['standards'] });
  };
  const step = useMutation({
    mutationFn: async (action: 'submit' | 'withdraw') =>
      action === 'submit'
        ? unwrap(await api.POST('/api/v1/standards/{id}/versions/{version}/submit', { params: { path }, body: {} }))
        : unwrap(await api.POST('/api/v1/standards/{id}/versions/{version}/withdraw', { params: { path }, body: {} })),
    onSuccess: (_, action) => done(action === 'submit' ? '已提交人社局审核' : '已撤回为草稿'),
    onError: (e) => message.error(messageOf(e)),
  });
  const can = (a: VersionDetail['allowedActions'][number]) => version.allowedActions.includes(a);
  return (
    <Space>
      {can('submit') && (
        <Button size="small" type="primary" loading={step.isPending} onClick={() => step.mutate('submit')}>
          提交审核
        </Button>
      )}
      {can('withdraw') && (
        <Button size="small" loading={step.isPending} onClick={() => step.mutate('withdraw')}>
          撤回
        </Button>
      )}
      {can('publish') && (
        <Button size="small" type="primary" onClick={() => setPublishing(true)}>
          发布
        </Button>
      )}
      {can('retire') && (
        <Button size="small" danger onClick={() => setRetiring(true)}>
          废止
        </Button>
      )}
      <PublishDialog open={publishing} onClose={() => setPublishing(false)} path={path} onDone={() => done('已发布')} />
      <RetireDialog open={retiring} onClose={() => setRetiring(false)} path={path} onDone={() => done('已废止')} />
    </Space>
  );
}

type VersionPath = { id: string; version: number };

function PublishDialog({ open, onClose, path, onDone }: { open: boolean; onClose: () => void; path: VersionPath; onDone: () => Promise<void> }) {
  const [form] = Form.useForm<{ effectiveFrom: Dayjs; comment?: string }>();
  const publish = useMutation({
    mutationFn: async (v: { effectiveFrom: Dayjs; comment?: string }) =>
      unwrap(
        await api.POST('/api/v1/standards/{id}/versions/{version}/publish', {
          params: { path },
          body: { effectiveFrom: v.effectiveFrom.format('YYYY-MM-DD'), comment: v.comment || undefined },
        }),
      ),
    onSuccess: async () => {
      onClose();
      await onDone();
    },
    onError: (e) => showFieldErrors(form, e),
  });
  return (
    <Modal title="发布版本" open={open} onCancel={onClose} okText="发布" confirmLoading={publish.isPending} onOk={() => form.submit()} destroyOnHidden>
      <Form form={form} layout="vertical" preserve={false} initialValues={{ effectiveFrom: dayjs() }} onFinish={(v) => publish.mutate(v)}>
        <Form.Item name="effectiveFrom" label="生效日期" rules={[{ required: true, message: '请选择生效日期' }]} extra="今天或以后；生效后上一版本自动停止施行">
          <DatePicker />
        </Form.Item>
        <Form.Item name="comment" label="说明">
          <Input.TextArea maxLength={4000} rows={2} />
        </Form.Item>
        {publish.isError && <Typography.Text type="danger">{messageOf(publish.error)}</Typography.Text>}
      </Form>
    </Modal>
  );
}

function RetireDialog({ open, onClose, path, onDone }: { open: boolean; onClose: () => void; path: VersionPath; onDone: () => Promise<void> }) {
  const [form] = Form.useForm<{ comment: string }>();
  const retire = useMutation({
    mutationFn: async (v: { comment: string }) => unwrap(await api.POST('/api/v1/standards/{id}/versions/{version}/retire', { params: { path }, body: { comment: v.comment } })),
    onSuccess: async () => {
      onClose();
      await onDone();
    },
    onError: (e) => showFieldErrors(form, e),
  });
  return (
    <Modal title="废止版本" open={open} onCancel={onClose} okText="废止" okButtonProps={{ danger: true }} confirmLoading={retire.isPending} onOk={() => form.submit()} destroyOnHidden>
      <Form form={form} layout="vertical" preserve={false} onFinish={(v) => retire.mutate(v)}>
        <Form.Item name="comment" label="废止原因" rules={[{ required: true, message: '请填写废止原因' }]}>
          <Input.TextArea maxLength={500} rows={3} />
        </Form.Item>
        {retire.isError && <Typography.Text type="danger">{messageOf(retire.error)}</Typography.Text>}
      </Form>
    </Modal>
  );
}

/** 修改草稿: the version's name and notes; the levels are edited in the standard document (export, change, import). */
function EditDraft({ standardId, version }: { standardId: string; version: VersionDetail }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ label?: string; notes?: string }>();
  const save = useMutation({
    mutationFn: async (v: { label?: string; notes?: string }) =>
      unwrap(
        await api.PATCH('/api/v1/standards/{id}/versions/{version}', {
          params: { path: { id: standardId, version: version.version } },
          body: { label: v.label || undefined, notes: v.notes || undefined },
        }),
      ),
    onSuccess: async () => {
      message.success('草稿已保存');
      await queryClient.invalidateQueries({ queryKey: ['standard', standardId] });
    },
    onError: (e) => {
      if (!showFieldErrors(form, e)) message.error(messageOf(e));
    },
  });
  return (
    <Form form={form} layout="inline" initialValues={{ label: version.label ?? '', notes: version.notes ?? '' }} onFinish={(v) => save.mutate(v)} className="draft-form">
      <Form.Item name="label" label="版本名称">
        <Input maxLength={100} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item name="notes" label="说明">
        <Input maxLength={4000} style={{ width: 420 }} />
      </Form.Item>
      <Form.Item>
        <Button htmlType="submit" loading={save.isPending}>
          保存草稿
        </Button>
      </Form.Item>
    </Form>
  );
}
