import { POST_GRADE_LABELS, PostGrade, rankLabelOf, titleGradeLabelOf } from '../common/labels';
import { type Rank, type TitleGrade } from '@skill-ladder/vocabulary';

/** 待遇: what holding a tier brings at an enterprise. */
export interface Treatment {
  policyId: string;
  tierName: string;
  /** null: the national rank itself; else the enterprise's own tier mapped to it. */
  enterpriseTierId: string | null;
  nationalRank: Rank;
  nationalRankLabel: string;
  /** 享受管理岗位待遇, e.g. 中层干部. */
  postGrade: PostGrade | null;
  postGradeLabel: string | null;
  /** 比照职称待遇, e.g. 正高级. */
  titleGrade: TitleGrade | null;
  titleGradeLabel: string | null;
  /** 月度技能津贴, CNY. */
  monthlyAllowance: number;
  /** 聘期; null for a certificate level, which is held, not appointed. */
  termMonths: number | null;
  /** zh-CN summary, e.g. 享受中层干部待遇；比照正高级职称；津贴每月3000元；聘期36个月 */
  summary: string;
}

export function treatmentOf(
  policy: {
    id: string;
    nationalRank: Rank;
    enterpriseTierId: string | null;
    postGrade: PostGrade | null;
    titleGrade: TitleGrade | null;
    monthlyAllowance: number;
    termMonths: number | null;
  },
  tierName: string,
): Treatment {
  const postGradeLabel = policy.postGrade ? POST_GRADE_LABELS[policy.postGrade] : null;
  const titleGradeLabel = titleGradeLabelOf(policy.titleGrade);
  const parts = [
    postGradeLabel ? `享受${postGradeLabel.split(' / ')[0]}待遇` : null,
    titleGradeLabel ? `比照${titleGradeLabel}职称待遇` : null,
    policy.monthlyAllowance > 0 ? `津贴每月${policy.monthlyAllowance}元` : null,
    policy.termMonths ? `聘期${policy.termMonths}个月` : null,
  ].filter((p): p is string => p !== null);
  return {
    policyId: policy.id,
    tierName,
    enterpriseTierId: policy.enterpriseTierId,
    nationalRank: policy.nationalRank,
    nationalRankLabel: rankLabelOf(policy.nationalRank),
    postGrade: policy.postGrade,
    postGradeLabel,
    titleGrade: policy.titleGrade,
    titleGradeLabel,
    monthlyAllowance: policy.monthlyAllowance,
    termMonths: policy.termMonths,
    summary: parts.length ? parts.join('；') : '未设待遇',
  };
}
