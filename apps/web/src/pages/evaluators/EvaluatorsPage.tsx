import { EditOutlined, PlusOutlined, StopOutlined, UndoOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Card, DatePicker, Descriptions, Form, Input, Modal, Radio, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { messageOf, zh } from '../../api/problem';
import type { components } from '../../api/schema';
import { useAuth } from '../../auth/AuthContext';
import { FormModal, ReasonField } from '../../components/FormModal';
import { QueryState } from '../../components/QueryState';
import { useFiledScope } from '../../components/useFiledScope';
import { useOccupationNames } from '../../components/useOccupationNames';
import { useUrlFilters } from '../../components/useUrlFilters';
import { WorkerPicker } from '../promotions/shared';
import { PanelEvaluators } from '../campaigns/DrawsTab';
import { useLadder } from '../worker/usePerson';
import { HELD_RANKS } from '@skill-ladder/vocabulary';

type Evaluator = components['schemas']['EvaluatorResponseDto'];
type Conflict = components['schemas']['EvaluatorConflictResponseDto'];
type Preview = components['schemas']['DrawPreviewResponseDto'];
type Rank = Evaluator['highestRank'];
type Status = Evaluator['status'];

const RANKS: readonly Rank[] = HELD_RANKS;
const OCCUPATION_CODE = /^\d-\d{2}-\d{2}-\d{2}$/;
const PAGE_SIZE = 20;
const day = (d: Dayjs) => d.format('YYYY-MM-DD');

/** The rank choices an evaluator may hold, named as the ladder names them. */
function useRankOptions() {
  const ladder = useLadder();
  const names = new Map((ladder.data ?? []).map((r) => [r.code as string, r.labelZh]));
  return RANKS.map((rank) => ({ value: rank, label: names.get(rank) ?? rank }));
}

/**
 * 考评员库: the enterprise's evaluators and those a bureau shared with its region; register, edit,
 * deactivate or reactivate with a reason, declared conflicts (回避) per evaluator, and a trial draw.
 */
export default function EvaluatorsPage() {
  const { me, role } = useAuth();
  const organizationId = me?.organization?.id;
  // The bureau reads its region's evaluators and decides which are shared across it; HR keeps its own.
  const bureau = role === 'bureau_officer';
  const [sharing, setSharing] = useState<Evaluator | null>(null);
  const [params, update] = useUrlFilters();
  const page = Number(params.get('page') ?? '1') || 1;
  const occupationCode = params.get('occupation') ?? undefined;
  const highestRank = (params.get('rank') as Rank | null) ?? undefined;
  const status = (params.get('status') as Status | null) ?? undefined;
  const scope = useFiledScope(true);
  const rankOptions = useRankOptions();
  const query = useQuery({
    queryKey: ['evaluators', page, occupationCode, highestRank, status],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/evaluators', { params: { query: { page, pageSize: PAGE_SIZE, occupationCode, highestRank, status } } })),
  });
  const codes = [...new Set([...scope.codes, ...(query.data?.items ?? []).flatMap((e) => e.occupations)])];
  const names = useOccupationNames(codes);
  const occupationLabel = (code: string) => (names.get(code) ? `${names.get(code)}（${code}）` : code);
  const [editing, setEditing] = useState<Evaluator | 'new' | null>(null);
  const [statusChange, setStatusChange] = useState<Evaluator | null>(null);
  const [conflictsOf, setConflictsOf] = useState<Evaluator | null>(null);
  const [previewing, setPreviewing] = useState(false);

  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Typography.Title level={4} className="page-title">
        {bureau ? '辖区考评员' : '考评员库'}
      </Typography.Title>
      <Card size="small">
        <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
          <Space wrap>
            <Select
              aria-label="职业"
              style={{ width: 220 }}
              allowClear
              placeholder="全部职业"
              value={occupationCode}
              onChange={(v?: string) => update({ occupation: v })}
              options={codes.map((c) => ({ value: c, label: occupationLabel(c) }))}
            />
            <Select aria-label="最高等级" style={{ width: 170 }} allowClear placeholder="全部等级" value={highestRank} onChange={(v?: Rank) => update({ rank: v })} options={rankOptions} />
            <Select<Status | ''>
              aria-label="状态"
              style={{ width: 120 }}
              value={status ?? ''}
              onChange={(v) => update({ status: v || undefined })}
              options={[
                { value: '', label: '全部状态' },
                { value: 'active', label: '在册' },
                { value: 'inactive', label: '停用' },
              ]}
            />
          </Space>
          {!bureau && (
            <Space wrap>
              <Button onClick={() => setPreviewing(true)}>试抽考评员</Button>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
                登记考评员
              </Button>
            </Space>
          )}
        </Space>
      </Card>
      <QueryState query={query}>
        {(data) => (
          <Table<Evaluator>
            data-testid="evaluators"
            rowKey="id"
            size="middle"
            scroll={{ x: true }}
            dataSource={data.items}
            locale={{ emptyText: '没有符合条件的考评员' }}
            pagination={{ current: data.page, pageSize: data.pageSize, total: data.total, showSizeChanger: false, onChange: (p) => update({ page: String(p) }) }}
            columns={[
              {
                title: '姓名',
                dataIndex: 'displayName',
                render: (v: string, e) => (
                  <Space size={4} wrap>
                    {v}
                    {e.organizationId !== organizationId && <Tag>{e.organizationName}</Tag>}
                  </Space>
                ),
              },
              { title: '可考评职业', dataIndex: 'occupations', render: (v: string[]) => v.map((c) => names.get(c) ?? c).join('、') },
              { title: '最高等级', dataIndex: 'highestRankLabel', render: (v: string) => zh(v) },
              { title: '资格证书编号', dataIndex: 'qualificationCertificateNumber' },
              {
                title: '有效期',
                key: 'validity',
                render: (_, e) => (
                  <Space size={4} wrap>
                    <span>
                      {e.validFrom} 至 {e.validUntil}
                    </span>
                    {!e.validToday && <Tag color="warning">不在有效期</Tag>}
                  </Space>
                ),
              },
              { title: '状态', dataIndex: 'status', render: (v: Status, e) => <Tag color={v === 'active' ? 'success' : 'default'}>{zh(e.statusLabel)}</Tag> },
              { title: '区域共享', dataIndex: 'sharedWithRegion', render: (v: boolean) => (v ? <Tag color="processing">人社局已共享</Tag> : '—') },
              {
                title: '操作',
                key: 'actions',
                render: (_, e) =>
                  bureau ? (
                    <Button size="small" onClick={() => setSharing(e)}>
                      {e.sharedWithRegion ? '取消共享' : '共享至辖区'}
                    </Button>
                  ) : (
                  <Space size={4} wrap>
                    <Button size="small" onClick={() => setConflictsOf(e)}>
                      回避
                    </Button>
                    {e.organizationId === organizationId && (
                      <>
                        <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(e)}>
                          修改
                        </Button>
                        <Button size="small" danger={e.status === 'active'} icon={e.status === 'active' ? <StopOutlined /> : <UndoOutlined />} onClick={() => setStatusChange(e)}>
                          {e.status === 'active' ? '停用' : '恢复'}
                        </Button>
                      </>
                    )}
                  </Space>
                  ),
              },
            ]}
          />
        )}
      </QueryState>
      <Typography.Text type="secondary">区域共享由人社局设定：共享后本区域其他企业抽取考评员时可抽到该考评员，其资格仍由所属企业维护。</Typography.Text>
      {sharing && <SharingDialog evaluator={sharing} onClose={() => setSharing(null)} />}
      {editing && (
        <EvaluatorDialog
          evaluator={editing === 'new' ? null : editing}
          occupationOptions={codes.map((c) => ({ value: c, label: occupationLabel(c) }))}
          rankOptions={rankOptions}
          onClose={() => setEditing(null)}
        />
      )}
      <FormModal<{ reason: string }>
        open={statusChange !== null}
        title={statusChange ? `${statusChange.status === 'active' ? '停用' : '恢复'}考评员：${statusChange.displayName}` : ''}
        okText={statusChange?.status === 'active' ? '停用' : '恢复'}
        danger={statusChange?.status === 'active'}
        done={statusChange?.status === 'active' ? '已停用，今后抽取不会再抽到该考评员' : '已恢复'}
        invalidate={['evaluators']}
        submit={async ({ reason }) => {
          const e = statusChange as Evaluator;
          return unwrap(await api.PATCH('/api/v1/evaluators/{id}', { params: { path: { id: e.id } }, body: { status: e.status === 'active' ? 'inactive' : 'active', reason } }));
        }}
        onClose={() => setStatusChange(null)}
      >
        {statusChange?.status === 'active' && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title="停用后不再参与抽取；已抽取的考评组不受影响，可在抽取页人工调整。" />}
        <ReasonField />
      </FormModal>
      {conflictsOf && <ConflictsDialog evaluator={conflictsOf} onClose={() => setConflictsOf(null)} />}
      {previewing && (
        <PreviewDialog
          occupationOptions={scope.codes.map((c) => ({ value: c, label: occupationLabel(c) }))}
          rankOptions={rankOptions.filter((r) => r.value.startsWith('L'))}
          onClose={() => setPreviewing(false)}
        />
      )}
    </Space>
  );
}

