import { useQuery } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { messageOf } from '../../api/problem';
import type { components } from '../../api/schema';
import { useAuth } from '../../auth/AuthContext';
import { FormModal } from '../../components/FormModal';
import { QueryState } from '../../components/QueryState';
import { useLadder } from '../worker/usePerson';
import { changedFields, DIRECTION_ZH, TITLE_GRADE_ZH, TITLE_SERIES_ZH } from './title-labels';

type Mapping = components['schemas']['TitleMappingResponseDto'];
type NewMapping = components['schemas']['CreateTitleMappingDto'];
type MappingEdit = components['schemas']['UpdateTitleMappingDto'];

const DATE = { pattern: /^\d{4}-\d{2}-\d{2}$/, message: '日期格式为 YYYY-MM-DD' };
const ANY_SERIES = '';

/**
 * 职称贯通（比照认定规则）: skill level ↔ professional title rules with the dates they are in force.
 * A bureau keeps the rules of its region, the platform the national defaults; both see both.
 * A rule not yet in force may be changed or deleted; one in force can only be ended (截止日期).
 */
export default function TitleMappingsPage() {
  const { role, me } = useAuth();
  const { modal, message } = App.useApp();
  const admin = role === 'platform_admin';
  const [params, setParams] = useSearchParams();
  const page = Number(params.get('page') ?? '1') || 1;
  const direction = (params.get('direction') ?? '') as Mapping['direction'] | '';
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<Mapping | null>(null);
  const ladder = useLadder();
  const regionCode = me?.organization?.regionCode;
  const query = useQuery({
    queryKey: ['title-mappings', page, direction, regionCode],
    placeholderData: (previous) => previous,
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/title-mappings', {
          params: { query: { page, pageSize: 50, ...(direction ? { direction } : {}), ...(!admin && regionCode ? { appliesIn: regionCode } : {}) } },
        }),
      ),
  });
  const owns = (m: Mapping) => (admin ? m.regionCode === null : m.organizationId === me?.organization?.id);
  const remove = (m: Mapping) =>
    modal.confirm({
      title: '删除该规则？',
      content: `${m.rankLabel} ↔ ${m.titleName}（${m.effectiveFrom} 起）。只有尚未生效的规则可以删除。`,
      okText: '删除',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: async () => {
        try {
          unwrap(await api.DELETE('/api/v1/title-mappings/{id}', { params: { path: { id: m.id } } }));
          message.success('规则已删除');
          await query.refetch();
        } catch (e) {
          message.error(messageOf(e));
        }
      },
    });

  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={4} className="page-title">
          职称贯通规则
        </Typography.Title>
        <Button type="primary" onClick={() => setCreating(true)}>
          {admin ? '新增全国规则' : '新增本地区规则'}
        </Button>
      </Space>
      <Card size="small">
        <Space wrap>
          <Select
            style={{ width: 180 }}
            aria-label="方向"
            value={direction}
            onChange={(v) => setParams(v ? { direction: v } : {})}
            options={[{ value: '', label: '全部方向' }, ...Object.entries(DIRECTION_ZH).map(([value, label]) => ({ value, label }))]}
          />
          <Typography.Text type="secondary">{admin ? '全国规则为默认；各地人社局可另定本地区规则。' : '本地区规则优先于全国规则；只能修改本局制定的规则。'}</Typography.Text>
        </Space>
      </Card>
      <QueryState query={query}>
        {(data) => (
          <Table<Mapping>
            rowKey="id"
            size="small"
            loading={query.isFetching}
            dataSource={data.items}
            data-testid="title-mappings"
            locale={{ emptyText: '没有规则' }}
            pagination={{ current: data.page, pageSize: data.pageSize, total: data.total, showSizeChanger: false, onChange: (p) => setParams({ ...(direction ? { direction } : {}), page: String(p) }) }}
            columns={[
              { title: '适用', dataIndex: 'scope', width: 90, render: (s: Mapping['scope'], m) => (s === 'national' ? <Tag>全国</Tag> : <Tag color="blue">{m.regionCode}</Tag>) },
              { title: '方向', dataIndex: 'direction', width: 130, render: (d: Mapping['direction']) => DIRECTION_ZH[d] },
              { title: '技能等级', dataIndex: 'rankLabel', width: 110 },
              { title: '职称', key: 'title', render: (_, m) => `${m.titleSeriesLabel.split(' / ')[0]} · ${m.titleGradeLabel} · ${m.titleName}` },
              { title: '年限', dataIndex: 'years', width: 60, render: (y: number) => `${y}年` },
              { title: '生效期', key: 'dates', width: 200, render: (_, m) => `${m.effectiveFrom} 至 ${m.effectiveTo ?? '长期'}` },
              { title: '文件依据', dataIndex: 'basis', ellipsis: true, render: (v: string | null) => v ?? '—' },
              {
                title: '操作',
                key: 'actions',
                width: 110,
                render: (_, m) =>
                  owns(m) && (
                    <Space size={0}>
                      <Button type="link" size="small" onClick={() => setEditing(m)}>
                        修改
                      </Button>
                      <Button type="link" size="small" danger onClick={() => remove(m)}>
                        删除
                      </Button>
                    </Space>
                  ),
              },
            ]}
          />
        )}
      </QueryState>

      <FormModal<NewMapping>
        open={creating}
        title={admin ? '新增全国比照认定规则' : '新增本地区比照认定规则'}
        okText="保存"
        done="规则已新增"
        width={560}
        invalidate={['title-mappings']}
        initialValues={{ direction: 'skill_to_title', titleSeries: 'engineering', years: 0 }}
        onClose={() => setCreating(false)}
        submit={async (v) =>
          unwrap(await api.POST('/api/v1/title-mappings', { body: { ...v, titleSeries: v.titleSeries || undefined, effectiveTo: v.effectiveTo || undefined, basis: v.basis || undefined } }))
        }
      >
        <Form.Item name="direction" label="方向" rules={[{ required: true }]}>
          <Select options={Object.entries(DIRECTION_ZH).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
        <Space size={12} style={{ display: 'flex' }} align="start">
          <Form.Item name="rank" label="技能等级" rules={[{ required: true, message: '请选择技能等级' }]} style={{ width: 160 }}>
            <Select options={(ladder.data ?? []).map((r) => ({ value: r.code, label: r.labelZh }))} />
          </Form.Item>
          <Form.Item name="titleSeries" label="职称系列" style={{ width: 160 }}>
            <Select options={[{ value: ANY_SERIES, label: '任意系列' }, ...Object.entries(TITLE_SERIES_ZH).map(([value, label]) => ({ value, label }))]} />
          </Form.Item>
          <Form.Item name="titleGrade" label="职称等级" rules={[{ required: true, message: '请选择职称等级' }]} style={{ width: 160 }}>
            <Select options={Object.entries(TITLE_GRADE_ZH).map(([value, label]) => ({ value, label }))} />
          </Form.Item>
        </Space>
        <MappingTermsFields />
      </FormModal>

      <FormModal<MappingEdit>
        open={editing !== null}
        title={editing ? `修改规则：${editing.rankLabel} ↔ ${editing.titleName}` : ''}
        okText="保存"
        done="规则已保存"
        width={560}
        invalidate={['title-mappings']}
        initialValues={editing ? { titleName: editing.titleName, years: editing.years, effectiveFrom: editing.effectiveFrom, effectiveTo: editing.effectiveTo ?? undefined, basis: editing.basis ?? undefined } : undefined}
        onClose={() => setEditing(null)}
        submit={async ({ reason, ...v }) => {
          const m = editing as Mapping;
          return unwrap(await api.PATCH('/api/v1/title-mappings/{id}', { params: { path: { id: m.id } }, body: { ...changedFields(m, v), ...(reason?.trim() ? { reason } : {}) } }));
        }}
      >
        <Typography.Paragraph type="secondary">已生效的规则只能设置截止日期（终止）；如需改变条件，请终止后新增规则。</Typography.Paragraph>
        <MappingTermsFields />
        <Form.Item name="reason" label="修改原因（记入审计）">
          <Input maxLength={500} />
        </Form.Item>
      </FormModal>
    </Space>
  );
}

