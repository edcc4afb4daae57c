import { ArrowLeftOutlined, DownloadOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, List, Space, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, downloadBinary, unwrap } from '../../api/client';
import { messageOf, zh } from '../../api/problem';
import { EligibilityRoutes } from '../../components/EligibilityRoutes';
import { FormModal, ReasonField } from '../../components/FormModal';
import { ApplicationResult } from './ApplicationResult';
import { QueryState } from '../../components/QueryState';
import { chinaDate, chinaDayOf } from './career/ladder-view';
import { uploadEvidence } from './evidence';

/** One application: its state, the eligibility report of its date, the evidence files; withdrawn while registration is open. */
export default function ApplicationPage() {
  const { id = '' } = useParams();
  const [withdrawing, setWithdrawing] = useState(false);
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const application = useQuery({
    queryKey: ['application', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/applications/{id}', { params: { path: { id } } })),
  });
  const files = useQuery({
    queryKey: ['application-files', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/applications/{id}/files', { params: { path: { id } } })),
  });
  const upload = useMutation({
    mutationFn: (file: File) => uploadEvidence(id, file),
    onSuccess: async () => {
      message.success('材料已上传');
      await queryClient.invalidateQueries({ queryKey: ['application-files', id] });
      await queryClient.invalidateQueries({ queryKey: ['application', id] });
    },
    onError: (e) => message.error(messageOf(e)),
  });

  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Link to="/worker/campaigns" className="touch" style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
        <ArrowLeftOutlined /> 返回报名认定
      </Link>
      <QueryState query={application}>
        {(a) => (
          <>
            <Card size="small" title={a.campaignName}>
              <Descriptions column={1} size="small">
                <Descriptions.Item label="状态">
                  <Tag color="processing" data-testid="application-status">
                    {zh(a.statusLabel)}
                  </Tag>
                </Descriptions.Item>
                <Descriptions.Item label="申报等级">{zh(a.rankLabel)}</Descriptions.Item>
                <Descriptions.Item label="评价机构">{a.organizationName}</Descriptions.Item>
                <Descriptions.Item label="报名日期">{chinaDate(a.eligibilityAsOf)}</Descriptions.Item>
                {a.ticketNumber && <Descriptions.Item label="准考证号">{a.ticketNumber}</Descriptions.Item>}
                {a.decisionReason && <Descriptions.Item label="审核意见">{a.decisionReason}</Descriptions.Item>}
                {a.withdrawnAt && <Descriptions.Item label="撤回日期">{chinaDayOf(a.withdrawnAt)}</Descriptions.Item>}
                {a.withdrawalReason && <Descriptions.Item label="撤回原因">{a.withdrawalReason}</Descriptions.Item>}
              </Descriptions>
              {(a.status === 'pending' || a.status === 'approved') && a.campaignStatus === 'registration_open' && (
                <Button danger block className="touch" style={{ marginTop: 12 }} onClick={() => setWithdrawing(true)}>
                  撤回报名
                </Button>
              )}
            </Card>
            <FormModal<{ reason?: string }>
              open={withdrawing}
              title="撤回报名"
              okText="确认撤回"
              danger
              done="已撤回报名"
              invalidate={['application']}
              submit={async (v) => {
                await unwrap(await api.POST('/api/v1/applications/{id}/withdraw', { params: { path: { id: a.id } }, body: v.reason ? { reason: v.reason } : {} }));
                await queryClient.invalidateQueries({ queryKey: ['my-applications'] });
              }}
              onClose={() => setWithdrawing(false)}
            >
              <Alert
                type="warning"
                showIcon
                style={{ marginBottom: 12 }}
                title={`撤回「${a.campaignName}」${zh(a.rankLabel)}的报名后，名额将释放${a.ticketNumber ? `，准考证号 ${a.ticketNumber} 作废` : ''}。报名截止前可重新报名。`}
              />
              <ReasonField label="撤回原因（选填）" optional />
            </FormModal>
            {a.status === 'approved' && <ExamSeats applicationId={a.id} ticketNumber={a.ticketNumber} campaignStatus={a.campaignStatus} />}
            <ApplicationResult applicationId={a.id} />
            <Card size="small" title={a.eligible ? '申报条件：已满足' : '申报条件：未满足'}>
              <EligibilityRoutes report={a.eligibilityReport} />
            </Card>
          </>
        )}
      </QueryState>
      <Card
        size="small"
        title="证明材料"
        extra={
          <Upload
            accept="image/jpeg,image/png,application/pdf"
            showUploadList={false}
            beforeUpload={(file) => {
              upload.mutate(file);
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={upload.isPending} className="touch">
              补充材料
            </Button>
          </Upload>
        }
      >
        <QueryState query={files} empty={(list) => list.length === 0} emptyText="尚未上传材料">
          {(list) => (
            <List
              dataSource={list}
              renderItem={(f) => (
                <List.Item data-testid="evidence-file">
                  <Space>
                    <PaperClipOutlined />
                    {f.filename}
                    <Typography.Text type="secondary">{Math.max(1, Math.round(f.sizeBytes / 1024))} KB</Typography.Text>
                  </Space>
                </List.Item>
              )}
            />
          )}
        </QueryState>
      </Card>
    </Space>
  );
}

/** Campaign states in which seating may still come; after them an empty seat list means the exams were arranged elsewhere. */
const SEATING_AHEAD = new Set(['registration_open', 'registration_closed', 'assessing']);

/** 考试安排: where and when the candidate sits each component, and their admission ticket as PDF. */
function ExamSeats({ applicationId, ticketNumber, campaignStatus }: { applicationId: string; ticketNumber: string | null; campaignStatus: string }) {
  const { message } = App.useApp();
  const [downloading, setDownloading] = useState(false);
  const seats = useQuery({
    queryKey: ['application', applicationId, 'exam-seats'],
    queryFn: async () => unwrap(await api.GET('/api/v1/applications/{applicationId}/exam-seats', { params: { path: { applicationId } } })),
  });
  return (
    <Card size="small" title="考试安排">
      <QueryState
        query={seats}
        empty={(list) => list.length === 0}
        emptyText={SEATING_AHEAD.has(campaignStatus) ? '尚未编排考场，编排后在此查看考场和座位' : '本次认定没有在系统中编排考场'}
      >
        {(list) => (
          <Space direction="vertical" style={{ width: '100%' }}>
            {list.map((s) => (
              <Descriptions key={s.sessionId} column={1} size="small" title={s.componentLabel} data-testid="exam-seat">
                <Descriptions.Item label="时间">
                  {s.startsAtChina} 至 {s.endsAtChina.slice(0, 10) === s.startsAtChina.slice(0, 10) ? s.endsAtChina.slice(11) : s.endsAtChina}
                </Descriptions.Item>
                <Descriptions.Item label="考点">{s.place}</Descriptions.Item>
                <Descriptions.Item label="考场">{s.room}</Descriptions.Item>
                <Descriptions.Item label="座位号">
                  <Typography.Text strong style={{ fontSize: 18 }}>
                    {s.seatLabel}
                  </Typography.Text>
                </Descriptions.Item>
              </Descriptions>
            ))}
            <Button
              type="primary"
              block
              className="touch"
              icon={<DownloadOutlined />}
              loading={downloading}
              onClick={() => {
                setDownloading(true);
                downloadBinary(`/api/v1/applications/${applicationId}/admission-ticket`, `准考证-${ticketNumber ?? ''}.pdf`)
                  .catch((e) => message.error(messageOf(e)))
                  .finally(() => setDownloading(false));
              }}
            >
              下载准考证
            </Button>
            <Typography.Text type="secondary">请携带准考证和身份证件，于考试开始前30分钟到达考场。</Typography.Text>
          </Space>
        )}
      </QueryState>
    </Card>
  );
}