/**
 * 共享至辖区 / 取消共享 (the bureau): the evaluator read afresh — qualification, validity, home
 * enterprise — before every enterprise of the region may draw them, or no longer may; with a reason.
 */
function SharingDialog({ evaluator, onClose }: { evaluator: Evaluator; onClose: () => void }) {
  const share = !evaluator.sharedWithRegion;
  const current = useQuery({
    queryKey: ['evaluators', 'one', evaluator.id],
    queryFn: async () => unwrap(await api.GET('/api/v1/evaluators/{id}', { params: { path: { id: evaluator.id } } })),
  });
  return (
    <FormModal<{ reason: string }>
      open
      title={`${share ? '共享至辖区' : '取消共享'}：${evaluator.displayName}`}
      okText={share ? '共享' : '取消共享'}
      danger={!share}
      done={share ? '已共享，辖区内企业抽取时可抽到该考评员' : '已取消共享'}
      invalidate={['evaluators']}
      submit={async ({ reason }) => unwrap(await api.PATCH('/api/v1/evaluators/{id}/sharing', { params: { path: { id: evaluator.id } }, body: { sharedWithRegion: share, reason } }))}
      onClose={onClose}
    >
      <QueryState query={current}>
        {(e) => (
          <Descriptions column={1} size="small" bordered style={{ marginBottom: 12 }}>
            <Descriptions.Item label="所属企业">{e.organizationName}</Descriptions.Item>
            <Descriptions.Item label="资格证书编号">{e.qualificationCertificateNumber}</Descriptions.Item>
            <Descriptions.Item label="最高等级">{zh(e.highestRankLabel)}</Descriptions.Item>
            <Descriptions.Item label="有效期">
              {e.validFrom} 至 {e.validUntil}
              {!e.validToday && (
                <Tag color="warning" style={{ marginLeft: 8 }}>
                  不在有效期
                </Tag>
              )}
            </Descriptions.Item>
            <Descriptions.Item label="状态">{zh(e.statusLabel)}</Descriptions.Item>
          </Descriptions>
        )}
      </QueryState>
      <ReasonField />
    </FormModal>
  );
}

