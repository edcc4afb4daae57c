import { useQuery } from '@tanstack/react-query';
import { Button, Card, DatePicker, Form, Input, InputNumber, Radio, Select, Space, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { zh } from '../../api/problem';
import type { components } from '../../api/schema';
import { useAuth } from '../../auth/AuthContext';
import { type Decision, DecisionModal } from '../../components/DecisionModal';
import { FormModal } from '../../components/FormModal';
import { QueryState } from '../../components/QueryState';
import { chinaDate } from '../worker/career/ladder-view';

type Rule = components['schemas']['CompetitionRuleResponseDto'];
type CreateRule = components['schemas']['CreateCompetitionRuleDto'];
type CertificateRank = CreateRule['maxRank'];

const TIERS: { value: CreateRule['tier']; label: string }[] = [
  { value: 'national', label: '国家级' },
  { value: 'provincial', label: '省级' },
  { value: 'city_class_1', label: '市级一类' },
  { value: 'city_class_2', label: '市级二类' },
  { value: 'enterprise', label: '企业级' },
];
const RANKS: { value: CertificateRank; label: string }[] = [
  { value: 'L5', label: '五级/初级工' },
  { value: 'L4', label: '四级/中级工' },
  { value: 'L3', label: '三级/高级工' },
  { value: 'L2', label: '二级/技师' },
  { value: 'L1', label: '一级/高级技师' },
];

interface RuleForm {
  tier: CreateRule['tier'];
  maxPlacing?: number;
  maxTopPercent?: number;
  mode: CreateRule['mode'];
  targetRank?: CertificateRank;
  maxRank: CertificateRank;
  requiredRank?: CertificateRank;
  effectiveFrom: Dayjs;
  effectiveTo?: Dayjs;
  basis?: string;
}

/** 以赛代评规则: which placings in which competitions earn which level, in the bureau's region. */
export default function CompetitionRulesPage() {
  const { me } = useAuth();
  const region = me?.organization?.regionCode;
  const [creating, setCreating] = useState(false);
  const [decision, setDecision] = useState<Decision | null>(null);
  const rules = useQuery({
    queryKey: ['competition-rules', region],
    enabled: Boolean(region),
    queryFn: async () => unwrap(await api.GET('/api/v1/competition-rules', { params: { query: { appliesIn: region as string, pageSize: 200 } } })),
  });
  const end = (r: Rule): Decision => ({
    title: `终止规则：${r.summary}`,
    danger: true,
    fields: [
      { name: 'effectiveTo', label: '最后生效日（YYYY-MM-DD，最早为今日）', pattern: /^\d{4}-\d{2}-\d{2}$/, patternMessage: '日期格式为 YYYY-MM-DD' },
      { name: 'reason', label: '理由（记入审计）' },
    ],
    run: async (v) => unwrap(await api.PATCH('/api/v1/competition-rules/{id}', { params: { path: { id: r.id } }, body: { effectiveTo: v.effectiveTo, reason: v.reason } })),
  });
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={4} className="page-title">
          以赛代评规则
        </Typography.Title>
        <Button type="primary" onClick={() => setCreating(true)}>
          新建规则
        </Button>
      </Space>
      <Card>
        <QueryState query={rules} empty={(p) => p.items.length === 0} emptyText="本地区尚无以赛代评规则">
          {(p) => (
            <Table<Rule>
              rowKey="id"
              size="middle"
              pagination={false}
              dataSource={p.items}
              columns={[
                { title: '规则', dataIndex: 'summary' },
                { title: '竞赛级别', dataIndex: 'tierLabel', render: (v: string) => zh(v) },
                { title: '生效', key: 'effective', render: (_, r) => `${chinaDate(r.effectiveFrom)} 至 ${r.effectiveTo ? chinaDate(r.effectiveTo) : '长期'}` },
                { title: '依据', dataIndex: 'basis', render: (v: string | null) => v ?? '—' },
                { title: '制定机关', key: 'own', render: (_, r) => (r.organizationId === me?.organization?.id ? '本局' : `上级（${r.regionCode}）`) },
                {
                  title: '操作',
                  key: 'actions',
                  render: (_, r) =>
                    r.organizationId === me?.organization?.id && !r.effectiveTo ? (
                      <Button size="small" danger onClick={() => setDecision(end(r))}>
                        终止
                      </Button>
                    ) : null,
                },
              ]}
            />
          )}
        </QueryState>
      </Card>
      {creating && (
        <FormModal<RuleForm>
          open
          title="新建以赛代评规则"
          okText="保存规则"
          onClose={() => setCreating(false)}
          done="规则已生效"
          invalidate={['competition-rules']}
          initialValues={{ mode: 'target', maxRank: 'L1' }}
          submit={async (v) =>
            unwrap(
              await api.POST('/api/v1/competition-rules', {
                body: {
                  tier: v.tier,
                  mode: v.mode,
                  maxRank: v.maxRank,
                  effectiveFrom: v.effectiveFrom.format('YYYY-MM-DD'),
                  ...(v.effectiveTo ? { effectiveTo: v.effectiveTo.format('YYYY-MM-DD') } : {}),
                  ...(v.maxPlacing ? { maxPlacing: v.maxPlacing } : {}),
                  ...(v.maxTopPercent ? { maxTopPercent: v.maxTopPercent } : {}),
                  ...(v.mode === 'target' && v.targetRank ? { targetRank: v.targetRank } : {}),
                  ...(v.requiredRank ? { requiredRank: v.requiredRank } : {}),
                  ...(v.basis?.trim() ? { basis: v.basis.trim() } : {}),
                },
              }),
            )
          }
        >
          <Form.Item name="tier" label="竞赛级别" rules={[{ required: true, message: '请选择竞赛级别' }]}>
            <Select options={TIERS} />
          </Form.Item>
          <Space wrap>
            <Form.Item name="maxPlacing" label="名次在前（名）">
              <InputNumber min={1} max={100000} precision={0} />
            </Form.Item>
            <Form.Item name="maxTopPercent" label="或排名前（%）">
              <InputNumber min={0.01} max={100} />
            </Form.Item>
          </Space>
          <Form.Item name="mode" label="晋级方式">
            <Radio.Group
              options={[
                { value: 'target', label: '直接认定为指定等级' },
                { value: 'one_up', label: '在现有等级上晋升一级' },
              ]}
            />
          </Form.Item>
          <Form.Item noStyle dependencies={['mode']}>
            {({ getFieldValue }) =>
              getFieldValue('mode') === 'target' ? (
                <Form.Item name="targetRank" label="认定等级" rules={[{ required: true, message: '请选择认定等级' }]}>
                  <Select options={RANKS} />
                </Form.Item>
              ) : (
                <Form.Item name="maxRank" label="最高晋升至">
                  <Select options={RANKS} />
                </Form.Item>
              )
            }
          </Form.Item>
          <Form.Item name="requiredRank" label="仅限持有该等级者（可选）">
            <Select allowClear options={RANKS} />
          </Form.Item>
          <Space wrap>
            <Form.Item name="effectiveFrom" label="生效日" rules={[{ required: true, message: '请选择生效日' }]}>
              <DatePicker />
            </Form.Item>
            <Form.Item name="effectiveTo" label="截止日（可空，长期有效）">
              <DatePicker />
            </Form.Item>
          </Space>
          <Form.Item name="basis" label="文件依据">
            <Input maxLength={200} placeholder="如 吕人社发〔2026〕3号" />
          </Form.Item>
        </FormModal>
      )}
      <DecisionModal key={decision?.title ?? 'none'} decision={decision} onClose={() => setDecision(null)} invalidate={[['competition-rules']]} />
    </Space>
  );
}
