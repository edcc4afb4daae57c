import { EditOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, InputNumber, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { ApiError, zh } from '../../api/problem';
import type { components } from '../../api/schema';
import { FormModal } from '../../components/FormModal';
import type { Campaign } from './campaign-board';

type Body = components['schemas']['UpdateCampaignDto'];

interface Values {
  name: string;
  registration: [Dayjs, Dayjs];
  assessment: [Dayjs, Dayjs];
  capacity: Record<string, number>;
  workloadCap: number | null;
}

const day = (d: Dayjs) => d.format('YYYY-MM-DD');

/** Only what changed goes to the API, so an untouched field is never rewritten. */
export function changedFields(campaign: Campaign, v: Values): Body {
  const body: Body = {};
  if (v.name.trim() !== campaign.name) body.name = v.name.trim();
  const dates = {
    registrationOpensOn: day(v.registration[0]),
    registrationClosesOn: day(v.registration[1]),
    assessmentStartsOn: day(v.assessment[0]),
    assessmentEndsOn: day(v.assessment[1]),
  };
  for (const key of Object.keys(dates) as (keyof typeof dates)[]) if (dates[key] !== campaign[key]) body[key] = dates[key];
  if (campaign.levels.some((l) => v.capacity[l.rank] !== l.capacity)) body.levels = campaign.levels.map((l) => ({ rank: l.rank, capacity: v.capacity[l.rank] }));
  if ((v.workloadCap ?? null) !== campaign.workloadCap) body.workloadCap = v.workloadCap ?? null;
  return body;
}

/**
 * The API names the body's date fields; the form shows them as two ranges. A refusal about a field
 * the form does not have (levels) is shown above the form, with every message, instead.
 */
function dateErrors(error: unknown): unknown {
  if (!(error instanceof ApiError) || !error.problem.errors?.length) return error;
  const rename = (field: string) =>
    /^registration(Opens|Closes)On/.test(field) ? 'registration' : /^assessment(Starts|Ends)On/.test(field) ? 'assessment' : ['name', 'workloadCap'].includes(field) ? field : null;
  const errors = error.problem.errors.map((e) => ({ ...e, field: rename(e.field) }));
  if (errors.some((e) => e.field === null)) return new ApiError({ ...error.problem, detail: errors.map((e) => e.message).join('；'), errors: [] });
  return new ApiError({ ...error.problem, errors: errors as typeof error.problem.errors });
}

/** 修改认定计划: a draft or returned campaign's name, dates, places and workload cap (the API refuses once filed). */
export function EditCampaign({ campaign }: { campaign: Campaign }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<EditOutlined />} onClick={() => setOpen(true)}>
        修改计划
      </Button>
      <FormModal<Values>
        open={open}
        title="修改认定计划"
        okText="保存"
        done="认定计划已修改"
        width={600}
        invalidate={['campaign', campaign.id]}
        onClose={() => setOpen(false)}
        initialValues={{
          name: campaign.name,
          registration: [dayjs(campaign.registrationOpensOn), dayjs(campaign.registrationClosesOn)],
          assessment: [dayjs(campaign.assessmentStartsOn), dayjs(campaign.assessmentEndsOn)],
          capacity: Object.fromEntries(campaign.levels.map((l) => [l.rank, l.capacity])),
          workloadCap: campaign.workloadCap,
        }}
        submit={async (v) => {
          const body = changedFields(campaign, v);
          if (Object.keys(body).length === 0) return campaign;
          try {
            return unwrap(await api.PATCH('/api/v1/campaigns/{id}', { params: { path: { id: campaign.id } }, body }));
          } catch (e) {
            throw dateErrors(e);
          }
        }}
      >
        <Form.Item name="name" label="计划名称" rules={[{ required: true, whitespace: true, message: '请填写计划名称' }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="registration" label="报名时间" rules={[{ required: true, message: '请选择报名时间' }]}>
          <DatePicker.RangePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="assessment" label="考核时间（须在报名截止之后）" rules={[{ required: true, message: '请选择考核时间' }]}>
          <DatePicker.RangePicker style={{ width: '100%' }} />
        </Form.Item>
        <Space wrap>
          {campaign.levels.map((l) => (
            <Form.Item key={l.rank} name={['capacity', l.rank]} label={`${zh(l.rankLabel)} 名额`} rules={[{ required: true, message: '请填写名额' }]}>
              <InputNumber min={1} max={100000} precision={0} />
            </Form.Item>
          ))}
          <Form.Item name="workloadCap" label="每名考评员评分上限（空为不限）">
            <InputNumber min={1} max={10000} precision={0} style={{ width: 200 }} />
          </Form.Item>
        </Space>
        <Typography.Paragraph type="secondary">报人社局备案后不能修改；被退回的计划修改后可重新报备。</Typography.Paragraph>
      </FormModal>
    </>
  );
}