interface EvaluatorValues {
  account?: 'existing' | 'new';
  userId?: string;
  username?: string;
  displayName?: string;
  password?: string;
  personId?: string;
  occupations: string[];
  highestRank: Rank;
  qualificationCertificateNumber: string;
  validFrom: Dayjs;
  validUntil: Dayjs;
  reason?: string;
}

/** 登记 (a user holding the evaluator role, or a new account for one) or 修改 with a reason. */
function EvaluatorDialog(props: {
  evaluator: Evaluator | null;
  occupationOptions: { value: string; label: string }[];
  rankOptions: { value: Rank; label: string }[];
  onClose: () => void;
}) {
  const e = props.evaluator;
  const candidates = useQuery({
    queryKey: ['users', 'evaluator-role'],
    enabled: !e,
    queryFn: async () => unwrap(await api.GET('/api/v1/users', { params: { query: { role: 'evaluator', pageSize: 200 } } })),
  });
  const registered = useQuery({
    queryKey: ['evaluators', 'all-user-ids'],
    enabled: !e,
    queryFn: async () => unwrap(await api.GET('/api/v1/evaluators', { params: { query: { pageSize: 200 } } })),
  });
  const taken = new Set((registered.data?.items ?? []).map((x) => x.userId));
  const [created, setCreated] = useState<{ id: string; username: string }>();
  const free = (candidates.data?.items ?? []).filter((u) => !taken.has(u.id) && u.status === 'active');
  return (
    <FormModal<EvaluatorValues>
      open
      width={560}
      title={e ? `修改考评员资格：${e.displayName}` : '登记考评员'}
      okText={e ? '保存' : '登记'}
      done={e ? '已保存' : '已登记考评员'}
      invalidate={['evaluators']}
      initialValues={
        e
          ? { occupations: e.occupations, highestRank: e.highestRank, qualificationCertificateNumber: e.qualificationCertificateNumber, validFrom: dayjs(e.validFrom), validUntil: dayjs(e.validUntil) }
          : { account: 'new', occupations: props.occupationOptions.slice(0, 1).map((o) => o.value) }
      }
      submit={async (v) => {
        const profile = {
          occupations: v.occupations,
          highestRank: v.highestRank,
          qualificationCertificateNumber: v.qualificationCertificateNumber.trim(),
          validFrom: day(v.validFrom),
          validUntil: day(v.validUntil),
        };
        if (e) return unwrap(await api.PATCH('/api/v1/evaluators/{id}', { params: { path: { id: e.id } }, body: { ...profile, reason: v.reason as string } }));
        let userId = v.userId as string;
        if (v.account === 'new') {
          // An account made by an earlier try of this dialog is reused: only the profile failed then.
          if (!created || created.username !== v.username?.trim()) {
            const user = unwrap(
              await api.POST('/api/v1/users', {
                body: { username: (v.username as string).trim(), displayName: (v.displayName as string).trim(), password: v.password as string, roles: ['evaluator'] },
              }),
            );
            setCreated({ id: user.id, username: user.username });
            userId = user.id;
          } else userId = created.id;
        }
        return unwrap(await api.POST('/api/v1/evaluators', { body: { ...profile, userId, ...(v.personId ? { personId: v.personId } : {}) } }));
      }}
      onClose={props.onClose}
    >
      {(form) => (
        <>
          {!e && (
            <>
              {created && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={`账号 ${created.username} 已创建，修正资格信息后再次登记即可`} />}
              <Form.Item name="account" label="考评员账号">
                <Radio.Group
                  options={[
                    { value: 'new', label: '新建账号' },
                    { value: 'existing', label: '已有考评员账号' },
                  ]}
                />
              </Form.Item>
              <Form.Item noStyle shouldUpdate={(a, b) => a.account !== b.account}>
                {() =>
                  form.getFieldValue('account') === 'existing' ? (
                    <Form.Item name="userId" label="账号" rules={[{ required: true, message: '请选择账号' }]} extra="本企业具有考评员角色、尚未登记的账号">
                      <Select
                        loading={candidates.isPending}
                        notFoundContent="没有未登记的考评员账号"
                        options={free.map((u) => ({ value: u.id, label: `${u.displayName}（${u.username}）` }))}
                      />
                    </Form.Item>
                  ) : (
                    <Space.Compact block style={{ gap: 8 }}>
                      <Form.Item name="displayName" label="姓名" style={{ flex: 1 }} rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}>
                        <Input maxLength={100} />
                      </Form.Item>
                      <Form.Item name="username" label="用户名" style={{ flex: 1 }} rules={[{ required: true, message: '请填写用户名' }]}>
                        <Input maxLength={64} autoComplete="off" />
                      </Form.Item>
                      <Form.Item name="password" label="初始密码" style={{ flex: 1 }} rules={[{ required: true, message: '请填写初始密码' }]}>
                        <Input.Password maxLength={128} autoComplete="new-password" />
                      </Form.Item>
                    </Space.Compact>
                  )
                }
              </Form.Item>
              <Form.Item name="personId" label="本人职工档案（可选）" extra="关联后，其亲属、上下级和师徒关系自动计入回避">
                <WorkerPicker />
              </Form.Item>
            </>
          )}
          <Form.Item
            name="occupations"
            label="可考评职业"
            rules={[
              { required: true, message: '请选择至少一个职业' },
              { validator: (_, v: string[] = []) => (v.every((c) => OCCUPATION_CODE.test(c)) ? Promise.resolve() : Promise.reject(new Error('职业编码格式如 6-18-02-04'))) },
            ]}
          >
            <Select mode="tags" options={props.occupationOptions} placeholder="选择或输入职业编码" tokenSeparators={[',', '，', ' ']} />
          </Form.Item>
          <Space.Compact block style={{ gap: 8 }}>
            <Form.Item name="highestRank" label="可考评最高等级" style={{ flex: 1 }} rules={[{ required: true, message: '请选择等级' }]}>
              <Select options={props.rankOptions} />
            </Form.Item>
            <Form.Item name="qualificationCertificateNumber" label="资格证书编号" style={{ flex: 1 }} rules={[{ required: true, whitespace: true, message: '请填写资格证书编号' }]}>
              <Input maxLength={64} />
            </Form.Item>
          </Space.Compact>
          <Space.Compact block style={{ gap: 8 }}>
            <Form.Item name="validFrom" label="有效期起" style={{ flex: 1 }} rules={[{ required: true, message: '请选择日期' }]}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="validUntil" label="有效期止" style={{ flex: 1 }} rules={[{ required: true, message: '请选择日期' }]}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Space.Compact>
          {e && <ReasonField label="修改理由（记入审计）" />}
        </>
      )}
    </FormModal>
  );
}

