import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Drawer, Form, Input, List, Radio, Select, Space, Table, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useAuth } from '../../auth/AuthContext';
import { api, authFetch, downloadBinary, toApiError, unwrap } from '../../api/client';
import { ApiError, fieldMessage, messageOf } from '../../api/problem';
import type { components } from '../../api/schema';
import { FormModal } from '../../components/FormModal';
import { QueryState } from '../../components/QueryState';

type Occupation = components['schemas']['OccupationResponseDto'];
type ImportReport = components['schemas']['OccupationImportReportDto'];
type OccupationForm = { code: string; nameZh: string; nameEn?: string; workTypes?: string[]; relatedCodes?: string[]; sourceNote?: string; status?: Occupation['status'] };

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const PAGE_SIZE = 20;

/** What a person fills in for an occupation: empty optional fields are left out rather than sent blank. */
function occupationBody(v: OccupationForm) {
  return {
    nameZh: v.nameZh,
    nameEn: v.nameEn?.trim() || undefined,
    workTypes: v.workTypes ?? [],
    relatedCodes: v.relatedCodes ?? [],
    sourceNote: v.sourceNote?.trim() || undefined,
  };
}

function OccupationFields({ withCode }: { withCode: boolean }) {
  return (
    <>
      {withCode && (
        <Form.Item name="code" label="职业编码" extra="按《国家职业分类大典》，如 6-18-02-04" rules={[{ required: true, whitespace: true, message: '请填写职业编码' }]}>
          <Input maxLength={10} />
        </Form.Item>
      )}
      <Form.Item name="nameZh" label="职业名称" rules={[{ required: true, whitespace: true, message: '请填写职业名称' }]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="nameEn" label="英文名称（可选）">
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="workTypes" label="工种" extra="输入后回车，可填多个">
        <Select mode="tags" open={false} maxCount={50} aria-label="工种" />
      </Form.Item>
      <Form.Item name="relatedCodes" label="相关职业编码" extra="输入后回车，可填多个">
        <Select mode="tags" open={false} maxCount={50} aria-label="相关职业编码" />
      </Form.Item>
      <Form.Item name="sourceNote" label="来源说明（可选）">
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    </>
  );
}

/** One occupation as it stands now (read afresh), with its change dialog for whoever may maintain it. */
function OccupationDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { role } = useAuth();
  const [editing, setEditing] = useState(false);
  const query = useQuery({
    queryKey: ['occupations', 'one', id],
    enabled: !!id,
    queryFn: async () => unwrap(await api.GET('/api/v1/occupations/{id}', { params: { path: { id: id as string } } })),
  });
  const o = query.data;
  // The platform keeps the national catalogue; a bureau keeps the entries it added (the API decides).
  const mayEdit = !!o && (role === 'platform_admin' ? o.organizationId === null : o.organizationId !== null);
  return (
    <Drawer open={!!id} onClose={onClose} title={o?.label ?? '职业'} size={520} destroyOnHidden>
      <QueryState query={query}>
        {(occupation) => (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Descriptions column={1} size="small" bordered>
              <Descriptions.Item label="编码">{occupation.code}</Descriptions.Item>
              <Descriptions.Item label="名称">{occupation.nameZh}</Descriptions.Item>
              <Descriptions.Item label="英文名称">{occupation.nameEn ?? '—'}</Descriptions.Item>
              <Descriptions.Item label="工种">{occupation.workTypes.length ? occupation.workTypes.join('、') : '—'}</Descriptions.Item>
              <Descriptions.Item label="相关职业">{occupation.relatedCodes.length ? occupation.relatedCodes.join('、') : '—'}</Descriptions.Item>
              <Descriptions.Item label="来源">{occupation.organizationId ? '地方增补' : '国家大典'}{occupation.sourceNote ? `（${occupation.sourceNote}）` : ''}</Descriptions.Item>
              <Descriptions.Item label="状态">{occupation.status === 'active' ? <Tag color="green">现行</Tag> : <Tag>已撤销</Tag>}</Descriptions.Item>
              <Descriptions.Item label="更新于">{new Date(occupation.updatedAt).toLocaleString('zh-CN')}</Descriptions.Item>
            </Descriptions>
            {mayEdit && <Button onClick={() => setEditing(true)}>修改</Button>}
            <FormModal<OccupationForm>
              open={editing}
              title={`修改职业 ${occupation.code}`}
              okText="保存"
              done="已保存"
              invalidate={['occupations']}
              initialValues={{ ...occupation, nameEn: occupation.nameEn ?? undefined, sourceNote: occupation.sourceNote ?? undefined }}
              submit={async (v) => unwrap(await api.PATCH('/api/v1/occupations/{id}', { params: { path: { id: occupation.id } }, body: { ...occupationBody(v), status: v.status } }))}
              onClose={() => setEditing(false)}
            >
              <OccupationFields withCode={false} />
              <Form.Item name="status" label="状态" extra="撤销后不能再为该职业新建评价规范">
                <Radio.Group options={[{ value: 'active', label: '现行' }, { value: 'withdrawn', label: '撤销' }]} />
              </Form.Item>
            </FormModal>
          </Space>
        )}
      </QueryState>
    </Drawer>
  );
}

