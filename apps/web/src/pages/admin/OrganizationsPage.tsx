import { useQuery } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useAuth } from '../../auth/AuthContext';
import { FormModal, ReasonField } from '../../components/FormModal';
import { QueryState } from '../../components/QueryState';
import { ORGANIZATION_KIND_ZH, type Organization, type OrganizationKind } from './shared';
import { StatusTag } from './StatusTag';
import { useUrlFilters } from '../../components/useUrlFilters';

const PAGE_SIZE = 20;

interface NewOrganization {
  kind: OrganizationKind;
  name: string;
  regionCode: string;
  creditCode?: string;
}

/**
 * 单位管理. The bureau files the enterprises and dispatch agencies of its region (the API keeps it
 * to its region: a city's bureau sees its counties, never another city); the platform admin the bureaus.
 */
export default function OrganizationsPage() {
  const { role, me } = useAuth();
  const { message } = App.useApp();
  const admin = role === 'platform_admin';
  const base = admin ? '/admin' : '/bureau';
  const kinds: OrganizationKind[] = admin ? ['bureau', 'enterprise', 'dispatch_agency'] : ['enterprise', 'dispatch_agency'];
  const creatable: OrganizationKind[] = admin ? ['bureau'] : ['enterprise', 'dispatch_agency'];
  const [params, update] = useUrlFilters();
  const page = Number(params.get('page') ?? '1') || 1;
  const kind = (params.get('kind') ?? '') as OrganizationKind | '';
  const region = params.get('region') ?? '';
  const [creating, setCreating] = useState(false);
  const [changing, setChanging] = useState<Organization | null>(null);
  const query = useQuery({
    queryKey: ['organizations', 'page', page, kind, region],
    placeholderData: (previous) => previous,
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/organizations', {
          params: { query: { page, pageSize: PAGE_SIZE, ...(kind ? { kind } : {}), ...(/^\d{6}$/.test(region) ? { regionCode: region } : {}) } },
        }),
      ),
  });
  const mayChange = (o: Organization) => (admin ? o.kind === 'bureau' : o.kind !== 'bureau');

  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={4} className="page-title">
          单位管理
        </Typography.Title>
        <Button type="primary" onClick={() => setCreating(true)}>
          {admin ? '新建人社局' : '登记单位'}
        </Button>
      </Space>
      {!admin && me?.scope.regionPrefix !== undefined && (
        <Typography.Text type="secondary" data-testid="jurisdiction">
          本局辖区：{me.organization?.name ?? ''}（区划代码以 {me.scope.regionPrefix} 开头）。只显示并只能登记辖区内的单位。
        </Typography.Text>
      )}
      <Card size="small">
        <Space wrap>
          <Select
            style={{ width: 180 }}
            value={kind}
            aria-label="单位类型"
            onChange={(v) => update({ kind: v || undefined })}
            options={[{ value: '', label: '全部类型' }, ...kinds.map((k) => ({ value: k, label: ORGANIZATION_KIND_ZH[k] }))]}
          />
          <Input.Search allowClear placeholder="区划代码，如 141181" defaultValue={region} style={{ width: 220 }} onSearch={(v) => update({ region: v.trim() || undefined })} />
        </Space>
      </Card>
      <QueryState query={query}>
        {(data) => (
          <Table<Organization>
            rowKey="id"
            size="middle"
            loading={query.isFetching}
            dataSource={data.items}
            data-testid="organizations"
            locale={{ emptyText: '没有符合条件的单位' }}
            pagination={{
              current: data.page,
              pageSize: data.pageSize,
              total: data.total,
              showSizeChanger: false,
              showTotal: (total) => `共 ${total} 个单位`,
              onChange: (p) => update({ page: String(p) }),
            }}
            columns={[
              {
                title: '名称',
                dataIndex: 'name',
                render: (name: string, o) => (
                  <Space direction="vertical" size={0}>
                    {name}
                    {o.warnings.map((w) => (
                      <Typography.Text key={w.code} type="warning" style={{ fontSize: 12 }}>
                        {w.message.split(' / ')[0]}
                      </Typography.Text>
                    ))}
                  </Space>
                ),
              },
              { title: '类型', dataIndex: 'kind', width: 120, render: (k: OrganizationKind) => ORGANIZATION_KIND_ZH[k] },
              { title: '行政区划', dataIndex: 'regionCode', width: 170, render: (code: string, o) => `${o.regionName ?? ''} ${code}` },
              { title: '统一社会信用代码', dataIndex: 'creditCode', width: 190, render: (v: string | null) => v ?? '—' },
              { title: '状态', dataIndex: 'status', width: 90, render: (s: string) => <StatusTag status={s} /> },
              {
                title: '操作',
                key: 'actions',
                width: 170,
                render: (_, o) => (
                  <Space size={4}>
                    <Link to={`${base}/users?organization=${o.id}`}>账号</Link>
                    {mayChange(o) && (
                      <Button type="link" size="small" danger={o.status === 'active'} onClick={() => setChanging(o)}>
                        {o.status === 'active' ? '暂停' : '恢复'}
                      </Button>
                    )}
                  </Space>
                ),
              },
            ]}
          />
        )}
      </QueryState>

      <FormModal<NewOrganization>
        open={creating}
        title={admin ? '新建人社局' : '登记辖区内单位'}
        okText="登记"
        done="已登记"
        invalidate={['organizations']}
        initialValues={{ kind: creatable[0] }}
        onClose={() => setCreating(false)}
        submit={async (v) => {
          const created = unwrap(await api.POST('/api/v1/organizations', { body: { ...v, creditCode: v.creditCode?.trim() || undefined } }));
          for (const w of created.warnings) message.warning(w.message.split(' / ')[0]);
          return created;
        }}
      >
        {(form) => (
          <>
            <Form.Item name="kind" label="类型" rules={[{ required: true, message: '请选择类型' }]}>
              <Select options={creatable.map((k) => ({ value: k, label: ORGANIZATION_KIND_ZH[k] }))} />
            </Form.Item>
            <Form.Item name="name" label="名称" rules={[{ required: true, whitespace: true, message: '请填写名称' }]}>
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item name="regionCode" label="行政区划代码（6位）" rules={[{ required: true, message: '请填写行政区划代码' }]} extra={admin ? undefined : `须在本局辖区内（${me?.scope.regionPrefix ?? ''}…）`}>
              <Input maxLength={6} placeholder={admin ? '如 140100' : '如 141181'} />
            </Form.Item>
            <Form.Item noStyle dependencies={['kind']}>
              {() =>
                form.getFieldValue('kind') !== 'bureau' && (
                  <Form.Item name="creditCode" label="统一社会信用代码" rules={[{ required: true, whitespace: true, message: '请填写统一社会信用代码' }]}>
                    <Input maxLength={18} />
                  </Form.Item>
                )
              }
            </Form.Item>
          </>
        )}
      </FormModal>

      <FormModal<{ reason: string }>
        open={changing !== null}
        title={changing ? `${changing.status === 'active' ? '暂停' : '恢复'}：${changing.name}` : ''}
        danger={changing?.status === 'active'}
        done={changing?.status === 'active' ? '已暂停' : '已恢复'}
        invalidate={['organizations']}
        onClose={() => setChanging(null)}
        submit={async (v) => {
          const o = changing as Organization;
          return unwrap(
            await api.PATCH('/api/v1/organizations/{id}', { params: { path: { id: o.id } }, body: { status: o.status === 'active' ? 'suspended' : 'active', reason: v.reason } }),
          );
        }}
      >
        <ReasonField />
      </FormModal>
    </Space>
  );
}
