/**
 * The tables workforce owns: the person record (人员档案) with its employments, credentials, titles, honours, trainings, innovations, relations and the candidate photo (证件照).
 * Only this lib names them in SQL or entities; other libs read them through this lib's readers.
 * The ownership spec (libs/platform/src/architecture) checks every lib against these lists.
 */
export const OWNED_TABLES = [
  'persons',
  'employments',
  'person_credentials',
  'person_titles',
  'person_honors',
  'person_trainings',
  'person_innovations',
  'person_relations',
  'person_photos',
] as const;
