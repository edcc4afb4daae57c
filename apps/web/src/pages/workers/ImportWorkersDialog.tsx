import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Modal, Space, Typography, Upload } from 'antd';
import { api, downloadBinary, unwrap, XLSX_MIME } from '../../api/client';
import { ApiError, messageOf, zh } from '../../api/problem';
import type { components } from '../../api/schema';
import { ImportProblem, ImportProblemsTable, withoutRowPrefix } from '../../components/ImportProblems';

type Report = components['schemas']['WorkerImportReportDto'];

/** The report's bad rows as table lines; the message loses its 第N行「列」 prefix, the table has columns for those. */
export function problemsOf(report: Report): ImportProblem[] {
  return report.badRows.flatMap((r) =>
    r.errors.map((e, i) => ({
      key: `${r.row}-${i}`,
      row: r.row,
      field: e.fieldLabel ?? '整行',
      message: withoutRowPrefix(zh(e.message)),
    })),
  );
}

/** 导入职工: the template, the upload, and every bad row when the file is refused (nothing is saved then). */
export function ImportWorkersDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const upload = useMutation({
    mutationFn: async (file: File) =>
      unwrap(
        await api.POST('/api/v1/workers/import', {
          body: file as unknown as string,
          bodySerializer: (b) => b as unknown as BodyInit,
          headers: { 'content-type': XLSX_MIME },
        }),
      ),
    onSuccess: async (report) => {
      if (report.badRows.length > 0) return;
      message.success(`已导入 ${report.created} 名职工`);
      await queryClient.invalidateQueries({ queryKey: ['workers'] });
      close();
    },
  });
  const close = () => {
    upload.reset();
    onClose();
  };
  const report = upload.data;
  const problems = report ? problemsOf(report) : [];

  return (
    <Modal title="导入职工" open={open} onCancel={close} footer={<Button onClick={close}>关闭</Button>} width={760} destroyOnHidden>
      <Space direction="vertical" size={12} style={{ width: '100%' }}>
        <Typography.Paragraph style={{ marginBottom: 0 }}>
          按模板填写职工名单（XLSX，每行一人，最多 10000 行）。所有行都正确才会导入；有任何一行有误时不导入，并列出每一行的问题，修改后重新上传整个文件即可。
        </Typography.Paragraph>
        <Button icon={<DownloadOutlined />} onClick={() => downloadBinary('/api/v1/workers/import/template', '职工导入模板.xlsx').catch((e) => message.error(messageOf(e)))}>
          下载模板
        </Button>
        <Upload.Dragger
          accept=".xlsx"
          showUploadList={false}
          disabled={upload.isPending}
          beforeUpload={(file) => {
            upload.mutate(file);
            return false;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{upload.isPending ? '正在检查并导入…' : '点击或拖入填写好的 XLSX 文件'}</p>
        </Upload.Dragger>
        {upload.error && (
          <Alert
            type="error"
            showIcon
            message={messageOf(upload.error)}
            description={upload.error instanceof ApiError ? upload.error.problem.errors?.map((e) => zh(e.message)).join('；') : undefined}
          />
        )}
        {report && problems.length > 0 && (
          <>
            <Alert
              type="error"
              showIcon
              message={`共 ${report.rows} 行，其中 ${report.badRows.length} 行有误，未导入任何职工`}
              description="请按下表修改文件后重新上传。"
            />
            <ImportProblemsTable problems={problems} />
          </>
        )}
      </Space>
    </Modal>
  );
}
