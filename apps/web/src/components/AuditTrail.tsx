import { useQuery } from '@tanstack/react-query';
import { Timeline, Typography } from 'antd';
import { api, unwrap } from '../api/client';
import { QueryState } from './QueryState';

/** The last word of an audit action, in Chinese (appointment.open_publicity → 发布公示). */
const VERBS: Record<string, string> = {
  nominate: '推荐/申报',
  apply: '申请',
  propose: '申报',
  review: '评审',
  decline: '不予推荐',
  open_publicity: '发布公示',
  close_publicity: '结束公示',
  confirm: '人社局确认',
  approve: '审核通过',
  reject: '不予通过',
  appoint: '聘任',
  renew: '续聘',
  expire: '聘期届满',
  revoke: '解聘',
  withdraw: '撤回',
  endorse: '单位推荐',
  create: '创建',
  update: '修改',
  file: '报送备案',
  acknowledge: '确认备案',
  return: '退回',
  report: '上报结果',
  submit: '提交审核',
  request_changes: '退回修改',
  comment: '意见',
};

export function auditActionLabel(action: string): string {
  const verb = action.slice(action.lastIndexOf('.') + 1);
  return VERBS[verb] ?? action;
}

const time = (iso: string) =>
  new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false }).format(new Date(iso));

/** 审计记录: every recorded change of one item, oldest first, with who and why. */
export function AuditTrail({ entityId }: { entityId: string }) {
  const events = useQuery({
    queryKey: ['audit', entityId],
    queryFn: async () => unwrap(await api.GET('/api/v1/audit-events', { params: { query: { entityId, pageSize: 100 } } })),
  });
  return (
    <QueryState query={events} empty={(p) => p.items.length === 0} emptyText="暂无审计记录">
      {(p) => (
        <div data-testid="audit-trail">
          <Timeline
            items={[...p.items].reverse().map((e) => ({
              key: e.id,
              content: (
                <>
                  <Typography.Text strong>{auditActionLabel(e.action)}</Typography.Text>
                  <Typography.Text type="secondary">
                    {' '}
                    · {time(e.occurredAt)} · {e.actorUsername ?? '系统'}
                  </Typography.Text>
                  {e.reason && <div>理由：{e.reason}</div>}
                </>
              ),
            }))}
          />
        </div>
      )}
    </QueryState>
  );
}
