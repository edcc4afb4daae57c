/**
 * The tables promotions owns: tier policies, appointments and their reviews, title recognitions and competitions with their results, rules and promotions.
 * Only this lib names them in SQL or entities; other libs read them through this lib's readers.
 * The ownership spec (libs/platform/src/architecture) checks every lib against these lists.
 */
export const OWNED_TABLES = [
  'tier_policies',
  'appointments',
  'appointment_reviews',
  'title_recognitions',
  'competitions',
  'competition_results',
  'competition_rules',
  'competition_promotions',
] as const;
