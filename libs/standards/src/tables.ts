/**
 * The tables standards owns: the ladder, occupations, enterprise tiers, standards with their versions, pins and comments, and the skill ↔ title mappings.
 * Only this lib names them in SQL or entities; other libs read them through this lib's readers.
 * The ownership spec (libs/platform/src/architecture) checks every lib against these lists.
 */
export const OWNED_TABLES = [
  'ladder_ranks',
  'occupations',
  'enterprise_tiers',
  'standards',
  'standard_versions',
  'standard_version_pins',
  'standard_version_comments',
  'title_mappings',
] as const;
