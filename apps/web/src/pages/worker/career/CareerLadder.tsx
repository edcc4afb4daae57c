import { CheckCircleFilled } from '@ant-design/icons';
import { Tag } from 'antd';
import { ladderRows, type LadderRank, type RankCode, type Rung } from './ladder-view';
import './career.css';

const STATE_TAG: Record<string, { text: string; color?: string }> = {
  current: { text: '当前等级', color: 'blue' },
  next: { text: '下一级', color: 'orange' },
};

/** 新八级工 as a ladder, 首席技师 at the top, the worker's rung highlighted. */
export function CareerLadder(props: { ladder: readonly LadderRank[]; current: RankCode | null; nextRungs: readonly Rung[] }) {
  const rows = ladderRows(props.ladder, props.current, props.nextRungs);
  return (
    <ol className="ladder" aria-label="职业技能等级阶梯">
      {rows.map((row) => (
        <li key={row.code} className={`ladder__rung ladder__rung--${row.state}`} aria-current={row.state === 'current' ? 'step' : undefined} data-rank={row.code}>
          <div className="ladder__main">
            <span className="ladder__label">
              {row.state === 'held' && <CheckCircleFilled className="ladder__check" aria-label="已取得" />}
              {row.label}
              {row.appointment && <span className="ladder__kind">评聘</span>}
            </span>
            {STATE_TAG[row.state] && <Tag color={STATE_TAG[row.state].color}>{STATE_TAG[row.state].text}</Tag>}
          </div>
          {row.when && <div className="ladder__when">{row.when}</div>}
        </li>
      ))}
    </ol>
  );
}
