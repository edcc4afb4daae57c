import { List, Space, Tag } from 'antd';
import { zh } from '../api/problem';
import type { components } from '../api/schema';
import { chinaDayOf } from '../pages/worker/career/ladder-view';

type Objection = components['schemas']['ObjectionResponseDto'];

const COLOR: Record<Objection['status'], string> = { pending: 'processing', upheld: 'warning', dismissed: 'default' };

/** One objection (异议) as a list entry: its state, who filed it (for the deciders) and when, the reason and the resolution. */
export function ObjectionMeta({ objection: o, showFiler }: { objection: Objection; showFiler: boolean }) {
  return (
    <List.Item.Meta
      title={
        <Space>
          <Tag color={COLOR[o.status]}>{zh(o.statusLabel)}</Tag>
          {showFiler && `${o.filedByName} · `}
          {chinaDayOf(o.filedAt)}
        </Space>
      }
      description={
        <>
          <div>{o.reason}</div>
          {o.resolution && <div>处理意见：{o.resolution}</div>}
        </>
      }
    />
  );
}
