import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Descriptions, Form, Input, InputNumber, Modal, Select, Space, Table, Tabs, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { api, DOCX_MIME, downloadBinary, unwrap, XLSX_MIME } from '../../api/client';
import { messageOf } from '../../api/problem';
import type { components } from '../../api/schema';
import { FormModal, ReasonField } from '../../components/FormModal';
import { ImportProblemsTable, withoutRowPrefix } from '../../components/ImportProblems';
import { QueryState } from '../../components/QueryState';
import { BlueprintsTab } from './BlueprintsTab';
import { ITEM_KIND_OPTIONS, ITEM_STATUS_COLOR, ITEM_STATUS_OPTIONS } from './labels';

type Item = components['schemas']['QuestionItemResponseDto'];
type Draft = components['schemas']['ItemDraftDto'];
type Status = Item['status'];

const FIELD_LABELS: Record<string, string> = { kind: '题型', knowledgePoint: '知识点', difficulty: '难度', stem: '题干', options: '选项', answer: '答案', explanation: '解析' };
const OPTION_LETTERS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'];

/** A question bank: its items to write, import, review and put in use, and its blueprints and papers. */
export default function QuestionBankPage() {
  const { id = '' } = useParams();
  const bank = useQuery({ queryKey: ['question-banks', id], queryFn: async () => unwrap(await api.GET('/api/v1/question-banks/{id}', { params: { path: { id } } })) });
  return (
    <QueryState query={bank}>
      {(b) => (
        <Space direction="vertical" size={12} style={{ width: '100%' }}>
          <Typography.Title level={4} className="page-title">
            {b.name}
          </Typography.Title>
          <Descriptions size="small" column={4} items={[
            { key: 'o', label: '职业', children: `${b.occupationName}（${b.occupationCode}）` },
            { key: 'r', label: '等级', children: b.rankLabel },
            { key: 'a', label: '已启用', children: `${b.itemCounts.active} 题` },
            { key: 'd', label: '待审核 / 已审核', children: `${b.itemCounts.draft} / ${b.itemCounts.reviewed} 题` },
          ]} />
          <Tabs
            items={[
              { key: 'items', label: '试题', children: <ItemsTab bankId={id} /> },
              { key: 'blueprints', label: '组卷方案与试卷', children: <BlueprintsTab bankId={id} /> },
            ]}
          />
        </Space>
      )}
    </QueryState>
  );
}

interface Filters {
  status?: Status;
  kind?: Item['kind'];
  q?: string;
  page: number;
}