/** 回避: the conflicts this enterprise declared for an evaluator; declare another, withdraw one with a reason. */
function ConflictsDialog({ evaluator, onClose }: { evaluator: Evaluator; onClose: () => void }) {
  const key = ['evaluators', evaluator.id, 'conflicts'];
  const query = useQuery({
    queryKey: key,
    queryFn: async () => unwrap(await api.GET('/api/v1/evaluators/{id}/conflicts', { params: { path: { id: evaluator.id } } })),
  });
  const [declaring, setDeclaring] = useState(false);
  const [withdrawing, setWithdrawing] = useState<Conflict | null>(null);
  const dateTime = (iso: string) => new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
  return (
    <Modal open width={720} title={`申报回避：${evaluator.displayName}`} footer={<Button onClick={onClose}>关闭</Button>} onCancel={onClose}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          考评员与本人、亲属、上下级、师徒自动回避；其他利害关系在此申报，抽取和人工调整时都不会让该考评员考评这些职工。
        </Typography.Paragraph>
        <Space style={{ width: '100%', justifyContent: 'flex-end' }}>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDeclaring(true)}>
            申报回避
          </Button>
        </Space>
        <QueryState query={query}>
          {(list) => (
            <Table<Conflict>
              data-testid="conflicts"
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={list}
              locale={{ emptyText: '本企业尚未申报回避' }}
              columns={[
                { title: '须回避的职工', dataIndex: 'personName' },
                { title: '关联关系', dataIndex: 'reason' },
                { title: '申报时间', dataIndex: 'createdAt', render: dateTime },
                { title: '', key: 'withdraw', width: 80, render: (_, c) => <Button size="small" onClick={() => setWithdrawing(c)}>撤销</Button> },
              ]}
            />
          )}
        </QueryState>
      </Space>
      <FormModal<{ personId: string; reason: string }>
        open={declaring}
        title={`申报回避：${evaluator.displayName}`}
        okText="申报"
        done="已申报回避"
        invalidate={key}
        submit={async (v) => unwrap(await api.POST('/api/v1/evaluators/{id}/conflicts', { params: { path: { id: evaluator.id } }, body: v }))}
        onClose={() => setDeclaring(false)}
      >
        <Form.Item name="personId" label="须回避的职工" rules={[{ required: true, message: '请选择职工' }]}>
          <WorkerPicker />
        </Form.Item>
        <ReasonField label="关联关系（记入审计）" />
      </FormModal>
      <FormModal<{ reason: string }>
        open={withdrawing !== null}
        title={`撤销回避：${withdrawing?.personName ?? ''}`}
        okText="撤销"
        danger
        done="已撤销回避"
        invalidate={key}
        submit={async ({ reason }) =>
          unwrap(
            await api.DELETE('/api/v1/evaluators/{id}/conflicts/{conflictId}', {
              params: { path: { id: evaluator.id, conflictId: (withdrawing as Conflict).id } },
              body: { reason },
            }),
          )
        }
        onClose={() => setWithdrawing(null)}
      >
        <ReasonField />
      </FormModal>
    </Modal>
  );
}

