import { ArrowLeftOutlined, FileExcelOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Empty, Form, Input, Modal, Result, Segmented, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ApiError, messageOf, showFieldErrors, zh } from '../../api/problem';
import type { components } from '../../api/schema';
import { useAuth } from '../../auth/AuthContext';
import { EligibilityRoutes } from '../../components/EligibilityRoutes';
import { QueryState } from '../../components/QueryState';
import { chinaDate } from '../worker/career/ladder-view';
import { runCampaignAction } from './actions';
import { ApplicationEvidence } from './ApplicationEvidence';
import { BureauReportTab } from './BureauReportTab';
import { ACTION_LABELS, type Campaign, type CampaignAction } from './campaign-board';
import { DrawsTab } from './DrawsTab';
import { ExamSessionsTab } from './ExamSessionsTab';
import { EditCampaign } from './EditCampaign';
import { ProgressTab } from './ProgressTab';
import { ResultsTab } from './ResultsTab';
import { ScoringSettings } from './ScoringSettings';
import { ExceptionalApprovalModal } from './ExceptionalApprovalModal';
import { ImportApplicationsDialog } from './ImportApplicationsDialog';
import { ObjectionsTab } from './ObjectionsTab';
import { PublicityCalendar } from './PublicityCalendar';

type Application = components['schemas']['ApplicationResponseDto'];

