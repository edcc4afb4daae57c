import { ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Button, Form, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import { messageOf, showFieldErrors, zh } from '../../api/problem';
import type { components } from '../../api/schema';
import { useAuth } from '../../auth/AuthContext';
import { OccupationSelect } from '../../components/OccupationSelect';
import { QueryState } from '../../components/QueryState';
import { ImportStandardDialog } from './ImportStandardDialog';
import { VERSION_STATUS_COLOR } from './labels';

type Standard = components['schemas']['StandardResponseDto'];
type Version = components['schemas']['VersionSummaryDto'];

export function VersionTag({ version }: { version: Pick<Version, 'status' | 'statusLabel'> }) {
  return <Tag color={VERSION_STATUS_COLOR[version.status]}>{zh(version.statusLabel)}</Tag>;
}

/** 评价规范: the enterprise's own evaluation specifications, each with the version in force and the one being worked on. */
export default function StandardsPage() {
  const { me } = useAuth();
  const organizationId = me?.organization?.id;
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const query = useQuery({
    queryKey: ['standards', 'own', organizationId],
    enabled: Boolean(organizationId),
    queryFn: async () => unwrap(await api.GET('/api/v1/standards', { params: { query: { organizationId, source: 'enterprise', pageSize: 100 } } })),
  });
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={4} className="page-title">
          企业评价规范
        </Typography.Title>
        <Space>
          <Button icon={<ImportOutlined />} onClick={() => setImporting(true)}>
            导入
          </Button>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            新建评价规范
          </Button>
        </Space>
      </Space>
      <ImportStandardDialog open={importing} onClose={() => setImporting(false)} />
      <Typography.Text type="secondary">没有国家职业技能标准的新职业，由企业制定评价规范，报人社局审核通过后发布施行；发布后的版本不再修改，修订时新建版本。</Typography.Text>
      <QueryState query={query}>
        {(data) => (
          <Table<Standard>
            rowKey="id"
            size="middle"
            dataSource={data.items}
            pagination={false}
            locale={{ emptyText: '本单位还没有评价规范' }}
            columns={[
              { title: '名称', dataIndex: 'title', render: (v: string, s) => <Link to={`/hr/standards/${s.id}`}>{v}</Link> },
              { title: '职业', key: 'occupation', render: (_, s) => `${s.occupation.nameZh}（${s.occupation.code}）` },
              {
                title: '现行版本',
                key: 'inForce',
                render: (_, s) => (s.inForce ? `第${s.inForce.version}版${s.inForce.label ? ` ${s.inForce.label}` : ''}，${s.inForce.effectiveFrom ?? ''} 起施行` : '—'),
              },
              {
                title: '最新版本',
                key: 'latest',
                render: (_, s) =>
                  s.latestVersion ? (
                    <Space size={4}>
                      <span>第{s.latestVersion.version}版</span>
                      <VersionTag version={s.latestVersion} />
                    </Space>
                  ) : (
                    '—'
                  ),
              },
            ]}
          />
        )}
      </QueryState>
      <CreateStandard open={creating} onClose={() => setCreating(false)} />
    </Space>
  );
}

interface CreateValues {
  occupationId: string;
  title?: string;
  label?: string;
  notes?: string;
}

/** 新建评价规范: an occupation of the catalogue; the first draft starts from the national template. */
function CreateStandard({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<CreateValues>();
  const navigate = useNavigate();
  const create = useMutation({
    mutationFn: async (values: CreateValues) => unwrap(await api.POST('/api/v1/standards', { body: values })),
    onSuccess: (standard) => navigate(`/hr/standards/${standard.id}`),
    onError: (error) => showFieldErrors(form, error),
  });
  return (
    <Modal
      title="新建评价规范"
      open={open}
      onCancel={onClose}
      okText="创建草稿"
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={(v) => create.mutate(v)} preserve={false}>
        <Form.Item name="occupationId" label="职业" rules={[{ required: true, message: '请选择职业' }]}>
          <OccupationSelect />
        </Form.Item>
        <Form.Item name="title" label="名称" extra="不填时为「职业名称」企业评价规范">
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="label" label="版本名称">
          <Input maxLength={100} placeholder="如 2026版" />
        </Form.Item>
        <Form.Item name="notes" label="说明">
          <Input.TextArea maxLength={4000} rows={3} />
        </Form.Item>
        {create.isError && <Typography.Text type="danger">{messageOf(create.error)}</Typography.Text>}
      </Form>
    </Modal>
  );
}
