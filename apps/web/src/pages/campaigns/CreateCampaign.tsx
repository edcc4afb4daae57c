import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Checkbox, DatePicker, Drawer, Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import { fieldErrorsOf, messageOf, zh } from '../../api/problem';
import type { components } from '../../api/schema';
import { useFiledScope } from '../../components/useFiledScope';

type Body = components['schemas']['CreateCampaignDto'];
type Rank = Body['levels'][number]['rank'];

interface Values {
  name: string;
  occupationCode: string;
  standardVersionId: string;
  ranks: Rank[];
  capacity: Partial<Record<Rank, number>>;
  registration: [Dayjs, Dayjs];
  assessment: [Dayjs, Dayjs];
}

const day = (d: Dayjs) => d.format('YYYY-MM-DD');

/** 新建认定计划: within the body's approved filing scope, on a standard version in force; the API checks every rule. */
export function CreateCampaign() {
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const navigate = useNavigate();
  const occupationCode = Form.useWatch('occupationCode', form);
  const { filings, scope, codes, names, ranksOf: scopeRanks } = useFiledScope(open);
  const standards = useQuery({
    queryKey: ['standards', occupationCode],
    enabled: open && Boolean(occupationCode),
    queryFn: async () => unwrap(await api.GET('/api/v1/standards', { params: { query: { occupationCode, pageSize: 50 } } })),
  });
  const ranksOf = scopeRanks(occupationCode);

  const create = useMutation({
    mutationFn: async (v: Values) =>
      unwrap(
        await api.POST('/api/v1/campaigns', {
          body: {
            name: v.name,
            occupationCode: v.occupationCode,
            standardVersionId: v.standardVersionId,
            levels: (v.ranks ?? []).map((rank) => ({ rank, capacity: v.capacity?.[rank] ?? 0 })),
            registrationOpensOn: day(v.registration[0]),
            registrationClosesOn: day(v.registration[1]),
            assessmentStartsOn: day(v.assessment[0]),
            assessmentEndsOn: day(v.assessment[1]),
          },
        }),
      ),
    onSuccess: (c) => {
      setOpen(false);
      navigate(`/hr/campaigns/${c.id}`);
    },
    onError: (error) => {
      // The API names the body's fields; the form shows the dates as two ranges.
      const mapped = fieldErrorsOf(error).map((f) => {
        const key = String(f.name[0]);
        if (key === 'registrationOpensOn' || key === 'registrationClosesOn') return { ...f, name: ['registration'] };
        if (key === 'assessmentStartsOn' || key === 'assessmentEndsOn') return { ...f, name: ['assessment'] };
        if (key === 'levels') return { ...f, name: ['ranks'] };
        return f;
      });
      form.setFields(mapped as never[]);
    },
  });

  return (
    <>
      <Button type="primary" icon={<PlusOutlined />} onClick={() => (form.resetFields(), create.reset(), setOpen(true))}>
        新建认定计划
      </Button>
      <Drawer title="新建认定计划" open={open} onClose={() => setOpen(false)} width={560} destroyOnHidden>
        {filings.data && scope.length === 0 && (
          <Alert type="warning" showIcon title="本单位尚无经人社局批准的评价机构备案，备案批准后才能开展认定。" style={{ marginBottom: 16 }} />
        )}
        {create.isError && !fieldErrorsOf(create.error).length && <Alert type="error" showIcon title={messageOf(create.error)} role="alert" style={{ marginBottom: 16 }} />}
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={(v) => create.mutate(v)}
          initialValues={{ registration: [dayjs().add(1, 'day'), dayjs().add(15, 'day')], assessment: [dayjs().add(22, 'day'), dayjs().add(23, 'day')] }}
        >
          <Form.Item name="name" label="计划名称" rules={[{ required: true, whitespace: true, message: '请填写计划名称' }]}>
            <Input maxLength={200} placeholder="如 2027年焊工职业技能等级认定（第一批）" />
          </Form.Item>
          <Form.Item name="occupationCode" label="职业（备案范围内）" rules={[{ required: true, message: '请选择职业' }]}>
            <Select
              options={codes.map((code) => ({ value: code, label: names.get(code) ? `${names.get(code)}（${code}）` : code }))}
              onChange={() => form.setFieldsValue({ standardVersionId: undefined, ranks: [] })}
              loading={filings.isPending}
            />
          </Form.Item>
          <Form.Item name="standardVersionId" label="依据的标准（现行版本）" rules={[{ required: true, message: '请选择标准' }]}>
            <Select
              loading={standards.isFetching}
              options={(standards.data?.items ?? [])
                .filter((s) => s.inForce)
                .map((s) => ({ value: s.inForce!.id, label: `${s.title}（${zh(s.sourceLabel)}，第${s.inForce!.version}版）` }))}
            />
          </Form.Item>
          <Form.Item name="ranks" label="认定等级" rules={[{ required: true, message: '请至少选择一个等级' }]}>
            <Checkbox.Group options={ranksOf.map((r) => ({ value: r.rank, label: zh(r.label) }))} />
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(a, b) => a.ranks !== b.ranks}>
            {() => (
              <Space wrap>
                {((form.getFieldValue('ranks') as Rank[] | undefined) ?? []).map((rank) => (
                  <Form.Item key={rank} name={['capacity', rank]} label={`${zh(ranksOf.find((r) => r.rank === rank)?.label ?? rank)} 名额`} rules={[{ required: true, message: '请填写名额' }]}>
                    <InputNumber min={1} max={100000} precision={0} />
                  </Form.Item>
                ))}
              </Space>
            )}
          </Form.Item>
          <Form.Item name="registration" label="报名时间" rules={[{ required: true, message: '请选择报名时间' }]}>
            <DatePicker.RangePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="assessment" label="考核时间（须在报名截止之后）" rules={[{ required: true, message: '请选择考核时间' }]}>
            <DatePicker.RangePicker style={{ width: '100%' }} />
          </Form.Item>
          <Typography.Paragraph type="secondary">创建后为草稿，报人社局备案确认后方可开始报名。</Typography.Paragraph>
          <Button type="primary" htmlType="submit" loading={create.isPending} block>
            创建
          </Button>
        </Form>
      </Drawer>
    </>
  );
}
