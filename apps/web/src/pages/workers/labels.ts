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
