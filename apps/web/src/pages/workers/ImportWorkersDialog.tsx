import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { api, downloadBinary, unwrap, XLSX_MIME } from '../../api/client';
import { messageOf, zh } from '../../api/problem';
import type { components } from '../../api/schema';
import { ImportProblem, withoutRowPrefix, XlsxImportModal } from '../../components/ImportProblems';

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
  return (
    <XlsxImportModal
      open={open}
      title="导入职工"
      intro="按模板填写职工名单（XLSX，每行一人，最多 10000 行）。所有行都正确才会导入；有任何一行有误时不导入，并列出每一行的问题，修改后重新上传整个文件即可。"
      templateLabel="下载模板"
      onTemplate={() => downloadBinary('/api/v1/workers/import/template', '职工导入模板.xlsx').catch((e) => message.error(messageOf(e)))}
      pendingText="正在检查并导入…"
      nothingSaved="未导入任何职工"
      upload={upload}
      problems={upload.data ? problemsOf(upload.data) : []}
      onClose={close}
    />
  );
}
