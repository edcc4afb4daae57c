import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Tag } from 'antd';
import type { components } from '../api/schema';
import { chinaDate } from '../pages/worker/career/ladder-view';
import '../pages/worker/career/career.css';

type Report = components['schemas']['EligibilityReportDto'];
type Condition = components['schemas']['ConditionResultDto'];

const KIND_LABEL: Record<string, string> = { standard: '常规', exceptional: '破格', competition: '以赛代评' };

function ConditionItem({ c }: { c: Condition }) {
  return (
    <li className="condition">
      {c.met ? (
        <CheckCircleFilled className="condition__icon--met" aria-label="已满足" />
      ) : (
        <CloseCircleFilled className="condition__icon--unmet" aria-label="未满足" />
      )}
      <div>
        <div>{c.label}</div>
        <div className="condition__detail">
          要求：{c.required.text}；目前：{c.actual.text}
          {c.metOn && (c.met ? `；${chinaDate(c.metOn)}起满足` : `；预计 ${chinaDate(c.metOn)} 满足`)}
          {!c.met && !c.metOn && '；仅靠年限无法满足'}
        </div>
      </div>
    </li>
  );
}

/** 申报条件: each route to a level with its conditions, met or what is missing and when it will be met. */
export function EligibilityRoutes({ report }: { report: Report }) {
  return (
    <div className="routes">
      {report.routes.map((route) => (
        <section key={route.code} className={`route ${route.met ? 'route--met' : ''}`} aria-label={route.label}>
          <div className="route__head">
            <span>
              {route.label} <Tag>{KIND_LABEL[route.kind] ?? route.kind}</Tag>
            </span>
            {route.met ? (
              <Tag color="success">已满足</Tag>
            ) : route.metOn ? (
              <Tag color="warning">{chinaDate(route.metOn)} 满足</Tag>
            ) : (
              <Tag>未满足</Tag>
            )}
          </div>
          <ul className="conditions">
            {route.conditions.map((c, i) => (
              <ConditionItem key={i} c={c} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
