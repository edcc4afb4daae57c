import { Alert, Form, Radio, Space, Typography } from 'antd';
import { api, unwrap } from '../../api/client';
import { zh } from '../../api/problem';
import type { components } from '../../api/schema';
import { FormModal, ReasonField } from '../../components/FormModal';
import { chinaDate } from '../worker/career/ladder-view';

type Application = components['schemas']['ApplicationResponseDto'];
type Route = components['schemas']['RouteResultDto'];

/**
 * Why the application needs 破格: each ordinary route it misses, as one line with the conditions not
 * met on the application date (a route of one condition is named by it: only required and actual follow).
 */
export function whyExceptional(routes: readonly Route[]): { route: string; line: string }[] {
  return routes
    .filter((r) => r.kind !== 'exceptional' && !r.met)
    .map((r) => {
      const unmet = r.conditions.filter((c) => !c.met);
      const detail = (c: Route['conditions'][number]) => `（要求：${c.required.text}；目前：${c.actual.text}）`;
      const line =
        r.conditions.length === 1 ? `${r.label}${detail(unmet[0] ?? r.conditions[0])}` : `${r.label}：${unmet.map((c) => `${c.label}${detail(c)}`).join('；')}`;
      return { route: r.label, line };
    });
}

/** 破格通过: HR admits an applicant who met no route, through one of the level's exceptional routes (the button shows only when the level has one), with a reason kept in the audit. */
export function ExceptionalApprovalModal({ application, campaignId, onClose }: { application: Application | null; campaignId: string; onClose: () => void }) {
  const report = application?.eligibilityReport;
  const exceptional = report?.routes.filter((r) => r.kind === 'exceptional') ?? [];
  const missing = report ? whyExceptional(report.routes) : [];
  return (
    <FormModal<{ routeCode: string; reason: string }>
      open={application !== null}
      title={application ? `破格通过：${application.fullName}（${zh(application.rankLabel)}）` : ''}
      okText="破格通过"
      width={640}
      done={application ? `${application.fullName} 已破格通过` : ''}
      invalidate={['campaign', campaignId]}
      initialValues={exceptional.length === 1 ? { routeCode: exceptional[0].code } : undefined}
      submit={async (v) =>
        unwrap(await api.POST('/api/v1/applications/{id}/approve-exceptional', { params: { path: { id: (application as Application).id } }, body: v }))
      }
      onClose={onClose}
    >
      {report && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={`按 ${chinaDate(report.asOf)} 的申报条件审核，未满足该等级的任何常规申报路径，只能破格通过`}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }} data-testid="exceptional-why">
              {missing.map((m) => (
                <li key={m.route}>{m.line}</li>
              ))}
            </ul>
          }
        />
      )}
      <Form.Item name="routeCode" label="破格路径" rules={[{ required: true, message: '请选择破格路径' }]}>
        <Radio.Group>
          <Space direction="vertical">
            {exceptional.map((r) => (
              <Radio key={r.code} value={r.code}>
                {r.label}
                <Typography.Text type="secondary">（{r.met ? '条件已满足' : '条件未全部满足，请在理由中说明'}）</Typography.Text>
              </Radio>
            ))}
          </Space>
        </Radio.Group>
      </Form.Item>
      <ReasonField label="破格理由（记入审计）" />
    </FormModal>
  );
}
