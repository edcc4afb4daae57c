import { useQuery } from '@tanstack/react-query';
import { Button, Card, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { zh } from '../../api/problem';
import type { components } from '../../api/schema';
import { useAuth } from '../../auth/AuthContext';
import type { Role } from '../../auth/roles';
import { FormModal, ReasonField } from '../../components/FormModal';
import { QueryState } from '../../components/QueryState';
import { ORGANIZATION_KIND_ZH, useVisibleOrganizations, type Organization } from './shared';
import { StatusTag } from './StatusTag';
import { useUrlFilters } from '../../components/useUrlFilters';

type User = components['schemas']['UserResponseDto'];
interface NewUser {
  organizationId: string;
  username: string;
  displayName: string;
  password: string;
}

const PAGE_SIZE = 20;
/** The platform itself, for platform administrators (who belong to no organization). */
const PLATFORM = 'platform';

/** The one role the caller may grant in the organization (the API's rule, mirrored so the form can say it). */
function roleFor(role: Role | null, org: Organization | undefined, ownOrganizationId: string | undefined): Role | null {
  if (role === 'platform_admin') return org ? (org.kind === 'bureau' ? 'bureau_officer' : null) : 'platform_admin';
  if (!org) return null;
  if (org.id === ownOrganizationId) return 'bureau_officer';
  return org.kind === 'bureau' ? null : 'hr_admin';
}

const ROLE_ZH: Record<Role, string> = {
  platform_admin: '平台管理员',
  bureau_officer: '人社局经办人',
  hr_admin: '企业人力资源管理员',
  evaluator: '考评员',
  worker: '职工',
};

/**
 * 账号管理. The bureau opens HR admin accounts for the enterprises of its region (and officer
 * accounts of its own bureau); the platform admin opens bureau officers and platform admins.
 */
export default function UsersPage() {
  const { role, me } = useAuth();
  const admin = role === 'platform_admin';
  const [params, update] = useUrlFilters();
  const page = Number(params.get('page') ?? '1') || 1;
  const organizationId = params.get('organization') ?? '';
  const [creating, setCreating] = useState(false);
  const [changing, setChanging] = useState<User | null>(null);
  const organizations = useVisibleOrganizations();
  const byId = new Map((organizations.data ?? []).map((o) => [o.id, o]));
  const query = useQuery({
    queryKey: ['users', page, organizationId],
    placeholderData: (previous) => previous,
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/users', { params: { query: { page, pageSize: PAGE_SIZE, ...(organizationId && organizationId !== PLATFORM ? { organizationId } : {}), ...(organizationId === PLATFORM ? { role: 'platform_admin' as const } : {}) } } })),
  });
  const organizationOptions = [
    ...(admin ? [{ value: PLATFORM, label: '平台（平台管理员）' }] : []),
    ...(organizations.data ?? []).filter((o) => roleFor(role, o, me?.organization?.id) !== null).map((o) => ({ value: o.id, label: `${o.name}（${ORGANIZATION_KIND_ZH[o.kind]}）` })),
  ];

  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={4} className="page-title">
          账号管理
        </Typography.Title>
        <Button type="primary" onClick={() => setCreating(true)}>
          {admin ? '新建账号' : '新建企业管理员'}
        </Button>
      </Space>
      <Card size="small">
        <Select
          showSearch
          allowClear
          optionFilterProp="label"
          aria-label="所属单位"
          placeholder="全部单位"
          style={{ width: 420 }}
          value={organizationId || undefined}
          onChange={(v) => update({ organization: v || undefined })}
          options={organizationOptions}
        />
      </Card>
      <QueryState query={query}>
        {(data) => (
          <Table<User>
            rowKey="id"
            size="middle"
            loading={query.isFetching}
            dataSource={data.items}
            data-testid="users"
            locale={{ emptyText: '没有账号' }}
            pagination={{
              current: data.page,
              pageSize: data.pageSize,
              total: data.total,
              showSizeChanger: false,
              showTotal: (total) => `共 ${total} 个账号`,
              onChange: (p) => update({ page: String(p) }),
            }}
            columns={[
              { title: '用户名', dataIndex: 'username', width: 170 },
              { title: '姓名/部门', dataIndex: 'displayName' },
              { title: '所属单位', dataIndex: 'organizationId', render: (id: string | null) => (id ? (byId.get(id)?.name ?? '—') : '平台') },
              { title: '角色', dataIndex: 'roleLabels', render: (labels: string[]) => labels.map((l) => <Tag key={l}>{zh(l)}</Tag>) },
              { title: '状态', dataIndex: 'status', width: 90, render: (s: string) => <StatusTag status={s} /> },
              {
                title: '操作',
                key: 'actions',
                width: 90,
                render: (_, u) =>
                  u.id !== me?.id && (
                    <Button type="link" size="small" danger={u.status === 'active'} onClick={() => setChanging(u)}>
                      {u.status === 'active' ? '停用' : '启用'}
                    </Button>
                  ),
              },
            ]}
          />
        )}
      </QueryState>

      <FormModal<NewUser>
        open={creating}
        title={admin ? '新建账号' : '新建企业人力资源管理员'}
        okText="创建"
        done="账号已创建"
        invalidate={['users']}
        initialValues={{ organizationId: organizationId || undefined }}
        onClose={() => setCreating(false)}
        submit={async ({ organizationId: orgId, ...v }) => {
          const org = byId.get(orgId);
          const granted = roleFor(role, org, me?.organization?.id) as Role;
          return unwrap(await api.POST('/api/v1/users', { body: { ...v, roles: [granted], ...(org ? { organizationId: org.id } : {}) } }));
        }}
      >
        {(form) => (
          <>
            <Form.Item name="organizationId" label="所属单位" rules={[{ required: true, message: '请选择所属单位' }]}>
              <Select showSearch optionFilterProp="label" options={organizationOptions} />
            </Form.Item>
            <Form.Item noStyle dependencies={['organizationId']}>
              {() => {
                const granted = roleFor(role, byId.get(form.getFieldValue('organizationId')), me?.organization?.id);
                return (
                  <Form.Item label="角色">
                    {granted ? <Tag color="blue">{ROLE_ZH[granted]}</Tag> : <Typography.Text type="secondary">请先选择单位</Typography.Text>}
                  </Form.Item>
                );
              }}
            </Form.Item>
            <Form.Item name="username" label="用户名" extra="3–64位小写字母、数字或 _ . -" rules={[{ required: true, whitespace: true, message: '请填写用户名' }]}>
              <Input maxLength={64} autoComplete="off" />
            </Form.Item>
            <Form.Item name="displayName" label="姓名或部门" rules={[{ required: true, whitespace: true, message: '请填写姓名或部门' }]}>
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item name="password" label="初始密码" extra="至少12位，请线下告知本人" rules={[{ required: true, message: '请填写初始密码' }]}>
              <Input.Password maxLength={128} autoComplete="new-password" />
            </Form.Item>
          </>
        )}
      </FormModal>

      <FormModal<{ reason: string }>
        open={changing !== null}
        title={changing ? `${changing.status === 'active' ? '停用' : '启用'}账号：${changing.username}` : ''}
        danger={changing?.status === 'active'}
        done={changing?.status === 'active' ? '账号已停用' : '账号已启用'}
        invalidate={['users']}
        onClose={() => setChanging(null)}
        submit={async (v) => {
          const u = changing as User;
          return unwrap(await api.PATCH('/api/v1/users/{id}', { params: { path: { id: u.id } }, body: { status: u.status === 'active' ? 'disabled' : 'active', reason: v.reason } }));
        }}
      >
        {changing?.status === 'active' && (
          <Typography.Paragraph type="secondary">停用后该账号的所有登录会话立即失效。</Typography.Paragraph>
        )}
        <ReasonField />
      </FormModal>
    </Space>
  );
}