/** The state's next steps as buttons; an action that needs a reason asks for it. */
function CampaignActions({ campaign }: { campaign: Campaign }) {
  const queryClient = useQueryClient();
  const { message, modal } = App.useApp();
  const [asking, setAsking] = useState<CampaignAction | null>(null);
  const [publishing, setPublishing] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const act = useMutation({
    mutationFn: ({ action, reason }: { action: CampaignAction; reason?: string }) => runCampaignAction(campaign.id, action, reason),
    onSuccess: async (_data, { action }) => {
      setAsking(null);
      message.success(`${ACTION_LABELS[action].label}：已完成`);
      await queryClient.invalidateQueries({ queryKey: ['campaigns'] });
      await queryClient.invalidateQueries({ queryKey: ['campaign', campaign.id] });
    },
    onError: (error) => {
      if (!showFieldErrors(form, error)) message.error(messageOf(error));
    },
  });
  if (campaign.allowedActions.length === 0) return null;
  return (
    <>
      <Space wrap style={{ marginTop: 12 }}>
        {campaign.allowedActions.map((action) => {
          const meta = ACTION_LABELS[action];
          return (
            <Button
              key={action}
              type={meta.danger ? 'default' : 'primary'}
              danger={meta.danger}
              loading={act.isPending && act.variables?.action === action}
              onClick={() =>
                action === 'publish_results'
                  ? setPublishing(true)
                  : meta.reason
                  ? (form.resetFields(), setAsking(action))
                  : modal.confirm({ title: meta.label, content: meta.confirm, okText: '确认', cancelText: '取消', onOk: () => act.mutateAsync({ action }).catch(() => undefined) })
              }
            >
              {meta.label}
            </Button>
          );
        })}
      </Space>
      {publishing && (
        <PublishDialog
          campaign={campaign}
          loading={act.isPending}
          onOk={() => act.mutateAsync({ action: 'publish_results' }).then(() => setPublishing(false), () => undefined)}
          onCancel={() => setPublishing(false)}
        />
      )}
      <Modal
        open={asking !== null}
        title={asking ? ACTION_LABELS[asking].label : ''}
        okText="确认"
        cancelText="取消"
        okButtonProps={{ danger: true }}
        confirmLoading={act.isPending}
        onOk={() => form.validateFields().then((v) => act.mutate({ action: asking as CampaignAction, reason: v.reason }), () => undefined)}
        onCancel={() => setAsking(null)}
        destroyOnHidden
      >
        {asking && <Typography.Paragraph>{ACTION_LABELS[asking].confirm}</Typography.Paragraph>}
        <Form form={form} layout="vertical" preserve={false}>
          <Form.Item name="reason" label="理由（记入审计）" rules={[{ required: true, whitespace: true, message: '请填写理由' }]}>
            <Input.TextArea rows={3} maxLength={1000} showCount />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

/** Today in China (UTC+8), the day a publication made now would start counting from. */
const chinaToday = () => new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10);

/** 发布结果并公示: the window a publication today would get, drawn on the working-day calendar, before HR confirms. */
function PublishDialog({ campaign, loading, onOk, onCancel }: { campaign: Campaign; loading: boolean; onOk: () => void; onCancel: () => void }) {
  const settings = useQuery({
    queryKey: ['campaign', campaign.id, 'scoring-settings'],
    queryFn: async () => unwrap(await api.GET('/api/v1/campaigns/{campaignId}/scoring-settings', { params: { path: { campaignId: campaign.id } } })),
  });
  return (
    <Modal open title="发布结果并公示" okText="确认发布" cancelText="取消" width={720} confirmLoading={loading} onOk={onOk} onCancel={onCancel}>
      <Typography.Paragraph>发布后公示期内职工可实名提出异议；公示期满且异议处理完毕后方可定稿发证。今天发布的公示期：</Typography.Paragraph>
      <QueryState query={settings}>{(s) => <PublicityCalendar from={chinaToday()} n={s.publicityWorkingDays} />}</QueryState>
    </Modal>
  );
}

/**
 * 报名审核: each application with its eligibility report and evidence files; HR approves (admission
 * ticket), admits an ineligible one through a 破格 route with a reason, or rejects with a reason;
 * while registration is open HR also registers many from the campaign's XLSX template.
 */
function ApplicationsTab({ campaign, canDecide }: { campaign: Campaign; canDecide: boolean }) {
  const [status, setStatus] = useState<'pending' | 'all'>('pending');
  const [rejecting, setRejecting] = useState<Application | null>(null);
  const [exceptional, setExceptional] = useState<Application | null>(null);
  const [importing, setImporting] = useState(false);
  const inRegistration = campaign.status === 'registration_open' || campaign.status === 'registration_closed';
  const [form] = Form.useForm<{ reason: string }>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const query = useQuery({
    queryKey: ['campaign', campaign.id, 'applications', status],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/campaigns/{campaignId}/applications', {
          params: { path: { campaignId: campaign.id }, query: { pageSize: 200, ...(status === 'pending' ? { status: 'pending' } : {}) } },
        }),
      ),
  });
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: ['campaign', campaign.id] });
    await queryClient.invalidateQueries({ queryKey: ['campaigns'] });
  };
  const approve = useMutation({
    mutationFn: async (a: Application) => unwrap(await api.POST('/api/v1/applications/{id}/approve', { params: { path: { id: a.id } }, body: {} })),
    onSuccess: async (a) => {
      message.success(`${a.fullName} 审核通过，准考证号 ${a.ticketNumber}`);
      await refresh();
    },
    onError: (e) => message.error(messageOf(e)),
  });
  const reject = useMutation({
    mutationFn: async (reason: string) =>
      unwrap(await api.POST('/api/v1/applications/{id}/reject', { params: { path: { id: (rejecting as Application).id } }, body: { reason } })),
    onSuccess: async (a) => {
      setRejecting(null);
      message.success(`${a.fullName} 审核不通过`);
      await refresh();
    },
    onError: (e) => showFieldErrors(form, e),
  });
  return (
    <>
      <Space wrap style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }}>
        <Segmented
          value={status}
          onChange={(v) => setStatus(v as typeof status)}
          options={[
            { value: 'pending', label: '待审核' },
            { value: 'all', label: '全部' },
          ]}
        />
        {canDecide && campaign.status === 'registration_open' && (
          <Button icon={<FileExcelOutlined />} onClick={() => setImporting(true)}>
            批量报名（XLSX）
          </Button>
        )}
      </Space>
      <QueryState query={query}>
        {(page) => (
          <Table<Application>
            rowKey="id"
            size="middle"
            scroll={{ x: true }}
            dataSource={page.items}
            pagination={false}
            locale={{ emptyText: status === 'pending' ? '没有待审核的报名' : '暂无报名' }}
            expandable={{
              expandedRowRender: (a) => (
                <Space direction="vertical" size={12} style={{ width: '100%' }}>
                  <EligibilityRoutes report={a.eligibilityReport} />
                  <ApplicationEvidence applicationId={a.id} canUpload={canDecide && inRegistration && (a.status === 'pending' || a.status === 'approved')} />
                </Space>
              ),
            }}
            columns={[
              { title: '姓名', dataIndex: 'fullName' },
              { title: '身份证号', dataIndex: 'idNumberMasked' },
              { title: '申报等级', dataIndex: 'rankLabel', render: (v: string) => zh(v) },
              { title: '用工形式', dataIndex: 'employmentTypeLabel', render: (v: string, a) => `${zh(v)}${a.employerOrganizationId !== a.organizationId ? `（${a.employerOrganizationName}）` : ''}` },
              {
                title: '申报条件',
                dataIndex: 'eligible',
                render: (v: boolean, a) =>
                  a.exceptional ? (
                    <Tag color="purple" title={a.decisionReason ?? undefined}>
                      破格
                    </Tag>
                  ) : (
                    <Tag color={v ? 'success' : 'warning'}>{v ? '符合' : '不符合'}</Tag>
                  ),
              },
              { title: '材料', dataIndex: 'fileCount' },
              { title: '状态', dataIndex: 'statusLabel', render: (v: string, a) => `${zh(v)}${a.ticketNumber ? ` · ${a.ticketNumber}` : ''}` },
              {
                title: '审核',
                key: 'decide',
                render: (_, a) =>
                  canDecide && a.status === 'pending' ? (
                    <Space>
                      {a.eligible || !a.eligibilityReport.routes.some((r) => r.kind === 'exceptional') ? (
                        <Button size="small" type="primary" disabled={!a.eligible} loading={approve.isPending && approve.variables?.id === a.id} onClick={() => approve.mutate(a)}>
                          通过
                        </Button>
                      ) : (
                        <Button size="small" type="primary" ghost onClick={() => setExceptional(a)}>
                          破格通过
                        </Button>
                      )}
                      <Button
                        size="small"
                        danger
                        onClick={() => {
                          reject.reset();
                          form.resetFields();
                          setRejecting(a);
                        }}
                      >
                        不通过
                      </Button>
                    </Space>
                  ) : null,
              },
            ]}
          />
        )}
      </QueryState>
      <ExceptionalApprovalModal application={exceptional} campaignId={campaign.id} onClose={() => setExceptional(null)} />
      {canDecide && <ImportApplicationsDialog campaign={campaign} open={importing} onClose={() => setImporting(false)} />}
      <Modal
        open={rejecting !== null}
        title={rejecting ? `审核不通过：${rejecting.fullName}` : ''}
        okText="确认"
        cancelText="取消"
        okButtonProps={{ danger: true }}
        confirmLoading={reject.isPending}
        onOk={() => form.validateFields().then((v) => reject.mutate(v.reason), () => undefined)}
        onCancel={() => setRejecting(null)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" preserve={false}>
          <Form.Item name="reason" label="理由（告知职工，记入审计）" rules={[{ required: true, whitespace: true, message: '请填写理由' }]}>
            <Input.TextArea rows={3} maxLength={1000} showCount />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

/** One campaign: where it stands, its next steps, the registration queue, draws and results. */
export default function CampaignDetailPage() {
  const { id = '' } = useParams();
  const { role } = useAuth();
  const hr = role === 'hr_admin';
  const base = role === 'bureau_officer' ? '/bureau/campaigns' : '/hr/campaigns';
  const query = useQuery({
    queryKey: ['campaign', id],
    retry: false,
    queryFn: async () => unwrap(await api.GET('/api/v1/campaigns/{id}', { params: { path: { id } } })),
  });
  if (query.isError && query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 400)) {
    return <Result status="404" title="认定计划不存在或无权访问" extra={<Link to={base}>返回认定计划</Link>} />;
  }
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Link to={base} style={{ display: 'inline-flex', alignItems: 'center', gap: 6, minHeight: 44 }}>
        <ArrowLeftOutlined /> 返回认定计划
      </Link>
      <QueryState query={query}>
        {(c) => {
          const scored = c.status === 'scoring' || c.status === 'publicity' || c.status === 'finalized';
          return (
            <>
              <Card title={c.name} extra={<Tag color="processing">{zh(c.statusLabel)}</Tag>}>
                <Descriptions size="small" column={{ xs: 1, md: 2 }}>
                  <Descriptions.Item label="评价机构">{c.organizationName}</Descriptions.Item>
                  <Descriptions.Item label="职业">{c.occupationName}（{c.occupationCode}）</Descriptions.Item>
                  <Descriptions.Item label="报名">
                    {chinaDate(c.registrationOpensOn)} 至 {chinaDate(c.registrationClosesOn)}
                  </Descriptions.Item>
                  <Descriptions.Item label="考核">
                    {chinaDate(c.assessmentStartsOn)} 至 {chinaDate(c.assessmentEndsOn)}
                  </Descriptions.Item>
                  <Descriptions.Item label="等级与名额">{c.levels.map((l) => `${zh(l.rankLabel)} ${l.seatsTaken}/${l.capacity}`).join('；')}</Descriptions.Item>
                  <Descriptions.Item label="报备人社局">{c.bureauName ?? '—'}</Descriptions.Item>
                  {c.statusReason && <Descriptions.Item label="理由">{c.statusReason}</Descriptions.Item>}
                </Descriptions>
                {hr && (c.status === 'draft' || c.status === 'returned') && (
                  <div style={{ marginTop: 12 }}>
                    <EditCampaign campaign={c} />
                  </div>
                )}
                <CampaignActions campaign={c} />
                {c.status !== 'cancelled' && <ScoringSettings campaign={c} canEdit={hr} />}
                {c.allowedActions.includes('start_scoring') && (
                  <Alert type="info" showIcon style={{ marginTop: 12 }} title="开始评分前，请先在“考评员抽取”中为各等级的考核项目抽取考评员。" />
                )}
              </Card>
              <Card>
                <Tabs
                  items={[
                    { key: 'applications', label: '报名审核', children: <ApplicationsTab campaign={c} canDecide={hr} /> },
                    { key: 'draws', label: '考评员抽取', children: <DrawsTab campaign={c} canDraw={hr && c.status === 'assessing'} /> },
                    { key: 'exam-sessions', label: '考场编排', children: <ExamSessionsTab campaign={c} hr={hr} /> },
                    {
                      key: 'progress',
                      label: '评分进度',
                      children: scored ? <ProgressTab campaign={c} /> : <Empty description="开始评分后显示评分进度" />,
                    },
                    {
                      key: 'results',
                      label: '成绩',
                      children: scored ? <ResultsTab campaign={c} hr={hr} /> : <Empty description="开始评分后显示成绩" />,
                    },
                    {
                      key: 'publicity',
                      label: '公示与异议',
                      children: <ObjectionsTab campaign={c} canResolve={c.status === 'publicity'} />,
                    },
                    {
                      key: 'report',
                      label: '结果上报',
                      children: c.status === 'finalized' ? <BureauReportTab campaign={c} canSubmit={hr} /> : <Empty description="结果定稿后向人社局上报" />,
                    },
                  ]}
                />
              </Card>
            </>
          );
        }}
      </QueryState>
    </Space>
  );
}
