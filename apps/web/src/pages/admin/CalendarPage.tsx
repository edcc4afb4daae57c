import { useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Form, Input, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ApiError, fieldErrorsOf, zh } from '../../api/problem';
import type { components } from '../../api/schema';
import { FormModal } from '../../components/FormModal';
import { QueryState } from '../../components/QueryState';
import { chinaDate } from '../worker/career/ladder-view';
import { byMonth, parseDateList } from './calendar-input';
import { chinaTime } from './shared';

type CalendarYear = components['schemas']['CalendarYearResponseDto'];
interface Schedule {
  holidays: string;
  workdays: string;
  sourceNote: string;
}

/** Today's year in China (UTC+8): the page opens on it. */
const thisYear = () => new Date(Date.now() + 8 * 3600 * 1000).getUTCFullYear();

/**
 * 工作日历: a year's official holidays and make-up working days (the State Council notice), where
 * they come from, and loading a year's notice; the publicity windows count working days on it.
 */
export default function CalendarPage() {
  const [params, setParams] = useSearchParams();
  const current = thisYear();
  const year = Number(params.get('year')) || current;
  const [loading, setLoading] = useState(false);
  const query = useQuery({
    queryKey: ['calendar', year],
    queryFn: async () => unwrap(await api.GET('/api/v1/calendar/years/{year}', { params: { path: { year } } })),
  });

  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={4} className="page-title">
          工作日历
        </Typography.Title>
        <Space wrap>
          <Select
            aria-label="年份"
            style={{ width: 120 }}
            value={year}
            onChange={(v) => setParams({ year: String(v) })}
            options={[current - 1, current, current + 1, current + 2].map((y) => ({ value: y, label: `${y} 年` }))}
          />
          <Button type="primary" onClick={() => setLoading(true)}>
            载入 {year} 年节假日安排
          </Button>
        </Space>
      </Space>
      <QueryState query={query}>{(y) => <YearView year={y} />}</QueryState>
      <WorkingDaysCard />

      <FormModal<Schedule>
        open={loading}
        title={`载入 ${year} 年节假日安排`}
        okText="载入"
        done={`${year} 年节假日安排已载入`}
        width={620}
        invalidate={['calendar', year]}
        initialValues={query.data?.origin === 'loaded' ? { holidays: query.data.holidays.join('\n'), workdays: query.data.workdays.join('\n'), sourceNote: query.data.sourceNote ?? '' } : undefined}
        onClose={() => setLoading(false)}
        submit={async (v) => {
          const body = { holidays: parseDateList(v.holidays ?? ''), workdays: parseDateList(v.workdays ?? ''), sourceNote: v.sourceNote };
          try {
            return unwrap(await api.PUT('/api/v1/calendar/years/{year}', { params: { path: { year } }, body }));
          } catch (e) {
            throw listErrors(e, body);
          }
        }}
      >
        <Typography.Paragraph type="secondary">
          按国务院办公厅节假日安排通知填写，整年替换。日期用空格、逗号或换行分隔，连续放假可写成“2027-02-06~2027-02-12”。已开始的公示期会按新日历重新计算。
        </Typography.Paragraph>
        <Form.Item name="holidays" label="放假日" rules={[{ required: true, whitespace: true, message: '请填写放假日' }]}>
          <Input.TextArea rows={5} placeholder={`${year}-01-01\n${year}-10-01~${year}-10-07`} />
        </Form.Item>
        <Form.Item name="workdays" label="调休上班日（周六或周日）">
          <Input.TextArea rows={2} placeholder={`${year}-09-26`} />
        </Form.Item>
        <Form.Item name="sourceNote" label="依据（通知名称或文号）" rules={[{ required: true, whitespace: true, message: '请填写依据' }]}>
          <Input maxLength={500} placeholder={`国务院办公厅关于${year}年部分节假日安排的通知`} />
        </Form.Item>
      </FormModal>
    </Space>
  );
}

/**
 * The API names a bad date by its place in the list it received (`holidays[3]`); the form has one
 * box per list, so each message goes under its box with the date it is about.
 */
