import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Space, Table, Typography, Upload } from 'antd';
import { ApiError, messageOf, zh } from '../api/problem';

/** One problem of an uploaded sheet: the row the spreadsheet shows (in a Word document of several tables, 表2 第3行), the column, what is wrong. */
export interface ImportProblem {
  key: string;
  row: number | string;
  field: string;
  message: string;
}

/** A message without its 第N行「列」： (or 第M个表格第N行「列」：) prefix: the table has columns for those. */
export const withoutRowPrefix = (message: string) => message.replace(/^(第\d+个表格)?第\d+行(「[^」]*」)?：/, '');

/** The problems of a refused sheet as a table (行号, 字段, 问题), paged past eight. */
export function ImportProblemsTable({ problems }: { problems: readonly ImportProblem[] }) {
  return (
    <Table<ImportProblem>
      size="small"
      rowKey="key"
      dataSource={[...problems]}
      pagination={problems.length > 8 ? { pageSize: 8, showSizeChanger: false } : false}
      columns={[
        // 表2 第13行 (a Word document of several tables) needs more room than a row number.
        { title: '行号', dataIndex: 'row', width: problems.some((p) => typeof p.row === 'string') ? 120 : 72 },
        { title: '字段', dataIndex: 'field', width: 150 },
        { title: '问题', dataIndex: 'message' },
      ]}
    />
  );
}

/**
 * The dialog of an all-or-nothing XLSX import: what to fill in, the template, the upload, and, when
 * the file is refused, how many rows were bad (nothing saved) with each problem in the table.
 * The caller owns the upload (its request and what success does) and turns its report into problems.
 */
export function XlsxImportModal(props: {
  open: boolean;
  title: string;
  intro: string;
  templateLabel: string;
  onTemplate: () => void;
  pendingText: string;
  /** The refusal's summary, e.g. "未导入任何职工". */
  nothingSaved: string;
  upload: { mutate: (file: File) => void; isPending: boolean; error: unknown; data?: { rows: number; badRows: readonly unknown[] } };
  problems: readonly ImportProblem[];
  onClose: () => void;
}) {
  const { upload, problems } = props;
  const report = upload.data;
  return (
    <Modal title={props.title} open={props.open} onCancel={props.onClose} footer={<Button onClick={props.onClose}>关闭</Button>} width={760} destroyOnHidden>
      <Space direction="vertical" size={12} style={{ width: '100%' }}>
        <Typography.Paragraph style={{ marginBottom: 0 }}>{props.intro}</Typography.Paragraph>
        <Button icon={<DownloadOutlined />} onClick={props.onTemplate}>
          {props.templateLabel}
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
          <p className="ant-upload-text">{upload.isPending ? props.pendingText : '点击或拖入填写好的 XLSX 文件'}</p>
        </Upload.Dragger>
        {upload.error != null && (
          <Alert
            type="error"
            showIcon
            title={messageOf(upload.error)}
            description={upload.error instanceof ApiError ? upload.error.problem.errors?.map((e) => zh(e.message)).join('；') : undefined}
          />
        )}
        {report && problems.length > 0 && (
          <>
            <Alert type="error" showIcon title={`共 ${report.rows} 行，其中 ${report.badRows.length} 行有误，${props.nothingSaved}`} description="请按下表修改文件后重新上传。" />
            <ImportProblemsTable problems={problems} />
          </>
        )}
      </Space>
    </Modal>
  );
}
