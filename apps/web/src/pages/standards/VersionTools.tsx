import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, DatePicker, Form, Input, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { api, unwrap } from '../../api/client';
import { fieldErrorsOf, messageOf, showFieldErrors } from '../../api/problem';
import type { components } from '../../api/schema';
import { EligibilityRoutes } from '../../components/EligibilityRoutes';
import { chinaDate } from '../worker/career/ladder-view';
import { WorkerPicker } from '../promotions/shared';
import { useLadder } from '../worker/usePerson';

type VersionDetail = components['schemas']['VersionDetailDto'];
type Rank = components['schemas']['EligibilityRequestDto']['rank'];

/** 发表意见: a comment on the version, from the enterprise or the reviewing bureau; it joins the review thread. */
export function CommentForm({ standardId, version }: { standardId: string; version: number }) {
  const [form] = Form.useForm<{ body: string; fieldPath?: string }>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const send = useMutation({
    mutationFn: async (v: { body: string; fieldPath?: string }) =>
      unwrap(
        await api.POST('/api/v1/standards/{id}/versions/{version}/comments', {
          params: { path: { id: standardId, version } },
          body: { body: v.body.trim(), fieldPath: v.fieldPath?.trim() || undefined },
        }),
      ),
    onSuccess: async () => {
      message.success('意见已发表');
      form.resetFields();
      await queryClient.invalidateQueries({ queryKey: ['standard', standardId, 'version', version, 'comments'] });
    },
    onError: (e) => showFieldErrors(form, e),
  });
  return (
    <Form form={form} layout="vertical" onFinish={(v) => send.mutate(v)}>
      <Form.Item name="body" label="发表意见" rules={[{ required: true, whitespace: true, message: '请填写意见' }]}>
        <Input.TextArea rows={3} maxLength={4000} showCount placeholder="对本版本的说明或对审核意见的答复" />
      </Form.Item>
      <Space align="start" wrap>
        <Form.Item name="fieldPath" label="针对的条目（可选）">
          <Input maxLength={200} placeholder="如：三级 申报条件" style={{ width: 240 }} />
        </Form.Item>
        <Form.Item label=" ">
          <Button htmlType="submit" loading={send.isPending}>
            发表
          </Button>
        </Form.Item>
      </Space>
    </Form>
  );
}

/**
 * 申报条件自查: one worker against one level of this version, every route and condition with the
 * date it will be met. The API decides, with the worker's real record; nothing is saved.
 */
export function EligibilityCheck({ standardId, version }: { standardId: string; version: VersionDetail }) {
  const [form] = Form.useForm<{ personId: string; rank: Rank; asOf?: Dayjs }>();
  const check = useMutation({
    mutationFn: async (v: { personId: string; rank: Rank; asOf?: Dayjs }) =>
      unwrap(
        await api.POST('/api/v1/standards/{id}/versions/{version}/eligibility', {
          params: { path: { id: standardId, version: version.version } },
          body: { personId: v.personId, rank: v.rank, asOf: v.asOf?.format('YYYY-MM-DD') },
        }),
      ),
    onError: (e) => showFieldErrors(form, e),
  });
  const ladder = useLadder();
  // The version's level definitions are free-form JSON in the API document; the rank is all this needs.
  const ranks = (version.levels as unknown as { rank: Rank }[]).map((l) => l.rank);
  const report = check.data;
  return (
    <Card size="small" title="申报条件自查">
      <Form form={form} layout="inline" onFinish={(v) => check.mutate(v)} style={{ rowGap: 8 }}>
        <Form.Item name="personId" label="职工" rules={[{ required: true, message: '请选择职工' }]}>
          <WorkerPicker />
        </Form.Item>
        <Form.Item name="rank" label="申报等级" rules={[{ required: true, message: '请选择等级' }]}>
          <Select style={{ width: 160 }} options={ranks.map((rank) => ({ value: rank, label: ladder.data?.find((r) => r.code === rank)?.labelZh ?? rank }))} />
        </Form.Item>
        <Form.Item name="asOf" label="审核日期">
          <DatePicker placeholder="默认今天" />
        </Form.Item>
        <Form.Item>
          <Button htmlType="submit" type="primary" loading={check.isPending}>
            审核
          </Button>
        </Form.Item>
      </Form>
      {check.isError && !fieldErrorsOf(check.error).length && <Alert type="error" showIcon title={messageOf(check.error)} style={{ marginTop: 12 }} />}
      {report && (
        <Space direction="vertical" style={{ width: '100%', marginTop: 12 }} data-testid="eligibility-result">
          {report.eligible ? (
            <Alert type="success" showIcon title={`${chinaDate(report.asOf)} 符合 ${report.rankLabel} 申报条件`} />
          ) : (
            <Alert
              type="warning"
              showIcon
              title={`${chinaDate(report.asOf)} 尚不符合 ${report.rankLabel} 申报条件`}
              description={report.earliestDate ? `最早 ${chinaDate(report.earliestDate)} 可满足` : '仅靠年限无法满足，需补足其他条件'}
            />
          )}
          <EligibilityRoutes report={report} />
        </Space>
      )}
    </Card>
  );
}

export function ExportButton({ standardId, version, title }: { standardId: string; version: number; title: string }) {
  const { message } = App.useApp();
  const download = async () => {
    const doc = unwrap(await api.GET('/api/v1/standards/{id}/export', { params: { path: { id: standardId }, query: { version } } }));
    const url = URL.createObjectURL(new Blob([JSON.stringify(doc, null, 2)], { type: 'application/json' }));
    const a = Object.assign(document.createElement('a'), { href: url, download: `${title}-第${version}版.json` });
    a.click();
    URL.revokeObjectURL(url);
  };
  return (
    <Button size="small" onClick={() => download().catch((e) => message.error(messageOf(e)))}>
      导出（JSON）
    </Button>
  );
}
