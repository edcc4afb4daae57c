import { DownloadOutlined, FilePdfOutlined, StopOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, DatePicker, Descriptions, Drawer, Form, Input, Modal, Radio, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { api, downloadBinary, openBinary, unwrap } from '../../api/client';
import { fieldErrorsOf, messageOf, showFieldErrors, zh } from '../../api/problem';
import type { components } from '../../api/schema';
import { useAuth } from '../../auth/AuthContext';
import { QueryState } from '../../components/QueryState';

type Certificate = components['schemas']['CertificateResponseDto'];
type Status = NonNullable<Certificate['status']>;
type Rank = Certificate['rank'];

const RANK_OPTIONS: { value: Rank; label: string }[] = [
  { value: 'L5', label: '五级/初级工' },
  { value: 'L4', label: '四级/中级工' },
  { value: 'L3', label: '三级/高级工' },
  { value: 'L2', label: '二级/技师' },
  { value: 'L1', label: '一级/高级技师' },
];
const ROUTE_LABELS: Record<Certificate['route'], string> = { campaign: '认定计划', competition: '以赛代评' };
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const NUMBER = /^[YS]\d{21}$/;

/** 证书: search the certificates in the caller's scope, open the PDF, revoke with a reason (HR of the body, the bureau). */
export default function CertificatesPage() {
  const { role } = useAuth();
  const canRevoke = role === 'hr_admin' || role === 'bureau_officer';
  const [params, setParams] = useSearchParams();
  const page = Number(params.get('page') ?? '1') || 1;
  const number = params.get('number') ?? '';
  const status = (params.get('status') as Status | null) ?? undefined;
  const rank = (params.get('rank') as Rank | null) ?? undefined;
  const issuedFrom = DATE.test(params.get('from') ?? '') ? (params.get('from') as string) : undefined;
  const issuedTo = DATE.test(params.get('to') ?? '') ? (params.get('to') as string) : undefined;
  const [revoking, setRevoking] = useState<Certificate | null>(null);
  const [viewing, setViewing] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();

  const query = useQuery({
    queryKey: ['certificates', page, number, status, rank, issuedFrom, issuedTo],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/certificates', {
          params: { query: { page, pageSize: 20, ...(NUMBER.test(number) ? { certificateNumber: number } : {}), status, rank, issuedFrom, issuedTo } },
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
          <Select<Rank | ''>
            aria-label="等级"
            style={{ width: 150 }}
            value={rank ?? ''}
            onChange={(v) => update({ rank: v || undefined, page: undefined })}
            options={[{ value: '', label: '全部等级' }, ...RANK_OPTIONS]}
          />
          <DatePicker.RangePicker
            aria-label="发证日期"
            placeholder={['发证日期起', '发证日期止']}
            value={issuedFrom && issuedTo ? [dayjs(issuedFrom), dayjs(issuedTo)] : null}
            onChange={(range) => update({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD'), page: undefined })}
          />
          {role === 'hr_admin' && (
            <Button icon={<DownloadOutlined />} onClick={() => setExporting(true)}>
              导出 XLSX
            </Button>
          )}
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
              {
                title: '证书编号',
                dataIndex: 'certificateNumber',
                render: (v: string, c) => (
                  <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setViewing(c.id)}>
                    {v}
                  </Button>
                ),
              },
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
      {viewing && <CertificateDrawer id={viewing} onClose={() => setViewing(null)} />}
      {exporting && <ExportModal status={status} rank={rank} from={issuedFrom} to={issuedTo} onClose={() => setExporting(false)} />}
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

/** A certificate as the API answers GET certificates/:id: holder, level, route, verification and any revocation. */
function CertificateDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const { role } = useAuth();
  const { message } = App.useApp();
  const query = useQuery({
    queryKey: ['certificates', 'detail', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/certificates/{id}', { params: { path: { id } } })),
  });
  const dateTime = (iso: string) => new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
  return (
    <Drawer open size={560} title="证书详情" onClose={onClose}>
      <QueryState query={query}>
        {(c) => (
          <Space direction="vertical" style={{ width: '100%' }} data-testid="certificate-detail">
            <Descriptions size="small" column={1} bordered styles={{ label: { width: 96, whiteSpace: 'nowrap' } }}>
              <Descriptions.Item label="证书编号">{c.certificateNumber}</Descriptions.Item>
              <Descriptions.Item label="状态">
                <Tag color={c.status === 'valid' ? 'success' : 'error'}>{zh(c.statusLabel)}</Tag>
              </Descriptions.Item>
              <Descriptions.Item label="持证人">{c.holderName}</Descriptions.Item>
              <Descriptions.Item label="证件号码">
                {c.idNumberMasked}（{zh(c.idTypeLabel)}）
              </Descriptions.Item>
              <Descriptions.Item label="职业">
                {c.occupationName}（{c.occupationCode}）
              </Descriptions.Item>
              <Descriptions.Item label="工种">{c.workTypeLabel}</Descriptions.Item>
              <Descriptions.Item label="等级">{c.levelLabel}</Descriptions.Item>
              <Descriptions.Item label="评价机构">{c.bodyName}</Descriptions.Item>
              <Descriptions.Item label="发证日期">{c.issuedOn}</Descriptions.Item>
              <Descriptions.Item label="认定方式">{ROUTE_LABELS[c.route]}</Descriptions.Item>
              <Descriptions.Item label="公开查验">
                <Typography.Link href={c.verificationUrl} target="_blank" rel="noreferrer" style={{ wordBreak: 'break-all' }}>
                  {c.verificationUrl}
                </Typography.Link>
              </Descriptions.Item>
              {c.status === 'revoked' && (
                <>
                  <Descriptions.Item label="撤销理由">{c.revocationReason}</Descriptions.Item>
                  <Descriptions.Item label="撤销时间">{c.revokedAt ? dateTime(c.revokedAt) : '—'}</Descriptions.Item>
                </>
              )}
            </Descriptions>
            {role !== 'platform_admin' && (
              <Button icon={<FilePdfOutlined />} onClick={() => openBinary(`/api/v1/certificates/${c.id}/pdf`).catch((e) => message.error(messageOf(e)))}>
                证书 PDF
              </Button>
            )}
          </Space>
        )}
      </QueryState>
    </Drawer>
  );
}

/**
 * 批量导出 (HR of the body): the page's level filter, a period of issue and valid or revoked
 * certificates, as the XLSX of the national query upload with full ID numbers; the API audits it.
 */
function ExportModal(props: { status?: Status; rank?: Rank; from?: string; to?: string; onClose: () => void }) {
  const [form] = Form.useForm<{ period: [Dayjs, Dayjs]; status: Status; rank?: Rank }>();
  const { message } = App.useApp();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (v: { period: [Dayjs, Dayjs]; status: Status; rank?: Rank }) => {
    const query = new URLSearchParams({ from: v.period[0].format('YYYY-MM-DD'), to: v.period[1].format('YYYY-MM-DD'), status: v.status });
    if (v.rank) query.set('rank', v.rank);
    setBusy(true);
    setError(null);
    try {
      await downloadBinary(`/api/v1/certificates/export?${query}`, `certificates-${query.get('from')}-${query.get('to')}.xlsx`);
      message.success('已导出证书数据，导出记入审计');
      props.onClose();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title="导出证书数据（XLSX）"
      okText="导出"
      cancelText="取消"
      confirmLoading={busy}
      onOk={() => form.validateFields().then(submit, () => undefined)}
      onCancel={props.onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">全国联网查询上传格式，每张证书一行，含完整证件号码；每次导出记入审计，一次最多一万张。</Typography.Paragraph>
      {error !== null && <Alert type="error" showIcon title={messageOf(error)} role="alert" style={{ marginBottom: 12 }} />}
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          period: [dayjs(props.from ?? dayjs().startOf('year').format('YYYY-MM-DD')), dayjs(props.to ?? dayjs().format('YYYY-MM-DD'))],
          status: props.status ?? 'valid',
          rank: props.rank,
        }}
      >
        <Form.Item name="period" label="发证日期" rules={[{ required: true, message: '请选择发证日期范围' }]}>
          <DatePicker.RangePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="status" label="证书状态">
          <Radio.Group
            options={[
              { value: 'valid', label: '有效证书（上传）' },
              { value: 'revoked', label: '已撤销证书（报送撤销）' },
            ]}
          />
        </Form.Item>
        <Form.Item name="rank" label="等级">
          <Select allowClear placeholder="全部等级" options={RANK_OPTIONS} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