/**
 * 职业目录: the national occupation catalogue, searched by code or name; added to, changed, exported,
 * and imported from XLSX with every bad row named. A bureau adds and keeps its local entries.
 */
export default function OccupationsPage() {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [adding, setAdding] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const [params, setParams] = useSearchParams();
  const page = Number(params.get('page') ?? '1') || 1;
  const q = params.get('q') ?? '';
  const [outcome, setOutcome] = useState<{ report?: ImportReport; error?: unknown } | null>(null);
  const [importing, setImporting] = useState(false);
  const query = useQuery({
    queryKey: ['occupations', 'catalogue', page, q],
    placeholderData: (previous) => previous,
    queryFn: async () => unwrap(await api.GET('/api/v1/occupations', { params: { query: { page, pageSize: PAGE_SIZE, ...(q ? { q } : {}) } } })),
  });
  const importFile = async (file: File) => {
    setImporting(true);
    setOutcome(null);
    try {
      const response = await authFetch(new Request(new URL('/api/v1/occupations/import', window.location.origin), { method: 'POST', headers: { 'content-type': XLSX }, body: file }));
      const body: unknown = await response.json().catch(() => undefined);
      if (!response.ok) throw toApiError(body, response);
      setOutcome({ report: body as ImportReport });
      await queryClient.invalidateQueries({ queryKey: ['occupations'] });
    } catch (error) {
      setOutcome({ error });
    } finally {
      setImporting(false);
    }
  };

  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={4} className="page-title">
          职业目录
        </Typography.Title>
        <Space wrap>
          <Button icon={<DownloadOutlined />} onClick={() => downloadBinary('/api/v1/occupations/export', '职业目录.xlsx').catch((e) => message.error(messageOf(e)))}>
            导出 XLSX
          </Button>
          <Upload accept=".xlsx" showUploadList={false} beforeUpload={(file) => (void importFile(file), false)}>
            <Button icon={<UploadOutlined />} loading={importing}>
              导入 XLSX
            </Button>
          </Upload>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            新增职业
          </Button>
        </Space>
      </Space>
      <FormModal<OccupationForm>
        open={adding}
        title="新增职业"
        okText="新增"
        done="已新增"
        invalidate={['occupations']}
        submit={async (v) => {
          const created = unwrap(await api.POST('/api/v1/occupations', { body: { code: v.code.trim(), ...occupationBody(v) } }));
          setOpenId(created.id);
          return created;
        }}
        onClose={() => setAdding(false)}
      >
        <OccupationFields withCode />
      </FormModal>
      <OccupationDrawer id={openId} onClose={() => setOpenId(null)} />
      {outcome?.report && (
        <Alert
          type="success"
          showIcon
          closable
          onClose={() => setOutcome(null)}
          title={`导入完成：共 ${outcome.report.rows} 行，新增 ${outcome.report.created}，更新 ${outcome.report.updated}，未变 ${outcome.report.unchanged}`}
        />
      )}
      {outcome?.error !== undefined && (
        <Alert
          type="error"
          showIcon
          closable
          role="alert"
          onClose={() => setOutcome(null)}
          title={`未导入：${messageOf(outcome.error)}`}
          description={
            outcome.error instanceof ApiError && outcome.error.problem.errors?.length ? (
              <List size="small" dataSource={outcome.error.problem.errors.slice(0, 20)} renderItem={(e) => <List.Item>{`${e.field}：${fieldMessage(e)}`}</List.Item>} />
            ) : undefined
          }
        />
      )}
      <Card size="small">
        <Input.Search allowClear placeholder="职业编码前缀或名称" defaultValue={q} style={{ width: 280 }} onSearch={(v) => setParams(v.trim() ? { q: v.trim() } : {})} />
      </Card>
      <QueryState query={query}>
        {(data) => (
          <Table<Occupation>
            rowKey="id"
            size="middle"
            loading={query.isFetching}
            dataSource={data.items}
            locale={{ emptyText: '没有符合条件的职业' }}
            pagination={{
              current: data.page,
              pageSize: data.pageSize,
              total: data.total,
              showSizeChanger: false,
              showTotal: (total) => `共 ${total} 个职业`,
              onChange: (p) => setParams({ ...(q ? { q } : {}), page: String(p) }),
            }}
            columns={[
              {
                title: '编码',
                dataIndex: 'code',
                width: 120,
                render: (code: string, o) => (
                  <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setOpenId(o.id)}>
                    {code}
                  </Button>
                ),
              },
              { title: '名称', dataIndex: 'nameZh', width: 180 },
              { title: '工种', dataIndex: 'workTypes', render: (w: string[]) => (w.length ? w.join('、') : '—') },
              { title: '来源', dataIndex: 'organizationId', width: 100, render: (id: string | null) => (id ? '地方增补' : '国家大典') },
              { title: '状态', dataIndex: 'status', width: 90, render: (s: Occupation['status']) => (s === 'active' ? <Tag color="green">现行</Tag> : <Tag>已撤销</Tag>) },
            ]}
          />
        )}
      </QueryState>
    </Space>
  );
}
