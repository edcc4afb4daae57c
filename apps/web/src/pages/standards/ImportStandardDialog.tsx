import { UploadOutlined } from '@ant-design/icons';
import { Button, Form, Input, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { FormModal } from '../../components/FormModal';

type StandardDocument = components['schemas']['StandardDocumentDto'];

/** Reads a file exported by 导出（JSON）; says what is wrong with it in Chinese instead of sending it. */
export async function readStandardDocument(file: Blob): Promise<StandardDocument> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await file.text());
  } catch {
    throw new Error('文件不是有效的 JSON，请选择由“导出（JSON）”得到的文件');
  }
  if (!parsed || typeof parsed !== 'object' || (parsed as { format?: unknown }).format !== 'skill-ladder/standard@1') {
    throw new Error('文件不是评价规范导出文件（格式应为 skill-ladder/standard@1）');
  }
  return parsed as StandardDocument;
}

/**
 * 导入评价规范: a standard exported elsewhere (JSON) becomes a draft of this enterprise; the API
 * checks the document (occupation in the catalogue, levels valid) and names what it refuses.
 */
export function ImportStandardDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const navigate = useNavigate();
  const [file, setFile] = useState<{ document?: StandardDocument; problem?: string }>();
  const close = () => {
    setFile(undefined);
    onClose();
  };
  return (
    <FormModal<{ file: unknown; title?: string }>
      open={open}
      title="导入评价规范"
      okText="导入为草稿"
      done="已导入为草稿"
      invalidate={['standards']}
      submit={async ({ title }) => {
        const imported = unwrap(await api.POST('/api/v1/standards/import', { body: { document: file?.document as StandardDocument, title: title?.trim() || undefined } }));
        navigate(`/hr/standards/${imported.standard.id}?v=${imported.version}`);
        return imported;
      }}
      onClose={close}
    >
      <Typography.Paragraph type="secondary">选择其他单位或系统导出的评价规范文件（JSON），导入后成为本单位的草稿，修改后提交人社局审核。</Typography.Paragraph>
      <Form.Item name="file" label="文件" rules={[{ validator: () => (file?.document ? Promise.resolve() : Promise.reject(new Error(file?.problem ?? '请选择文件'))) }]}>
        <Upload
          accept=".json,application/json"
          maxCount={1}
          beforeUpload={(f) => {
            readStandardDocument(f).then(
              (document) => setFile({ document }),
              (e: Error) => setFile({ problem: e.message }),
            );
            return false;
          }}
          onRemove={() => setFile(undefined)}
        >
          <Button icon={<UploadOutlined />}>选择文件</Button>
        </Upload>
      </Form.Item>
      <Form.Item name="title" label="名称（可选）" extra="不填时沿用文件中的名称">
        <Input maxLength={200} />
      </Form.Item>
    </FormModal>
  );
}
