import { EntityManager } from 'typeorm';
import { NATIONAL_TITLE_MAPPINGS, NATIONAL_TITLE_MAPPINGS_EFFECTIVE_FROM } from '../reference/national-title-mappings';
import {
  NATIONAL_STANDARD_EFFECTIVE_FROM,
  NATIONAL_STANDARD_OCCUPATIONS,
  STARTER_OCCUPATIONS,
} from '../reference/starter-occupations';
import { nationalDefaultStandardLevels } from '../standards/standard-levels';
import { RANK_INFO, RANKS } from '@skill-ladder/vocabulary';

/**
 * Reference data of the standards module, loaded on every start (and into the test template).
 * Idempotent: the ladder's labels follow the code; occupations, national standards and national
 * title mappings are inserted when missing and then left to their owners, so an administrator's
 * later edit is never overwritten, and a published version is never rewritten (a changed
 * template ships as a new version number).
 */
export async function loadStandardsReferenceData(em: EntityManager): Promise<void> {
  await loadLadder(em);
  await loadOccupations(em);
  await loadNationalStandards(em);
  await loadNationalTitleMappings(em);
}

async function loadLadder(em: EntityManager): Promise<void> {
  for (const code of RANKS) {
    const info = RANK_INFO[code];
    await em.query(
      `INSERT INTO ladder_ranks (code, rank_order, label_zh, label_en, certificate_level, appointment)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (code) DO UPDATE SET rank_order = EXCLUDED.rank_order, label_zh = EXCLUDED.label_zh, label_en = EXCLUDED.label_en,
         certificate_level = EXCLUDED.certificate_level, appointment = EXCLUDED.appointment`,
      [code, info.order, info.labelZh, info.labelEn, info.certificateLevel, info.appointment],
    );
  }
}

async function loadOccupations(em: EntityManager): Promise<void> {
  for (const o of STARTER_OCCUPATIONS) {
    await em.query(
      `INSERT INTO occupations (code, name_zh, name_en, work_types, source_note) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (code) DO NOTHING`,
      [o.code, o.nameZh, o.nameEn, o.workTypes, o.sourceNote],
    );
  }
}

async function loadNationalStandards(em: EntityManager): Promise<void> {
  const levels = JSON.stringify(nationalDefaultStandardLevels());
  for (const code of NATIONAL_STANDARD_OCCUPATIONS) {
    const [occupation] = (await em.query('SELECT id, name_zh FROM occupations WHERE code = $1', [code])) as { id: string; name_zh: string }[];
    if (!occupation) continue;
    await em.query(
      `INSERT INTO standards (occupation_id, source, organization_id, title) VALUES ($1, 'national', NULL, $2)
       ON CONFLICT (occupation_id, source) WHERE organization_id IS NULL DO NOTHING`,
      [occupation.id, `${occupation.name_zh}国家职业技能标准`],
    );
    const [standard] = (await em.query(`SELECT id FROM standards WHERE occupation_id = $1 AND source = 'national' AND organization_id IS NULL`, [
      occupation.id,
    ])) as { id: string }[];
    await em.query(
      `INSERT INTO standard_versions (standard_id, version, label, status, levels, notes, effective_from, published_at)
       VALUES ($1, 1, '国家通用模板', 'published', $2::jsonb, $3, $4, now())
       ON CONFLICT (standard_id, version) DO NOTHING`,
      [
        standard.id,
        levels,
        '申报条件与考核项目按国家通用模板载入（默认申报路径；理论知识考试、技能考核，二级/一级加综合评审；合格分60）。具体条文以人力资源社会保障部颁布的标准文本为准。',
        NATIONAL_STANDARD_EFFECTIVE_FROM,
      ],
    );
  }
}

async function loadNationalTitleMappings(em: EntityManager): Promise<void> {
  for (const m of NATIONAL_TITLE_MAPPINGS) {
    await em.query(
      `INSERT INTO title_mappings (direction, rank, title_series, title_grade, title_name, years, effective_from, basis)
       SELECT $1::text, $2::text, $3::text, $4::text, $5::text, $6::smallint, $7::date, $8::text
       WHERE NOT EXISTS (
         SELECT 1 FROM title_mappings WHERE region_code IS NULL AND direction = $1::text AND rank = $2::text
           AND title_series IS NOT DISTINCT FROM $3::text AND title_grade = $4::text AND effective_from = $7::date)`,
      [m.direction, m.rank, m.titleSeries, m.titleGrade, m.titleName, m.years, NATIONAL_TITLE_MAPPINGS_EFFECTIVE_FROM, m.basis],
    );
  }
}
