import { InboxOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Modal, Space, Table, Tag, Typography, Upload } from 'antd';
import { api, unwrap } from '../../api/client';
import { messageOf } from '../../api/problem';
import type { components } from '../../api/schema';

type ImportFile = components['schemas']['PhotoImportFileDto'];

const STATUS: Record<ImportFile['status'], { text: string; color: string }> = {
  saved: { text: '已导入', color: 'success' },
  bad_name: { text: '文件名不符', color: 'warning' },
  unknown_id: { text: '身份证号未匹配', color: 'error' },
  name_mismatch: { text: '姓名不一致', color: 'error' },
  not_an_image: { text: '不是有效照片', color: 'error' },
  duplicate: { text: '重复', color: 'warning' },
};

/** 批量导入证件照: a ZIP of 姓名-身份证号.jpg files and the report of every file. */
export function ImportPhotosDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const queryClient = useQueryClient();
  const upload = useMutation({
    mutationFn: async (file: File) =>
      unwrap(
        await api.POST('/api/v1/workers/photos/import', {
          body: file as unknown as string,
          bodySerializer: (b) => b as unknown as BodyInit,
          headers: { 'content-type': 'application/zip' },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] === 'worker' && q.queryKey[2] === 'photo' }),
  });
  const close = () => {
    upload.reset();
    onClose();
  };
  const report = upload.data;
  return (
    <Modal open={open} title="批量导入证件照" onCancel={close} footer={null} width={760} destroyOnHidden>
      <Space direction="vertical" size={12} style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          将照片打包为 ZIP（不超过 50 MB、2000 个文件），每张照片命名为“姓名-身份证号.jpg”（也可为 .png）。按身份证号匹配本单位在职职工并核对姓名；匹配的照片自动裁为一寸 3:4 并保存，其余逐个列出原因。
        </Typography.Paragraph>
        <Upload.Dragger
          accept=".zip,application/zip"
          showUploadList={false}
          disabled={upload.isPending}
          customRequest={({ file }) => upload.mutate(file as File)}
          data-testid="photo-zip-upload"
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{upload.isPending ? '正在检查并导入…' : '点击或拖入 ZIP 文件'}</p>
        </Upload.Dragger>
        {upload.isError && <Alert type="error" showIcon title="导入失败，未保存任何照片" description={messageOf(upload.error)} />}
        {report && (
          <>
            <Alert
              type={report.saved === report.total ? 'success' : 'warning'}
              showIcon
              title={`共 ${report.total} 个文件，已导入 ${report.saved} 张照片${report.saved < report.total ? `，${report.total - report.saved} 个未导入` : ''}`}
            />
            <Table
              size="small"
              rowKey={(f) => f.filename + f.status}
              dataSource={report.files}
              pagination={report.files.length > 10 ? { pageSize: 10, size: 'small', showSizeChanger: false } : false}
              scroll={{ x: 'max-content' }}
              data-testid="photo-import-report"
              columns={[
                { title: '文件', dataIndex: 'filename' },
                { title: '结果', dataIndex: 'status', render: (s: ImportFile['status']) => <Tag color={STATUS[s].color}>{STATUS[s].text}</Tag> },
                { title: '说明', dataIndex: 'message', render: (m: string) => m.split(' / ')[0] },
              ]}
            />
          </>
        )}
      </Space>
    </Modal>
  );
}