function listErrors(error: unknown, body: { holidays: string[]; workdays: string[] }): unknown {
  if (!(error instanceof ApiError) || !error.problem.errors?.length) return error;
  const errors = fieldErrorsOf(error).map(({ name, errors: messages }) => {
    const [list, index] = name as ['holidays' | 'workdays' | 'sourceNote', number | undefined];
    const value = typeof index === 'number' ? body[list as 'holidays' | 'workdays']?.[index] : undefined;
    return { field: String(list), messages: messages.map((m) => (value !== undefined && !m.includes(value) ? `「${value}」${m}` : m)) };
  });
  return new ApiError({
    ...error.problem,
    errors: errors.flatMap((e) => e.messages.map((message) => ({ field: e.field, code: 'schedule', message }))),
  });
}

function YearView({ year: y }: { year: CalendarYear }) {
  const holidays = byMonth(y.holidays);
  const workdays = byMonth(y.workdays);
  const months = [...new Set([...holidays.keys(), ...workdays.keys()])].sort((a, b) => a - b);
  return (
    <Card size="small" title={`${y.year} 年`} extra={<Tag color={y.official ? 'green' : 'orange'}>{y.official ? '官方安排' : '临时（仅按周末计算）'}</Tag>} data-testid="calendar-year">
      <Descriptions size="small" column={2} style={{ marginBottom: 12 }}>
        <Descriptions.Item label="来源">{zh(y.originLabel)}</Descriptions.Item>
        <Descriptions.Item label="依据">{y.sourceNote ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="放假">{y.holidays.length} 天</Descriptions.Item>
        <Descriptions.Item label="调休上班">{y.workdays.length} 天</Descriptions.Item>
        {y.loadedAt && <Descriptions.Item label="载入时间">{chinaTime(y.loadedAt)}</Descriptions.Item>}
      </Descriptions>
      <Table
        size="small"
        rowKey="month"
        pagination={false}
        locale={{ emptyText: '本年尚无官方节假日安排，公示期暂按周六、周日休息计算' }}
        dataSource={months.map((month) => ({ month, holidays: holidays.get(month) ?? [], workdays: workdays.get(month) ?? [] }))}
        columns={[
          { title: '月份', dataIndex: 'month', width: 80, render: (m: number) => `${m}月` },
          { title: '放假日', dataIndex: 'holidays', render: (days: number[]) => days.map((d) => <Tag key={d} color="red">{d}日</Tag>) },
          { title: '调休上班日', dataIndex: 'workdays', width: 260, render: (days: number[]) => days.map((d) => <Tag key={d} color="blue">{d}日</Tag>) },
        ]}
      />
    </Card>
  );
}

/** 公示期计算: the n-th working day from a date, as a publicity window counts it. */
function WorkingDaysCard() {
  const [asked, setAsked] = useState<{ from: string; n: number } | null>(null);
  const query = useQuery({
    queryKey: ['working-days', asked],
    enabled: asked !== null,
    queryFn: async () => unwrap(await api.GET('/api/v1/calendar/working-days', { params: { query: asked as { from: string; n: number } } })),
  });
  return (
    <Card size="small" title="公示期计算">
      <Form layout="inline" onFinish={(v: { from: string; n: number }) => setAsked({ from: v.from.trim(), n: v.n })} initialValues={{ n: 5 }}>
        <Form.Item name="from" label="公示发布日" rules={[{ required: true, message: '请填写日期' }, { pattern: /^\s*\d{4}-\d{2}-\d{2}\s*$/, message: '日期格式为 YYYY-MM-DD' }]}>
          <Input placeholder="YYYY-MM-DD" style={{ width: 140 }} />
        </Form.Item>
        <Form.Item name="n" label="工作日数" rules={[{ required: true, message: '请填写天数' }]}>
          <InputNumber min={1} max={30} precision={0} />
        </Form.Item>
        <Button htmlType="submit">计算</Button>
      </Form>
      {asked && (
        <div style={{ marginTop: 12 }}>
          <QueryState query={query}>
            {(w) => (
              <Typography.Text data-testid="working-days">
                自 {chinaDate(w.start)} 起第 {w.n} 个工作日为 <Typography.Text strong>{chinaDate(w.end)}</Typography.Text>
                {w.provisional && '（部分年份尚无官方安排，为临时结果）'}
              </Typography.Text>
            )}
          </QueryState>
        </div>
      )}
    </Card>
  );
}
