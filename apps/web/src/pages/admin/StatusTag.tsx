import { Tag } from 'antd';
import { STATUS_ZH } from './shared';

export function StatusTag({ status }: { status: string }) {
  const [label, color] = STATUS_ZH[status] ?? [status, undefined];
  return <Tag color={color}>{label}</Tag>;
}
