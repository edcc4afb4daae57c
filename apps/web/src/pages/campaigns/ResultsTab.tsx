import { FilePdfOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Descriptions, Drawer, Form, InputNumber, Radio, Select, Space, Table, Tag, Tooltip, Typography, Upload } from 'antd';
import { useState } from 'react';
import { api, downloadBinary, unwrap } from '../../api/client';
import { messageOf, zh } from '../../api/problem';
import type { components } from '../../api/schema';
import { FormModal, ReasonField } from '../../components/FormModal';
import { QueryState } from '../../components/QueryState';
import { chinaDate } from '../worker/career/ladder-view';
import type { Campaign } from './campaign-board';

type ResultItem = components['schemas']['CandidateResultDto'];
type ResultComponent = ResultItem['components'][number];
type ComponentScore = components['schemas']['ComponentScoreDto'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** One component of one candidate as the results table shows it: score, pass or fail, carried over, absent or voided. */
function ComponentCell({ c, detail, onOpen }: { c: ResultComponent; detail?: ComponentScore; onOpen?: () => void }) {
  const tag =
    c.status === 'absent' ? (
      <Tag>缺考</Tag>
    ) : c.status === 'voided' ? (
      <Tag color="error">成绩无效</Tag>
    ) : c.carriedOver ? (
      <Tooltip title={detail?.carriedOverFrom ? `${chinaDate(detail.carriedOverFrom)} 在此前的认定中合格，本次免考` : '此前认定中合格，本次免考'}>
        <Tag color="purple">成绩保留{detail?.carriedOverFrom ? ` · ${chinaDate(detail.carriedOverFrom)}` : ''}</Tag>
      </Tooltip>
    ) : c.score === null ? (
      <Tag color="processing">{c.status === 'moderation' ? '待复核' : c.component === 'theory' ? '待导入' : '评分中'}</Tag>
    ) : c.passed ? (
      <Tag color="success">合格</Tag>
    ) : (
      <Tag color="error">不合格</Tag>
    );
  const body = (
    <Space size={4} wrap={false}>
      <span style={{ minWidth: 32, display: 'inline-block', textAlign: 'right' }}>{c.score ?? '—'}</span>
      {tag}
    </Space>
  );
  return onOpen ? (
    <Button type="link" size="small" style={{ padding: 0 }} onClick={onOpen} aria-label={`${zh(c.label)} 成绩详情`}>
      {body}
    </Button>
  ) : (
    body
  );
}

/**
 * 成绩: a preview while scoring, the published and final results after, each candidate's pass or
 * fail per component with carried-over components (成绩保留) marked; a component's detail with its
 * sheets, 缺考 and 成绩无效 while scoring; correcting or voiding a result after an upheld objection.
 */
export function ResultsTab({ campaign, hr }: { campaign: Campaign; hr: boolean }) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [open, setOpen] = useState<string>();
  const [correcting, setCorrecting] = useState<ResultItem>();
  const [voiding, setVoiding] = useState<ResultItem>();
  const scoring = campaign.status === 'scoring';
  const query = useQuery({
    queryKey: ['campaign', campaign.id, 'results'],
    queryFn: async () => unwrap(await api.GET('/api/v1/campaigns/{campaignId}/results', { params: { path: { campaignId: campaign.id } } })),
  });
  const scores = useQuery({
    queryKey: ['campaign', campaign.id, 'component-scores'],
    queryFn: async () => unwrap(await api.GET('/api/v1/campaigns/{campaignId}/component-scores', { params: { path: { campaignId: campaign.id }, query: {} } })),
  });
  const scoreOf = new Map((scores.data ?? []).map((s) => [`${s.applicationId}|${s.component}`, s]));
  const importTheory = useMutation({
    mutationFn: async (file: File) =>
      unwrap(
        await api.POST('/api/v1/campaigns/{campaignId}/theory-scores/import', {
          params: { path: { campaignId: campaign.id } },
          body: file as unknown as string,
          bodySerializer: (b) => b as unknown as BodyInit,
          headers: { 'content-type': XLSX },
        }),
      ),
    onSuccess: async (r) => {
      message.success(`理论成绩导入：${r.imported} 条，未变 ${r.unchanged} 条，有误 ${r.badRows.length} 行`);
      await queryClient.invalidateQueries({ queryKey: ['campaign', campaign.id] });
    },
    onError: (e) => message.error(messageOf(e)),
  });
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {hr && scoring && (
        <Upload accept=".xlsx" showUploadList={false} beforeUpload={(file) => (importTheory.mutate(file), false)}>
          <Button icon={<UploadOutlined />} loading={importTheory.isPending}>
            导入理论成绩（XLSX：准考证号、姓名、成绩）
          </Button>
        </Upload>
      )}
      {importTheory.data && importTheory.data.badRows.length > 0 && (
        <Table
          size="small"
          rowKey="row"
          pagination={false}
          dataSource={importTheory.data.badRows}
          columns={[
            { title: '行', dataIndex: 'row' },
            { title: '问题', dataIndex: 'message', render: (v: string) => zh(v) },
          ]}
        />
      )}
      <QueryState query={query}>
        {(r) => (
          <>
            <Typography.Paragraph>
              {r.stage === 'preview' ? '评分中（预览，尚未发布）' : r.stage === 'published' ? `已于 ${chinaDate(r.publishedOn as string)} 发布并公示` : `已于 ${chinaDate(r.finalizedOn as string)} 定稿`}
              ：合格 {r.passed} 人，不合格 {r.failed} 人{r.voided ? `，无效 ${r.voided} 人` : ''}
              {r.items.some((i) => i.components.some((c) => c.carriedOver)) && (
                <Typography.Text type="secondary">。“成绩保留”为此前认定中已合格、本次免考的项目。</Typography.Text>
              )}
            </Typography.Paragraph>
            <BatchCertificatesPdf campaign={campaign} items={r.items} />
            {r.items.some((i) => i.correctionRequired) && hr && (
              <Alert type="warning" showIcon title="异议成立的考生须更正成绩或撤销结果后才能定稿。" />
            )}
            <Table<ResultItem>
              rowKey="applicationId"
              size="middle"
              scroll={{ x: true }}
              pagination={false}
              dataSource={r.items}
              data-testid="results"
              columns={[
                { title: '名次', dataIndex: 'position', width: 64, render: (v: number | null) => v ?? '—' },
                { title: '姓名', dataIndex: 'name' },
                { title: '准考证号', dataIndex: 'ticketNumber' },
                { title: '等级', dataIndex: 'rankLabel', render: (v: string) => zh(v) },
                ...(r.items[0]?.components.map((c, i) => ({
                  title: `${zh(c.label)}（${c.passMark}分合格）`,
                  key: c.component,
                  render: (_: unknown, item: ResultItem) => {
                    const ic = item.components[i];
                    if (!ic) return '—';
                    const detail = scoreOf.get(`${item.applicationId}|${ic.component}`);
                    return <ComponentCell c={ic} detail={detail} onOpen={detail ? () => setOpen(detail.id) : undefined} />;
                  },
                })) ?? []),
                { title: '加权总分', dataIndex: 'weightedTotal', render: (v: number | null) => v ?? '—' },
                {
                  title: '结果',
                  dataIndex: 'statusLabel',
                  render: (v: string, item) => (
                    <Space size={4} wrap>
                      <Tag color={item.status === 'passed' ? 'success' : item.status === 'failed' ? 'error' : 'default'}>{zh(v)}</Tag>
                      {item.correctionRequired && <Tag color="warning">异议成立，待更正</Tag>}
                      {item.voidReason && (
                        <Tooltip title={item.voidReason}>
                          <Typography.Text type="secondary">理由</Typography.Text>
                        </Tooltip>
                      )}
                    </Space>
                  ),
                },
                { title: '证书编号', dataIndex: 'certificateNumber', render: (v: string | null) => v ?? '—' },
                ...(hr && r.stage === 'published' && r.items.some((i) => i.correctionRequired)
                  ? [
                      {
                        title: '处理',
                        key: 'correct',
                        render: (_: unknown, item: ResultItem) =>
                          item.correctionRequired ? (
                            <Space>
                              <Button size="small" type="primary" onClick={() => setCorrecting(item)}>
                                更正成绩
                              </Button>
                              <Button size="small" danger onClick={() => setVoiding(item)}>
                                撤销结果
                              </Button>
                            </Space>
                          ) : null,
                      },
                    ]
                  : []),
              ]}
            />
          </>
        )}
      </QueryState>
      <ComponentScoreDrawer id={open} campaign={campaign} canChange={hr && scoring} onClose={() => setOpen(undefined)} />
      <FormModal<{ component: ResultComponent['component']; score: number; reason: string }>
        open={Boolean(correcting)}
        title={`更正成绩：${correcting?.name ?? ''}`}
        okText="更正并重新公示"
        done="成绩已更正，已重新公示"
        invalidate={['campaign', campaign.id]}
        onClose={() => setCorrecting(undefined)}
        submit={async (v) =>
          unwrap(
            await api.POST('/api/v1/campaigns/{campaignId}/results/{applicationId}/correct', {
              params: { path: { campaignId: campaign.id, applicationId: (correcting as ResultItem).applicationId } },
              body: v,
            }),
          )
        }
      >
        <Form.Item name="component" label="更正的考核项目" rules={[{ required: true, message: '请选择考核项目' }]}>
          <Select
            options={correctionComponents(correcting).map((c) => ({ value: c.component, label: `${zh(c.label)}（现为 ${c.score ?? '—'} 分）` }))}
          />
        </Form.Item>
        <Form.Item name="score" label="更正后的分数" rules={[{ required: true, message: '请填写分数' }]}>
          <InputNumber min={0} max={100} step={0.5} precision={1} style={{ width: 160 }} />
        </Form.Item>
        <ReasonField label="更正理由（记入审计，随公示说明）" />
      </FormModal>
      <FormModal<{ reason: string }>
        open={Boolean(voiding)}
        title={`撤销结果：${voiding?.name ?? ''}`}
        okText="撤销"
        danger
        done="结果已撤销"
        invalidate={['campaign', campaign.id]}
        onClose={() => setVoiding(undefined)}
        submit={async (v) =>
          unwrap(
            await api.POST('/api/v1/campaigns/{campaignId}/results/{applicationId}/void', {
              params: { path: { campaignId: campaign.id, applicationId: (voiding as ResultItem).applicationId } },
              body: v,
            }),
          )
        }
      >
        <Typography.Paragraph>撤销后该考生本次认定结果无效，不颁发证书。</Typography.Paragraph>
        <ReasonField />
      </FormModal>
    </Space>
  );
}

