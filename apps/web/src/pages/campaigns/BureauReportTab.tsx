import { DownloadOutlined, SendOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Descriptions, Space, Tag } from 'antd';
import { api, downloadBinary, unwrap } from '../../api/client';
import { messageOf } from '../../api/problem';
import type { components } from '../../api/schema';
import { QueryState } from '../../components/QueryState';
import { chinaDate } from '../worker/career/ladder-view';
import type { Campaign } from './campaign-board';

type Report = components['schemas']['BureauReportDto'];

/** The state of a report as a tag: due or late, and once sent whether it went in time. */
export const REPORT_TAGS: Record<Report['status'], { text: string; color: string }> = {
  due: { text: '待上报（未逾期）', color: 'processing' },
  overdue: { text: '待上报（已逾期）', color: 'error' },
  submitted: { text: '已上报（按期）', color: 'success' },
  submitted_late: { text: '已上报（逾期）', color: 'warning' },
};

/** 上报人社局: once finalized, the results go to the bureau within 10 working days; HR submits once, then it reads as sent. */
export function BureauReportTab({ campaign, canSubmit }: { campaign: Campaign; canSubmit: boolean }) {
  const queryClient = useQueryClient();
  const { message, modal } = App.useApp();
  const key = ['campaign', campaign.id, 'bureau-report'];
  const query = useQuery({
    queryKey: key,
    queryFn: async () => unwrap(await api.GET('/api/v1/campaigns/{campaignId}/bureau-report', { params: { path: { campaignId: campaign.id } } })),
  });
  const submit = useMutation({
    mutationFn: async () => unwrap(await api.POST('/api/v1/campaigns/{campaignId}/bureau-report/submit', { params: { path: { campaignId: campaign.id } } })),
    onSuccess: (report) => {
      queryClient.setQueryData(key, report);
      message.success(`已上报${campaign.bureauName ?? '人社局'}`);
    },
    onError: (e) => message.error(messageOf(e)),
  });

  return (
    <QueryState query={query}>
      {(r) => {
        const tag = REPORT_TAGS[r.status];
        const sent = r.submittedAt !== null;
        return (
          <Space direction="vertical" size={12} style={{ width: '100%' }} data-testid="bureau-report">
            {r.status === 'overdue' && <Alert type="error" showIcon title={`已超过上报期限（${chinaDate(r.dueOn)}），请尽快上报`} />}
            <Descriptions size="small" bordered column={{ xs: 1, md: 2 }}>
              <Descriptions.Item label="上报单位">{campaign.bureauName ?? '—'}</Descriptions.Item>
              <Descriptions.Item label="上报状态">
                <Tag color={tag.color} data-testid="bureau-report-status">
                  {tag.text}
                </Tag>
              </Descriptions.Item>
              <Descriptions.Item label="定稿日期">{chinaDate(r.finalizedOn)}</Descriptions.Item>
              <Descriptions.Item label="上报期限">
                {chinaDate(r.dueOn)}（定稿后10个工作日{r.dueProvisional ? '，按暂定工作日历计算' : ''}）
              </Descriptions.Item>
              <Descriptions.Item label="认定结果">
                {r.items.length} 人，合格 {r.items.filter((i) => i.status === 'passed').length} 人
              </Descriptions.Item>
              <Descriptions.Item label="上报时间">
                {sent ? new Date(r.submittedAt as string).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false }) : '尚未上报'}
              </Descriptions.Item>
            </Descriptions>
            <Space wrap>
              {canSubmit && !sent && (
                <Button
                  type="primary"
                  icon={<SendOutlined />}
                  loading={submit.isPending}
                  onClick={() =>
                    modal.confirm({
                      title: '上报人社局',
                      content: `将 ${r.items.length} 人的认定结果上报${campaign.bureauName ?? '人社局'}，上报后不能撤回。确认上报吗？`,
                      okText: '确认上报',
                      cancelText: '取消',
                      onOk: () => submit.mutateAsync().catch(() => undefined),
                    })
                  }
                >
                  上报人社局
                </Button>
              )}
              <Button
                icon={<DownloadOutlined />}
                onClick={() => downloadBinary(`/api/v1/campaigns/${campaign.id}/bureau-report/xlsx`, `认定结果上报-${campaign.number}.xlsx`).catch((e) => message.error(messageOf(e)))}
              >
                导出上报表（XLSX）
              </Button>
            </Space>
            {sent && <Alert type="success" showIcon title={`认定结果已上报${campaign.bureauName ?? '人社局'}（${r.status === 'submitted' ? '按期' : '逾期'}），人社局待办中可见`} />}
          </Space>
        );
      }}
    </QueryState>
  );
}
