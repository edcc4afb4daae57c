import { DownloadOutlined, EyeOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, List, Space, Typography, Upload } from 'antd';
import { api, downloadBinary, openBinary, unwrap } from '../../api/client';
import { messageOf } from '../../api/problem';
import { QueryState } from '../../components/QueryState';
import { uploadEvidence } from '../worker/evidence';

/** 证明材料 of one application in the registration queue: open or download each; HR of the body adds one for the worker. */
export function ApplicationEvidence({ applicationId, canUpload }: { applicationId: string; canUpload: boolean }) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const files = useQuery({
    queryKey: ['application-files', applicationId],
    queryFn: async () => unwrap(await api.GET('/api/v1/applications/{id}/files', { params: { path: { id: applicationId } } })),
  });
  const upload = useMutation({
    mutationFn: (file: File) => uploadEvidence(applicationId, file),
    onSuccess: async (f) => {
      message.success(`已上传 ${f.filename}`);
      await queryClient.invalidateQueries({ queryKey: ['application-files', applicationId] });
      await queryClient.invalidateQueries({ queryKey: ['campaign'] });
    },
    onError: (e) => message.error(messageOf(e)),
  });
  const path = (fileId: string) => `/api/v1/applications/${applicationId}/files/${fileId}`;

  return (
    <section aria-label="证明材料" data-testid="application-evidence">
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 4 }}>
        <Typography.Text strong>证明材料</Typography.Text>
        {canUpload && (
          <Upload
            accept="image/jpeg,image/png,application/pdf"
            showUploadList={false}
            beforeUpload={(file) => {
              upload.mutate(file);
              return false;
            }}
          >
            <Button size="small" icon={<UploadOutlined />} loading={upload.isPending}>
              代职工上传材料
            </Button>
          </Upload>
        )}
      </Space>
      <QueryState query={files} empty={(list) => list.length === 0} emptyText="尚未上传材料">
        {(list) => (
          <List
            size="small"
            dataSource={list}
            renderItem={(f) => (
              <List.Item
                data-testid="evidence-file"
                actions={[
                  <Button key="open" type="link" size="small" icon={<EyeOutlined />} onClick={() => openBinary(path(f.id)).catch((e) => message.error(messageOf(e)))}>
                    打开
                  </Button>,
                  <Button key="download" type="link" size="small" icon={<DownloadOutlined />} onClick={() => downloadBinary(path(f.id), f.filename).catch((e) => message.error(messageOf(e)))}>
                    下载
                  </Button>,
                ]}
              >
                <Space wrap>
                  <PaperClipOutlined />
                  {f.filename}
                  <Typography.Text type="secondary">
                    {Math.max(1, Math.round(f.sizeBytes / 1024))} KB · {new Date(f.createdAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false })}
                  </Typography.Text>
                </Space>
              </List.Item>
            )}
          />
        )}
      </QueryState>
    </section>
  );
}
