import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Segmented, Skeleton, Space, theme } from 'antd';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { downloadBinary } from '../../api/client';
import { messageOf } from '../../api/problem';
import { barHeight, barOption, type BarSeries } from './chart-options';
import './analytics.css';

const EChart = lazy(() => import('./EChart'));

export interface ChartTable {
  /** Column headers, the first naming the category. */
  columns: string[];
  rows: { key: string; cells: ReactNode[] }[];
}

/**
 * One view of the analytics: a bar chart, the same figures as a table (图表/表格; the table is
 * always there for screen readers), and the view's own XLSX export.
 */
export function ChartCard({
  title,
  testId,
  categories,
  series,
  unit,
  signed,
  table,
  exportPath,
  note,
  empty,
  nothing = false,
}: {
  title: string;
  testId: string;
  categories: string[];
  series: BarSeries[];
  unit: '人' | '%' | '分';
  signed?: boolean;
  table: ChartTable;
  exportPath: string;
  note?: ReactNode;
  empty?: string;
  /** Nothing to draw although there are categories (every count zero because nobody is counted). */
  nothing?: boolean;
}) {
  const { message } = App.useApp();
  const { token } = theme.useToken();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const summary = `${title}：${categories.map((c, i) => `${c} ${series.map((s) => `${series.length > 1 ? s.name : ''}${s.values[i] ?? '—'}${unit === '人' ? '人' : unit}`).join('，')}`).join('；')}`;
  const tableNode = (
    <table className="chart-table" aria-label={title}>
      <thead>
        <tr>
          {table.columns.map((c) => (
            <th key={c} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((r) => (
          <tr key={r.key}>
            {r.cells.map((cell, i) => (i === 0 ? <th key={i} scope="row">{cell}</th> : <td key={i}>{cell}</td>))}
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <Card
      size="small"
      title={title}
      data-testid={testId}
      extra={
        <Space size={8}>
          <Segmented
            size="small"
            value={view}
            onChange={(v) => setView(v as 'chart' | 'table')}
            options={[
              { label: '图表', value: 'chart' },
              { label: '表格', value: 'table' },
            ]}
            aria-label={`${title}的显示方式`}
          />
          <Button
            size="small"
            icon={<DownloadOutlined />}
            aria-label={`导出${title}（XLSX）`}
            onClick={() => downloadBinary(exportPath, 'analytics.xlsx').catch((e) => message.error(messageOf(e)))}
          >
            导出
          </Button>
        </Space>
      }
    >
      {note && <div className="chart-note">{note}</div>}
      {nothing || categories.length === 0 || series.every((s) => s.values.every((v) => v === null)) ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty ?? '暂无数据'} />
      ) : view === 'chart' ? (
        <>
          <Suspense fallback={<Skeleton active paragraph={{ rows: 3 }} />}>
            <EChart option={barOption({ categories, series, unit, signed, fontFamily: token.fontFamily })} height={barHeight(categories.length, series.length)} label={summary} />
          </Suspense>
          <div className="sr-only">{tableNode}</div>
        </>
      ) : (
        tableNode
      )}
    </Card>
  );
}