interface PreviewValues {
  occupationCode: string;
  targetRank: Rank;
  candidatePersonIds: string[];
  assessmentDate?: Dayjs;
}

/** 试抽: what a draw for these candidates would give today, from the pool as it is; nothing is saved. */
function PreviewDialog(props: { occupationOptions: { value: string; label: string }[]; rankOptions: { value: Rank; label: string }[]; onClose: () => void }) {
  const [form] = Form.useForm<PreviewValues>();
  const preview = useMutation({
    mutationFn: async (v: PreviewValues) =>
      unwrap(
        await api.POST('/api/v1/evaluators/draw-preview', {
          body: { occupationCode: v.occupationCode, targetRank: v.targetRank, candidatePersonIds: v.candidatePersonIds, ...(v.assessmentDate ? { assessmentDate: day(v.assessmentDate) } : {}) },
        }),
      ),
  });
  const { message } = App.useApp();
  return (
    <Modal
      open
      width={760}
      title="试抽考评员（不保存）"
      okText="试抽"
      cancelText="关闭"
      confirmLoading={preview.isPending}
      onOk={() => form.validateFields().then((v) => preview.mutate(v, { onError: (e) => message.error(messageOf(e)) }), () => undefined)}
      onCancel={props.onClose}
    >
      <Form form={form} layout="vertical" initialValues={{ occupationCode: props.occupationOptions[0]?.value }}>
        <Space.Compact block style={{ gap: 8 }}>
          <Form.Item name="occupationCode" label="职业" style={{ flex: 1 }} rules={[{ required: true, message: '请选择职业' }]}>
            <Select options={props.occupationOptions} />
          </Form.Item>
          <Form.Item name="targetRank" label="申报等级" style={{ flex: 1 }} rules={[{ required: true, message: '请选择等级' }]}>
            <Select options={props.rankOptions} />
          </Form.Item>
          <Form.Item name="assessmentDate" label="考核日期（默认今天）" style={{ flex: 1 }}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Space.Compact>
        <Form.Item name="candidatePersonIds" label="考生" rules={[{ required: true, message: '请选择考生' }]}>
          <CandidatesPicker />
        </Form.Item>
      </Form>
      {preview.isError && <Alert type="error" showIcon title={messageOf(preview.error)} role="alert" />}
      {preview.data && <PreviewResult preview={preview.data} />}
    </Modal>
  );
}