/** The terms of a rule, the same when adding and changing one; the dates are checked by the API (e.g. an end before the start). */
function MappingTermsFields() {
  return (
    <>
      <Space size={12} style={{ display: 'flex' }} align="start">
        <Form.Item name="titleName" label="职称名称" rules={[{ required: true, whitespace: true, message: '请填写职称名称' }]} style={{ width: 230 }}>
          <Input maxLength={50} placeholder="如 助理工程师" />
        </Form.Item>
        <Form.Item name="years" label="任职年限（年）" rules={[{ required: true, message: '请填写年限' }]} style={{ width: 130 }}>
          <InputNumber min={0} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Space>
      <Space size={12} style={{ display: 'flex' }} align="start">
        <Form.Item name="effectiveFrom" label="生效日期" rules={[{ required: true, message: '请填写生效日期' }, DATE]} style={{ width: 180 }}>
          <Input placeholder="YYYY-MM-DD" maxLength={10} />
        </Form.Item>
        <Form.Item name="effectiveTo" label="截止日期（可空，长期有效）" rules={[DATE]} style={{ width: 230 }}>
          <Input placeholder="YYYY-MM-DD" maxLength={10} />
        </Form.Item>
      </Space>
      <Form.Item name="basis" label="文件依据">
        <Input maxLength={200} placeholder="如 晋人社厅发〔2026〕12号" />
      </Form.Item>
    </>
  );
}
