import { useQueries, useQuery } from '@tanstack/react-query';
import { Alert, Space, Tag, Typography } from 'antd';
import { api, unwrap } from '../../api/client';
import { QueryState } from '../../components/QueryState';
import { chinaDate } from '../worker/career/ladder-view';
import { skippedDays, windowMonths, type WindowDay } from './publicity-calendar';
import './campaigns.css';

const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日'];

/**
 * 公示期日历: the window of `n` working days from `from`, counted by the API on the bureau's
 * working-day calendar, drawn month by month with the holidays (休) and make-up working days (班)
 * of the official schedule, so HR sees why the window ends when it does.
 */
export function PublicityCalendar({ from, n }: { from: string; n: number }) {
  const window = useQuery({
    queryKey: ['working-days', from, n],
    queryFn: async () => unwrap(await api.GET('/api/v1/calendar/working-days', { params: { query: { from, n } } })),
  });
  const years = [...new Set([from.slice(0, 4), window.data?.end.slice(0, 4) ?? from.slice(0, 4)])].map(Number);
  const schedules = useQueries({
    queries: years.map((year) => ({
      queryKey: ['calendar', year],
      queryFn: async () => unwrap(await api.GET('/api/v1/calendar/years/{year}', { params: { path: { year } } })),
    })),
  });
  return (
    <QueryState query={window}>
      {(w) => {
        if (schedules.some((s) => s.isPending)) return null;
        const holidays = new Set(schedules.flatMap((s) => s.data?.holidays ?? []));
        const workdays = new Set(schedules.flatMap((s) => s.data?.workdays ?? []));
        const months = windowMonths(from, w.days, holidays, workdays);
        const skipped = skippedDays(months);
        const reasons = [
          skipped.holidays ? `法定节假日 ${skipped.holidays} 天` : '',
          skipped.weekends ? `周末 ${skipped.weekends} 天` : '',
        ].filter(Boolean);
        return (
          <Space direction="vertical" size={8} style={{ width: '100%' }} data-testid="publicity-calendar">
            <Typography.Paragraph style={{ margin: 0 }}>
              自 {chinaDate(w.start)} 起计 {w.n} 个工作日，至 <b>{chinaDate(w.end)}</b> 止
              {reasons.length ? `；期间${reasons.join('、')}不计入` : ''}
              {skipped.makeUpWorkdays ? `，调休上班日 ${skipped.makeUpWorkdays} 天计入` : ''}。
            </Typography.Paragraph>
            {w.provisional && (
              <Alert type="warning" showIcon title="该年度尚无官方节假日安排，暂按周六、周日休息计算；人社局载入安排后公示期将重新计算。" />
            )}
            <div className="window-months">
              {months.map((m) => (
                <div key={`${m.year}-${m.month}`} className="window-month" aria-label={`${m.year}年${m.month}月`}>
                  <div className="window-month__title">
                    {m.year}年{m.month}月
                  </div>
                  <div className="window-month__grid">
                    {WEEKDAYS.map((d) => (
                      <div key={d} className="window-month__weekday">
                        {d}
                      </div>
                    ))}
                    {Array.from({ length: m.lead }, (_, i) => (
                      <div key={`lead-${i}`} />
                    ))}
                    {m.days.map((d) => (
                      <DayCell key={d.date} day={d} />
                    ))}
                  </div>
                </div>
              ))}
            </div>
            <Space wrap size={[12, 4]}>
              <span><span className="window-day window-day--counted window-legend">1</span> 计入公示期的工作日（第几天）</span>
              <span><Tag color="red">休</Tag>法定节假日</span>
              <span><Tag color="blue">班</Tag>调休上班日</span>
              <span><span className="window-day window-day--weekend window-legend">六</span> 周末</span>
            </Space>
          </Space>
        );
      }}
    </QueryState>
  );
}

function DayCell({ day: d }: { day: WindowDay }) {
  const kind = d.counted !== null ? 'counted' : d.holiday ? 'holiday' : d.weekend && !d.makeUpWorkday ? 'weekend' : 'plain';
  const title = `${d.date}${d.holiday ? ' 法定节假日' : ''}${d.makeUpWorkday ? ' 调休上班' : ''}${d.counted !== null ? ` 公示第${d.counted}个工作日` : ''}`;
  return (
    <div className={`window-day window-day--${kind}${d.inWindow ? ' window-day--inside' : ''}`} title={title} data-date={d.date} data-counted={d.counted ?? undefined}>
      <span className="window-day__number">{d.day}</span>
      {d.holiday && <span className="window-day__mark window-day__mark--off">休</span>}
      {d.makeUpWorkday && <span className="window-day__mark window-day__mark--work">班</span>}
      {d.counted !== null && <span className="window-day__count">第{d.counted}天</span>}
    </div>
  );
}
