import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { api, downloadBinary, unwrap, XLSX_MIME } from '../../api/client';
import { messageOf, zh } from '../../api/problem';
import type { components } from '../../api/schema';
import { ImportProblem, withoutRowPrefix, XlsxImportModal } from '../../components/ImportProblems';
import type { Campaign } from './campaign-board';

type Report = components['schemas']['ApplicationImportReportDto'];

const COLUMN_LABELS: Record<string, string> = { idNumber: '身份证号码', fullName: '姓名', rank: '申报等级' };

/** The report's bad rows as table lines; the message loses its 第N行「列」 prefix, the table has columns for those. */
export function applicationProblemsOf(report: Report): ImportProblem[] {
  return report.badRows.flatMap((r) =>
    r.errors.map((e, i) => ({
      key: `${r.row}-${i}`,
      row: r.row,
      field: (e.field && COLUMN_LABELS[e.field]) ?? '整行',
      message: withoutRowPrefix(zh(e.message)),
    })),
  );
}

/** 批量报名: the campaign's template, the upload, and every bad row when the file is refused (nothing is saved then). */
export function ImportApplicationsDialog({ campaign, open, onClose }: { campaign: Campaign; open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const upload = useMutation({
    mutationFn: async (file: File) =>
      unwrap(
        await api.POST('/api/v1/campaigns/{campaignId}/applications/import', {
          params: { path: { campaignId: campaign.id } },
          body: file as unknown as string,
          bodySerializer: (b) => b as unknown as BodyInit,
          headers: { 'content-type': XLSX_MIME },
        }),
      ),
    onSuccess: async (report) => {
      if (report.badRows.length > 0) return;
      const already = report.alreadyRegistered.length;
      message.success(`已报名 ${report.created} 人${already ? `，${already} 人此前已报名` : ''}`);
      await queryClient.invalidateQueries({ queryKey: ['campaign', campaign.id] });
      await queryClient.invalidateQueries({ queryKey: ['campaigns'] });
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
      title="批量报名"
      intro="按模板填写报名名单（XLSX，每行一人：身份证号码、姓名、申报等级）。所有行都正确才会报名；有任何一行有误时不保存，并列出每一行的问题，修改后重新上传整个文件即可（已报名的职工不会重复报名）。"
      templateLabel="下载报名模板"
      onTemplate={() => downloadBinary(`/api/v1/campaigns/${campaign.id}/applications/template`, `报名模板-${campaign.number}.xlsx`).catch((e) => message.error(messageOf(e)))}
      pendingText="正在检查并报名…"
      nothingSaved="未保存任何报名"
      upload={upload}
      problems={upload.data ? applicationProblemsOf(upload.data) : []}
      onClose={close}
    />
  );
}