function ItemsTab({ bankId }: { bankId: string }) {
  const { message } = App.useApp();
  const [filters, setFilters] = useState<Filters>({ page: 1 });
  const [editing, setEditing] = useState<Item | 'new' | null>(null);
  const [deciding, setDeciding] = useState<{ item: Item; status: Status } | null>(null);
  const [importing, setImporting] = useState(false);
  const items = useQuery({
    queryKey: ['question-banks', bankId, 'items', filters],
    queryFn: async () => unwrap(await api.GET('/api/v1/question-banks/{id}/items', { params: { path: { id: bankId }, query: { ...filters, pageSize: 20 } } })),
  });
  const invalidate = ['question-banks'];
  const queryClient = useQueryClient();
  const activate = useMutation({
    mutationFn: async (item: Item) => unwrap(await api.POST('/api/v1/question-banks/{id}/items/{itemId}/status', { params: { path: { id: bankId, itemId: item.id } }, body: { status: 'active' } })),
    onSuccess: async () => {
      message.success('已启用');
      await queryClient.invalidateQueries({ queryKey: invalidate });
    },
    onError: (e) => message.error(messageOf(e)),
  });

  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Space wrap>
          <Select allowClear placeholder="状态" style={{ width: 120 }} options={ITEM_STATUS_OPTIONS} value={filters.status} onChange={(status) => setFilters({ ...filters, status, page: 1 })} aria-label="按状态筛选" />
          <Select allowClear placeholder="题型" style={{ width: 140 }} options={ITEM_KIND_OPTIONS} value={filters.kind} onChange={(kind) => setFilters({ ...filters, kind, page: 1 })} aria-label="按题型筛选" />
          <Input.Search allowClear placeholder="题干包含" style={{ width: 220 }} maxLength={50} onSearch={(q) => setFilters({ ...filters, q: q.trim() || undefined, page: 1 })} aria-label="按题干搜索" />
        </Space>
        <Space wrap>
          <Button icon={<DownloadOutlined />} onClick={() => downloadBinary(`/api/v1/question-banks/${bankId}/items/export`, '试题导出.xlsx').catch((e) => message.error(messageOf(e)))}>
            导出
          </Button>
          <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
            导入
          </Button>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            新增试题
          </Button>
        </Space>
      </Space>
      <QueryState query={items}>
        {(data) => (
          <Table<Item>
            rowKey="id"
            size="small"
            dataSource={data.items}
            locale={{ emptyText: '没有符合条件的试题' }}
            pagination={{ current: filters.page, pageSize: 20, total: data.total, showSizeChanger: false, showTotal: (n) => `共 ${n} 题`, onChange: (page) => setFilters({ ...filters, page }) }}
            columns={[
              { title: '题干', dataIndex: 'stem', render: (stem: string, i) => <StemCell item={i} stem={stem} /> },
              { title: '题型', dataIndex: 'kindLabel', width: 110 },
              { title: '知识点', dataIndex: 'knowledgePoint', width: 140, ellipsis: true },
              { title: '难度', dataIndex: 'difficulty', width: 60, align: 'center' },
              { title: '答案', dataIndex: 'answer', width: 120, ellipsis: true },
              { title: '状态', key: 'status', width: 110, render: (_, i) => <Tag color={ITEM_STATUS_COLOR[i.status]}>{i.statusLabel} · v{i.version}</Tag> },
              {
                title: '操作',
                key: 'actions',
                width: 200,
                render: (_, i) => (
                  <Space size={0} wrap>
                    {i.status !== 'retired' && <Button type="link" size="small" onClick={() => setEditing(i)}>修改</Button>}
                    {i.status === 'draft' && <Button type="link" size="small" onClick={() => setDeciding({ item: i, status: 'reviewed' })}>审核通过</Button>}
                    {i.status === 'reviewed' && <Button type="link" size="small" loading={activate.isPending && activate.variables?.id === i.id} onClick={() => activate.mutate(i)}>启用</Button>}
                    {i.status === 'reviewed' && <Button type="link" size="small" onClick={() => setDeciding({ item: i, status: 'draft' })}>退回</Button>}
                    {i.status !== 'retired' && <Button type="link" size="small" danger onClick={() => setDeciding({ item: i, status: 'retired' })}>停用</Button>}
                  </Space>
                ),
              },
            ]}
          />
        )}
      </QueryState>
      {editing && <ItemEditor bankId={bankId} item={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
      {deciding && (
        <FormModal<{ reason?: string }>
          open
          title={`${deciding.status === 'reviewed' ? '审核通过' : deciding.status === 'draft' ? '退回修改' : '停用'}：${deciding.item.stem.slice(0, 30)}`}
          okText="确认"
          danger={deciding.status === 'retired'}
          done={deciding.status === 'reviewed' ? '已审核' : deciding.status === 'draft' ? '已退回' : '已停用'}
          invalidate={invalidate}
          onClose={() => setDeciding(null)}
          submit={async (v) => unwrap(await api.POST('/api/v1/question-banks/{id}/items/{itemId}/status', { params: { path: { id: bankId, itemId: deciding.item.id } }, body: { status: deciding.status, ...(v.reason ? { reason: v.reason } : {}) } }))}
        >
          {deciding.status === 'reviewed' ? (
            <Typography.Paragraph>审核人不能是本版本的出题人。请核对题干、选项和答案后确认。</Typography.Paragraph>
          ) : (
            <ReasonField />
          )}
        </FormModal>
      )}
      <ImportItems bankId={bankId} open={importing} onClose={() => setImporting(false)} />
    </Space>
  );
}

function StemCell({ item, stem }: { item: Item; stem: string }) {
  return (
    <div>
      <div>{stem}</div>
      {item.options.length > 0 && (
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {item.options.map((o, n) => `${OPTION_LETTERS[n]}. ${o}`).join('　')}
        </Typography.Text>
      )}
    </div>
  );
}

interface EditorValues extends Omit<Draft, 'options'> {
  options?: string[];
}

/** Writes a new item or a new version of one; the API checks the answer against the options and the blanks. */
function ItemEditor({ bankId, item, onClose }: { bankId: string; item: Item | null; onClose: () => void }) {
  const body = (v: EditorValues): Draft => ({ ...v, options: (v.options ?? []).map((o) => o ?? ''), explanation: v.explanation || undefined });
  return (
    <FormModal<EditorValues>
      open
      width={720}
      title={item ? `修改试题（保存为第 ${item.version + 1} 版，需重新审核）` : '新增试题'}
      okText="保存"
      done="已保存，待审核"
      invalidate={['question-banks']}
      initialValues={item ? { kind: item.kind, knowledgePoint: item.knowledgePoint, difficulty: item.difficulty, stem: item.stem, options: item.options, answer: item.answer, explanation: item.explanation ?? undefined } : { kind: 'single_choice', difficulty: 2, options: ['', '', '', ''] }}
      onClose={onClose}
      submit={async (v) =>
        item
          ? unwrap(await api.PATCH('/api/v1/question-banks/{id}/items/{itemId}', { params: { path: { id: bankId, itemId: item.id } }, body: body(v) }))
          : unwrap(await api.POST('/api/v1/question-banks/{id}/items', { params: { path: { id: bankId } }, body: body(v) }))
      }
    >
      {(form) => (
        <>
          <Space size={12} wrap>
            <Form.Item name="kind" label="题型" rules={[{ required: true }]}>
              <Select style={{ width: 140 }} options={ITEM_KIND_OPTIONS} onChange={(kind) => form.setFieldValue('options', kind === 'single_choice' || kind === 'multiple_choice' ? ['', '', '', ''] : [])} />
            </Form.Item>
            <Form.Item name="knowledgePoint" label="知识点" rules={[{ required: true, whitespace: true, message: '请填写知识点' }]}>
              <Input style={{ width: 260 }} maxLength={50} placeholder="如：1.1 安全用电" />
            </Form.Item>
            <Form.Item name="difficulty" label="难度（1–5）" rules={[{ required: true, message: '请填写难度' }]}>
              <InputNumber min={1} max={5} precision={0} />
            </Form.Item>
          </Space>
          <Form.Item name="stem" label="题干" extra="填空题用“（ ）”或“____”标出空位" rules={[{ required: true, whitespace: true, message: '请填写题干' }]}>
            <Input.TextArea rows={3} maxLength={2000} showCount />
          </Form.Item>
          <Form.List name="options">
            {(fields, { add, remove }, { errors }) =>
              fields.length === 0 ? null : (
                <Form.Item label="选项">
                  <Space direction="vertical" style={{ width: '100%' }}>
                    {fields.map((field, n) => (
                      <Space key={field.key} style={{ width: '100%' }}>
                        <span style={{ width: 16, display: 'inline-block' }}>{OPTION_LETTERS[n]}</span>
                        <Form.Item name={field.name} noStyle>
                          <Input style={{ width: 480 }} maxLength={500} aria-label={`选项${OPTION_LETTERS[n]}`} />
                        </Form.Item>
                        {fields.length > 2 && (
                          <Button type="link" size="small" onClick={() => remove(field.name)}>
                            删除
                          </Button>
                        )}
                      </Space>
                    ))}
                    {fields.length < 8 && (
                      <Button size="small" onClick={() => add('')}>
                        添加选项
                      </Button>
                    )}
                    <Form.ErrorList errors={errors} />
                  </Space>
                </Form.Item>
              )
            }
          </Form.List>
          <Form.Item name="answer" label="答案" extra="单选填字母（B），多选填全部正确字母（ACD），判断填“对”或“错”，填空各空用“；”分隔、同义答案用“|”分隔，简答题填参考答案" rules={[{ required: true, whitespace: true, message: '请填写答案' }]}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
          <Form.Item name="explanation" label="解析（可不填）">
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}

type Report = components['schemas']['ItemImportReportDto'];

/** A .docx goes with its own type; the API tells the formats apart by content and words a refusal by the declared type. */
const isWordFile = (file: File) => file.type === DOCX_MIME || file.name.toLowerCase().endsWith('.docx');

/** 导入试题: the templates, the upload (XLSX or Word), and every problem when the file is refused (nothing is saved then). */
function ImportItems({ bankId, open, onClose }: { bankId: string; open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const upload = useMutation({
    mutationFn: async (file: File) =>
      unwrap(
        await api.POST('/api/v1/question-banks/{id}/items/import', {
          params: { path: { id: bankId } },
          body: file as unknown as string,
          bodySerializer: (b) => b as unknown as BodyInit,
          headers: { 'content-type': isWordFile(file) ? DOCX_MIME : XLSX_MIME },
        }),
      ),
    onSuccess: async (report: Report) => {
      if (report.errors.length > 0) return;
      message.success(`已导入 ${report.imported} 道试题，待审核`);
      await queryClient.invalidateQueries({ queryKey: ['question-banks'] });
      close();
    },
  });
  const close = () => {
    upload.reset();
    onClose();
  };
  const report = upload.data;
  const problems = (report?.errors ?? []).map((e, n) => ({
    key: String(n),
    row: e.table ? `表${e.table} 第${e.row}行` : e.row,
    field: e.field ? (FIELD_LABELS[e.field] ?? e.field) : '整行',
    message: withoutRowPrefix(e.message),
  }));
  return (
    <Modal title="导入试题" open={open} onCancel={close} footer={<Button onClick={close}>关闭</Button>} width={760} destroyOnHidden>
      <Space direction="vertical" size={12} style={{ width: '100%' }}>
        <Typography.Paragraph style={{ marginBottom: 0 }}>
          按模板填写试题（XLSX 表格，或 Word 文档中表头与模板相同的表格；每行一题，最多 2000 题）。全部无误才导入；题干与题库中已有试题相同（忽略空格、标点、全半角）的不能重复导入。导入的试题待审核。
        </Typography.Paragraph>
        <Space wrap>
          <Button icon={<DownloadOutlined />} onClick={() => downloadBinary('/api/v1/question-banks/template', '试题导入模板.xlsx').catch((e) => message.error(messageOf(e)))}>
            下载模板（XLSX）
          </Button>
          <Button icon={<DownloadOutlined />} onClick={() => downloadBinary('/api/v1/question-banks/template/word', '试题导入模板.docx').catch((e) => message.error(messageOf(e)))}>
            下载模板（Word）
          </Button>
        </Space>
        <Upload.Dragger accept=".xlsx,.docx" showUploadList={false} disabled={upload.isPending} beforeUpload={(file) => (upload.mutate(file), false)}>
          <p className="ant-upload-text">{upload.isPending ? '正在检查并导入…' : '点击或拖入填写好的 XLSX 表格或 Word 文档（.docx）'}</p>
        </Upload.Dragger>
        {upload.error && <Alert type="error" showIcon title={messageOf(upload.error)} />}
        {report && problems.length > 0 && (
          <>
            <Alert type="error" showIcon title={`共 ${report.rows} 行，发现 ${problems.length} 处问题，未导入任何试题`} description="请按下表修改文件后重新上传。" />
            <ImportProblemsTable problems={problems} />
          </>
        )}
      </Space>
    </Modal>
  );
}