/**
 * 批量下载证书: every valid certificate issued in the campaign as one PDF, a page each (HR of the
 * body, and the bureau with ID numbers masked); by level when the campaign issued several. Shown
 * once certificates are issued; the API audits each download.
 */
function BatchCertificatesPdf({ campaign, items }: { campaign: Campaign; items: ResultItem[] }) {
  const { message } = App.useApp();
  const [rank, setRank] = useState<ResultItem['rank']>();
  const [busy, setBusy] = useState(false);
  const certified = items.filter((i) => i.certificateNumber);
  if (certified.length === 0) return null;
  const levels = [...new Map(certified.map((i) => [i.rank, zh(i.rankLabel)])).entries()];
  const download = async () => {
    const query = new URLSearchParams({ campaignId: campaign.id });
    if (rank) query.set('rank', rank);
    setBusy(true);
    try {
      await downloadBinary(`/api/v1/certificates/batch-pdf?${query}`, `证书-${campaign.number}.pdf`);
      message.success('证书已下载（有效证书每张一页），下载记入审计');
    } catch (e) {
      message.error(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Space wrap>
      {levels.length > 1 && (
        <Select<ResultItem['rank'] | ''>
          aria-label="证书等级"
          style={{ width: 160 }}
          value={rank ?? ''}
          onChange={(v) => setRank(v || undefined)}
          options={[{ value: '', label: '全部等级' }, ...levels.map(([value, label]) => ({ value, label }))]}
        />
      )}
      <Button icon={<FilePdfOutlined />} loading={busy} onClick={download}>
        批量下载证书 (PDF)
      </Button>
      <Typography.Text type="secondary">有效证书按编号排列，每张一页</Typography.Text>
    </Space>
  );
}

/** A carried-over component was settled in an earlier campaign: it cannot be corrected here. */
const correctionComponents = (item: ResultItem | undefined) => (item?.components ?? []).filter((c) => !c.carriedOver);

/** 成绩详情: one component score (GET component-scores/:id) with its sheets, and HR's 缺考 / 成绩无效 while scoring. */
function ComponentScoreDrawer({ id, campaign, canChange, onClose }: { id?: string; campaign: Campaign; canChange: boolean; onClose: () => void }) {
  const [changing, setChanging] = useState<'absent' | 'void'>();
  const query = useQuery({
    queryKey: ['campaign', campaign.id, 'component-score', id],
    enabled: Boolean(id),
    queryFn: async () => unwrap(await api.GET('/api/v1/component-scores/{id}', { params: { path: { id: id as string } } })),
  });
  const cs = query.data;
  const level = campaign.levels.find((l) => l.rank === cs?.rank);
  const label = zh(level?.components.find((c) => c.kind === cs?.component)?.label ?? cs?.componentLabel ?? '');
  const submitted = cs?.sheets.some((s) => s.status === 'submitted') ?? false;
  const settled = cs ? cs.status === 'absent' || cs.status === 'voided' || cs.source === 'carried_over' : true;
  return (
    <Drawer open={Boolean(id)} onClose={onClose} width={560} title={cs ? `${cs.candidateName} · ${label}` : '成绩详情'} destroyOnHidden>
      <QueryState query={query}>
        {(c) => (
          <Space direction="vertical" style={{ width: '100%' }} data-testid="component-score">
            <Descriptions size="small" column={1} bordered>
              <Descriptions.Item label="准考证号">{c.ticketNumber ?? '—'}</Descriptions.Item>
              <Descriptions.Item label="状态">
                <Tag color={c.status === 'scored' ? 'success' : c.status === 'voided' ? 'error' : c.status === 'moderation' ? 'warning' : 'default'}>{zh(c.statusLabel)}</Tag>
              </Descriptions.Item>
              <Descriptions.Item label="成绩">
                {c.score ?? '—'} / {c.maxScore}（{c.passMark} 分合格，权重 {c.weight}%）
              </Descriptions.Item>
              {c.sourceLabel && <Descriptions.Item label="来源">{zh(c.sourceLabel)}</Descriptions.Item>}
              {c.carriedOverFrom && <Descriptions.Item label="成绩保留">{chinaDate(c.carriedOverFrom)} 在此前的认定中合格，本次免考</Descriptions.Item>}
              {c.aggregateScore !== null && <Descriptions.Item label="评分汇总">{c.aggregateScore}（分差 {c.spread ?? '—'}，复核阈值 {c.moderationThreshold}）</Descriptions.Item>}
              {c.voidKindLabel && <Descriptions.Item label="无效类型">{zh(c.voidKindLabel)}</Descriptions.Item>}
              {c.stateReason && <Descriptions.Item label="理由">{c.stateReason}</Descriptions.Item>}
              {c.moderation && <Descriptions.Item label="复核意见">{(c.moderation as { reason?: string }).reason}</Descriptions.Item>}
            </Descriptions>
            {c.sheets.length > 0 && (
              <Table
                size="small"
                rowKey="sheetId"
                pagination={false}
                dataSource={c.sheets}
                columns={[
                  { title: '考评员', dataIndex: 'evaluatorName' },
                  { title: '评分表', dataIndex: 'status', render: (v: string) => ({ draft: '草稿', submitted: '已提交', cancelled: '已作废' })[v] ?? v },
                  { title: '分数', dataIndex: 'score', render: (v: number | null) => v ?? '—' },
                ]}
              />
            )}
            {canChange && !settled && (
              <Space wrap>
                <Tooltip title={submitted || c.status === 'scored' ? '已有考评员提交评分，不能标记缺考' : undefined}>
                  <Button disabled={submitted || c.status === 'scored' || c.status === 'moderation'} onClick={() => setChanging('absent')}>
                    标记缺考
                  </Button>
                </Tooltip>
                <Button danger onClick={() => setChanging('void')}>
                  成绩无效（作弊、违纪）
                </Button>
              </Space>
            )}
            <FormModal<{ reason: string }>
              open={changing === 'absent'}
              title={`标记缺考：${c.candidateName} · ${label}`}
              okText="标记缺考"
              done="已标记缺考"
              invalidate={['campaign', campaign.id]}
              onClose={() => setChanging(undefined)}
              submit={async (v) => unwrap(await api.POST('/api/v1/component-scores/{id}/absent', { params: { path: { id: c.id } }, body: v }))}
            >
              <Typography.Paragraph>缺考后该项目无成绩，未提交的评分表将作废。</Typography.Paragraph>
              <ReasonField label="缺考原因（记入审计）" />
            </FormModal>
            <FormModal<{ kind: 'cheating' | 'misconduct'; reason: string }>
              open={changing === 'void'}
              title={`成绩无效：${c.candidateName} · ${label}`}
              okText="确认无效"
              danger
              done="已标记成绩无效"
              invalidate={['campaign', campaign.id]}
              onClose={() => setChanging(undefined)}
              submit={async (v) => unwrap(await api.POST('/api/v1/component-scores/{id}/void', { params: { path: { id: c.id } }, body: v }))}
            >
              <Typography.Paragraph>该项目成绩无效，考生本次认定结果随之无效；已提交的评分表保留备查。</Typography.Paragraph>
              <Form.Item name="kind" label="类型" rules={[{ required: true, message: '请选择类型' }]}>
                <Radio.Group
                  options={[
                    { value: 'cheating', label: '作弊' },
                    { value: 'misconduct', label: '违纪' },
                  ]}
                />
              </Form.Item>
              <ReasonField label="原因（记入审计）" />
            </FormModal>
          </Space>
        )}
      </QueryState>
    </Drawer>
  );
}
