import { Table } from 'antd';

/** One problem of an uploaded sheet: the row the spreadsheet shows, the column, what is wrong. */
export interface ImportProblem {
  key: string;
  row: number;
  field: string;
  message: string;
}

/** A message without its 第N行「列」： prefix: the table has columns for those. */
export const withoutRowPrefix = (message: string) => message.replace(/^第\d+行(「[^」]*」)?：/, '');

/** The problems of a refused sheet as a table (行号, 字段, 问题), paged past eight. */
export function ImportProblemsTable({ problems }: { problems: readonly ImportProblem[] }) {
  return (
    <Table<ImportProblem>
      size="small"
      rowKey="key"
      dataSource={[...problems]}
      pagination={problems.length > 8 ? { pageSize: 8, showSizeChanger: false } : false}
      columns={[
        { title: '行号', dataIndex: 'row', width: 72 },
        { title: '字段', dataIndex: 'field', width: 150 },
        { title: '问题', dataIndex: 'message' },
      ]}
    />
  );
}
