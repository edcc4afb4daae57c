import { InboxOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Empty, List, Modal, Space, Tag, Typography, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import { messageOf, zh } from '../../api/problem';
import type { components } from '../../api/schema';
import { QueryState } from '../../components/QueryState';
import { chinaDate } from './career/ladder-view';
import { useCareerPath, usePersonId } from './usePerson';
import { uploadEvidence } from './evidence';

type OpenCampaign = components['schemas']['OpenCampaignDto'];

/** 可报名的认定 and 我的报名: apply with evidence from the phone, follow each application. */
export default function CampaignsPage() {
  const career = useCareerPath();
  const personId = usePersonId();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [applying, setApplying] = useState<OpenCampaign | null>(null);
  const [files, setFiles] = useState<UploadFile[]>([]);
  const mine = useQuery({
    queryKey: ['my-applications', personId],
    queryFn: async () => unwrap(await api.GET('/api/v1/applications', { params: { query: { personId, pageSize: 50 } } })),
  });

  const apply = useMutation({
    mutationFn: async (campaign: OpenCampaign) => {
      const application = unwrap(
        await api.POST('/api/v1/campaigns/{campaignId}/applications', { params: { path: { campaignId: campaign.campaignId } }, body: { rank: campaign.rank as 'L5' } }),
      );
      // The application stands even if a file fails: the worker can add it on the application's page.
      const failed: string[] = [];
      for (const f of files) {
        if (!f.originFileObj) continue;
        await uploadEvidence(application.id, f.originFileObj).catch(() => failed.push(f.name));
      }
      return { application, failed };
    },
    onSuccess: async ({ application, failed }) => {
      setApplying(null);
      setFiles([]);
      await queryClient.invalidateQueries({ queryKey: ['my-applications'] });
      await queryClient.invalidateQueries({ queryKey: ['career-path'] });
      if (failed.length) message.warning(`报名已提交，但以下材料上传失败，请在报名详情中补传：${failed.join('、')}`);
      else message.success('报名已提交，等待企业审核');
      navigate(`/worker/applications/${application.id}`);
    },
  });

  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Typography.Title level={4} className="page-title">
        报名认定
      </Typography.Title>
      <Card size="small" title="可报名的认定计划">
        <QueryState query={career}>
          {(data) => {
            const open = data.paths.flatMap((p) => p.openCampaigns);
            if (open.length === 0) return <Empty description="目前没有您可以报名的认定计划" />;
            return (
              <List
                dataSource={open}
                renderItem={(c) => (
                  <List.Item data-testid="open-campaign">
                    <div style={{ width: '100%' }}>
                      <Typography.Text strong>{c.name}</Typography.Text>
                      <div>
                        <Tag color="blue">{c.rankLabel}</Tag>
                        <Typography.Text type="secondary">
                          {c.organizationName} · 截止 {chinaDate(c.registrationClosesOn)} · 余 {c.seatsLeft} 个名额
                        </Typography.Text>
                      </div>
                      <Button type="primary" className="touch" block style={{ marginTop: 8 }} onClick={() => setApplying(c)}>
                        报名
                      </Button>
                    </div>
                  </List.Item>
                )}
              />
            );
          }}
        </QueryState>
      </Card>

      <Card size="small" title="我的报名">
        <QueryState query={mine} empty={(page) => page.items.length === 0} emptyText="还没有报名记录">
          {(page) => (
            <List
              dataSource={page.items}
              renderItem={(a) => (
                <List.Item extra={<Link to={`/worker/applications/${a.id}`}>详情</Link>} data-testid="my-application">
                  <List.Item.Meta
                    title={a.campaignName}
                    description={
                      <Space wrap size={4}>
                        <Tag>{zh(a.rankLabel)}</Tag>
                        <Tag color="processing">{zh(a.statusLabel)}</Tag>
                        {a.ticketNumber && <span>准考证号 {a.ticketNumber}</span>}
                      </Space>
                    }
                  />
                </List.Item>
              )}
            />
          )}
        </QueryState>
      </Card>

      <Modal
        open={applying !== null}
        title={applying ? `报名：${applying.name}` : ''}
        okText="提交报名"
        cancelText="取消"
        onOk={() => applying && apply.mutate(applying)}
        confirmLoading={apply.isPending}
        onCancel={() => {
          setApplying(null);
          apply.reset();
        }}
        destroyOnHidden
      >
        {applying && (
          <Space direction="vertical" style={{ width: '100%' }}>
            <div>
              申报等级：<Tag color="blue">{applying.rankLabel}</Tag>
            </div>
            {apply.isError && <Alert type="error" showIcon title={messageOf(apply.error)} role="alert" />}
            <Typography.Text>证明材料（可选，拍照或 PDF，每个不超过 10 MB）</Typography.Text>
            <Upload.Dragger
              multiple
              accept="image/jpeg,image/png,application/pdf"
              fileList={files}
              beforeUpload={() => false}
              onChange={({ fileList }) => setFiles(fileList)}
            >
              <p>
                <InboxOutlined style={{ fontSize: 28, color: '#1d4ed8' }} />
              </p>
              <p>点击拍照或选择文件</p>
            </Upload.Dragger>
          </Space>
        )}
      </Modal>
    </Space>
  );
}