/** Several workers found by name, kept as they are picked. */
function CandidatesPicker({ value, onChange, id }: { value?: string[]; onChange?: (ids: string[]) => void; id?: string }) {
  const [name, setName] = useState('');
  const [known, setKnown] = useState(new Map<string, string>());
  const workers = useQuery({
    queryKey: ['workers', 'picker', name],
    enabled: name.length > 0,
    queryFn: async () => unwrap(await api.GET('/api/v1/workers', { params: { query: { name, pageSize: 20, withTotal: false } } })),
  });
  const found = (workers.data?.items ?? []).map((w) => ({ value: w.id, label: `${w.fullName}（${w.idNumberMasked}）` }));
  const options = [...found, ...[...known].filter(([k]) => !found.some((f) => f.value === k)).map(([value, label]) => ({ value, label }))];
  return (
    <Select
      id={id}
      mode="multiple"
      showSearch={{ filterOption: false, onSearch: (v) => setName(v.trim()) }}
      value={value}
      onChange={(ids: string[]) => {
        setKnown(new Map([...known, ...found.filter((f) => ids.includes(f.value)).map((f) => [f.value, f.label] as [string, string])]));
        onChange?.(ids);
      }}
      placeholder="输入姓名查找职工"
      notFoundContent={name ? (workers.isFetching ? '查找中…' : '没有找到') : '输入姓名开头'}
      options={options}
    />
  );
}

function PreviewResult({ preview }: { preview: Preview }) {
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="draw-preview">
      <Descriptions size="small" column={3}>
        <Descriptions.Item label="考评员">{preview.evaluatorCount} 名</Descriptions.Item>
        <Descriptions.Item label="回避排除">{preview.recusalsApplied} 对</Descriptions.Item>
        <Descriptions.Item label="考核日期">{preview.assessmentDate}</Descriptions.Item>
      </Descriptions>
      <Table
        size="small"
        rowKey="number"
        pagination={false}
        dataSource={preview.panels}
        columns={[
          { title: '考评组', dataIndex: 'number', width: 80, render: (n: number) => `第 ${n} 组` },
          {
            title: '考评员',
            key: 'evaluators',
            render: (_, p) => <PanelEvaluators evaluators={p.evaluators} />,
          },
          { title: '考生', key: 'candidates', render: (_, p) => p.candidates.map((c) => c.fullName).join('、') },
        ]}
      />
      <Typography.Text type="secondary">试抽结果不保存；正式抽取在认定计划的“考评员抽取”中进行，另行生成随机种子。</Typography.Text>
    </Space>
  );
}
