/** How the worker screens name the record's codes (the record carries codes; ranks are named by GET /ladder). */
export const EMPLOYMENT_TYPE_ZH: Record<string, string> = {
  regular: '正式职工',
  dispatched: '劳务派遣',
  outsourced: '劳务外包',
  intern: '实习',
  apprentice: '学徒',
};

export const RELATION_ZH: Record<string, [string, string]> = {
  relative: ['近亲属', '近亲属'],
  supervisor: ['下属', '上级'],
  master: ['徒弟', '师傅'],
};

export const EDUCATION_ZH: Record<string, string> = {
  none: '无学历',
  junior_high: '初中',
  senior_high: '高中',
  secondary_vocational: '中专/职高',
  technician_college_senior: '技工院校高级工班',
  associate: '大专',
  technician_college_preparatory: '技工院校预备技师班',
  bachelor: '本科',
  master: '硕士',
  doctor: '博士',
};

export const AWARD_LEVEL_ZH: Record<string, string> = { enterprise: '企业级', city: '市级', provincial: '省级', national: '国家级' };

export const HONOR_KIND_ZH: Record<string, string> = {
  labour_model: '劳动模范',
  may_day_medal: '五一劳动奖章',
  craftsman: '工匠',
  technical_expert: '技术能手',
  skill_master: '技能大师',
  worker_pioneer: '工人先锋号',
  advanced_worker: '先进工作者',
};

export const INNOVATION_KIND_ZH: Record<string, string> = {
  patent_invention: '发明专利',
  patent_utility_model: '实用新型专利',
  five_small: '“五小”成果',
  process_breakthrough: '工艺技术攻关成果',
  quality_breakthrough: '质量攻关成果',
  technical_contribution: '重大技术贡献',
  craft_leadership: '技艺传承领军成果',
  standard_authored: '主持或参与制定标准',
};

/** Select options from a label map. */
export const optionsOf = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));
