import ExcelJS from 'exceljs';
import { assemblePaper } from '@skill-ladder/evaluations';
import type { Session } from '../harness/auth';
import { OrgRef, Scenario } from '../harness/scenario';
import { createTestApp, TestApp } from '../harness/test-app';
import { examWorld, WELDER } from './exam-world';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const BANKS = '/api/v1/question-banks';

/** 10 single choice (K1), 6 true/false (K2), 4 fill-in (K3). */
async function bankSheet(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('试题');
  sheet.addRow(['题型', '知识点', '难度', '题干', '选项A', '选项B', '选项C', '选项D', '答案']);
  for (let i = 0; i < 10; i++) sheet.addRow(['单选', 'K1 安全', 1 + (i % 2), `单选第${i}题（ ）`, '甲', '乙', '丙', '丁', 'ABCD'[i % 4]]);
  for (let i = 0; i < 6; i++) sheet.addRow(['判断', 'K2 劳保', 2, `判断第${i}题`, '', '', '', '', i % 2 ? '对' : '错']);
  for (let i = 0; i < 4; i++) sheet.addRow(['填空', 'K3 材料', 3, `填空第${i}题：（ ）`, '', '', '', '', `答案${i}`]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

const RULES = [
  { knowledgePoint: 'K1 安全', kind: 'single_choice', difficulty: null, count: 8, pointsEach: 5 },
  { knowledgePoint: 'K2 劳保', kind: 'true_false', difficulty: 2, count: 5, pointsEach: 6 },
  { knowledgePoint: 'K3 材料', kind: 'fill_in', difficulty: null, count: 3, pointsEach: 10 },
];

/**
 * 组卷 end to end: a blueprint of 100 points is refused until it adds up, tells what the bank is
 * short of, and once the bank's items are in use assembles different A and B papers whose seeds
 * reproduce them and which keep the item versions they used.
 */
describe('blueprints and fixed papers (组卷方案与卷库)', () => {
  let t: TestApp;
  let s: Scenario;
  let lvliang: { org: OrgRef; officer: Session };
  let taiyuan: { org: OrgRef; officer: Session };
  let coking: { org: OrgRef; hr: Session };
  let machinery: { org: OrgRef; hr: Session };
  let reviewer: Session;
  let bank: string;
  let blueprint: string;

  const body = (over: Record<string, unknown> = {}) => ({ name: '焊工四级A/B卷', mode: 'fixed', paperCount: 2, durationMinutes: 90, passMark: 60, multipleChoiceRule: 'all_or_nothing', rules: RULES, ...over });
  const blueprints = () => `${BANKS}/${bank}/blueprints`;

  beforeAll(async () => {
    t = await createTestApp();
    s = new Scenario(t);
    ({ lvliang, taiyuan, coking, machinery, reviewer } = await examWorld(t, ['L4']));
    bank = (await s.post(coking.hr, BANKS, { occupationCode: WELDER, rank: 'L4', name: '焊工四级题库' })).id;
    const imported = await t.http().post(`${BANKS}/${bank}/items/import`).set(coking.hr.auth).set('content-type', XLSX).send(await bankSheet()).expect(200);
    expect(imported.body.imported).toBe(20);
  });
  afterAll(() => t.close());

  it('refuses a blueprint that does not add up to 100, and A/B papers without a count, naming the fields', async () => {
    const short = await t.http().post(blueprints()).set(coking.hr.auth).send(body({ rules: RULES.slice(0, 2) })).expect(422);
    expect(short.body).toMatchObject({ code: 'BLUEPRINT_INVALID', errors: [{ field: 'rules', code: 'TOTAL_NOT_100', message: '总分应为 100 分，现为 70 分' }] });
    const noCount = await t.http().post(blueprints()).set(coking.hr.auth).send(body({ paperCount: undefined })).expect(422);
    expect(noCount.body.errors).toEqual([expect.objectContaining({ field: 'paperCount', code: 'required' })]);
    await t.http().post(blueprints()).set(coking.hr.auth).send(body({ rules: [{ ...RULES[0], difficulty: 7 }, ...RULES.slice(1)] })).expect(400);
  });

  it('a blueprint over draft items says what the bank is short of, and assembling is refused rule by rule', async () => {
    const res = await t.http().post(blueprints()).set(coking.hr.auth).send(body()).expect(201);
    blueprint = res.body.id;
    expect(res.body).toMatchObject({ modeLabel: '卷库（A/B卷）', paperCount: 2, papers: 0 });
    expect(res.body.shortfalls.map((x: { ruleIndex: number; needed: number; available: number }) => [x.ruleIndex, x.needed, x.available])).toEqual([
      [0, 8, 0],
      [1, 5, 0],
      [2, 3, 0],
    ]);
    const refused = await t.http().post(`${blueprints()}/${blueprint}/papers`).set(coking.hr.auth).expect(422);
    expect(refused.body.code).toBe('BLUEPRINT_NOT_SATISFIABLE');
    expect(refused.body.errors[0]).toEqual({ field: 'rules[0]', code: 'short', message: '第1条规则（K1 安全，单项选择题，难度不限）需要8题，题库中已启用的只有0题' });
  });

  it('once the items are reviewed and in use, A and B are assembled: 100 points each, different, reproducible from their seeds', async () => {
    const items = (await t.http().get(`${BANKS}/${bank}/items?pageSize=50`).set(coking.hr.auth).expect(200)).body.items;
    for (const item of items) {
      await t.http().post(`${BANKS}/${bank}/items/${item.id}/status`).set(reviewer.auth).send({ status: 'reviewed' }).expect(200);
      await t.http().post(`${BANKS}/${bank}/items/${item.id}/status`).set(coking.hr.auth).send({ status: 'active' }).expect(200);
    }
    expect((await t.http().get(`${blueprints()}/${blueprint}`).set(coking.hr.auth).expect(200)).body.shortfalls).toEqual([]);

    const res = await t.http().post(`${blueprints()}/${blueprint}/papers`).set(coking.hr.auth).expect(201);
    const [a, b] = res.body;
    expect([a.label, b.label]).toEqual(['A', 'B']);
    for (const paper of [a, b]) {
      expect(paper.items).toHaveLength(16);
      expect(paper.totalPoints).toBe(100);
      expect(paper.items.map((i: { kind: string }) => i.kind).filter((k: string, i: number, all: string[]) => all.indexOf(k) === i)).toEqual(['single_choice', 'true_false', 'fill_in']);
      expect(paper.items.every((i: { version: number }) => i.version === 1)).toBe(true);
    }
    expect(a.items.map((i: { itemId: string }) => i.itemId)).not.toEqual(b.items.map((i: { itemId: string }) => i.itemId));
    const bankRefs = items.map((i: { id: string; knowledgePoint: string; kind: string; difficulty: number }) => ({ id: i.id, knowledgePoint: i.knowledgePoint, kind: i.kind, difficulty: i.difficulty }));
    const plan = { passMark: 60, rules: RULES as Parameters<typeof assemblePaper>[0]['rules'] };
    expect(assemblePaper(plan, bankRefs, a.seed).map((i) => i.itemId)).toEqual(a.items.map((i: { itemId: string }) => i.itemId));
    expect(assemblePaper(plan, bankRefs, b.seed).map((i) => i.itemId)).toEqual(b.items.map((i: { itemId: string }) => i.itemId));
  });

  it('a paper keeps the version it used when the bank item changes later', async () => {
    const [a] = (await t.http().get(`${blueprints()}/${blueprint}/papers`).set(coking.hr.auth).expect(200)).body;
    const first = a.items[0];
    const current = (await t.http().get(`${BANKS}/${bank}/items/${first.itemId}`).set(coking.hr.auth).expect(200)).body;
    await t.http().patch(`${BANKS}/${bank}/items/${first.itemId}`).set(coking.hr.auth)
      .send({ kind: current.kind, knowledgePoint: current.knowledgePoint, difficulty: current.difficulty, stem: `${current.stem}（修订）`, options: current.options, answer: current.answer })
      .expect(200);
    const [again] = (await t.http().get(`${blueprints()}/${blueprint}/papers`).set(coking.hr.auth).expect(200)).body;
    expect(again.items[0]).toMatchObject({ itemId: first.itemId, version: 1, stem: first.stem });
  });

  it('papers are assembled once; the blueprint is then fixed; 千人千卷 papers are not assembled in advance', async () => {
    expect((await t.http().post(`${blueprints()}/${blueprint}/papers`).set(coking.hr.auth).expect(409)).body.code).toBe('PAPERS_EXIST');
    expect((await t.http().put(`${blueprints()}/${blueprint}`).set(coking.hr.auth).send(body({ durationMinutes: 120 })).expect(409)).body.code).toBe('BLUEPRINT_IN_USE');
    const perCandidate = await t.http().post(blueprints()).set(coking.hr.auth).send(body({ name: '千人千卷', mode: 'per_candidate', paperCount: undefined })).expect(201);
    expect(perCandidate.body.modeLabel).toBe('千人千卷');
    expect((await t.http().post(`${blueprints()}/${perCandidate.body.id}/papers`).set(coking.hr.auth).expect(409)).body.code).toBe('PAPERS_PER_CANDIDATE');
    const changed = await t.http().put(`${blueprints()}/${perCandidate.body.id}`).set(coking.hr.auth).send(body({ name: '千人千卷', mode: 'per_candidate', paperCount: undefined, durationMinutes: 120 })).expect(200);
    expect(changed.body.durationMinutes).toBe(120);
  });

  it('other enterprises and another city’s bureau get 404; the city’s bureau reads the papers', async () => {
    await t.http().get(blueprints()).set(machinery.hr.auth).expect(404);
    await t.http().get(`${blueprints()}/${blueprint}/papers`).set(machinery.hr.auth).expect(404);
    await t.http().post(blueprints()).set(machinery.hr.auth).send(body({ name: '外单位' })).expect(404);
    await t.http().get(`${blueprints()}/${blueprint}`).set(taiyuan.officer.auth).expect(404);
    expect((await t.http().get(`${blueprints()}/${blueprint}/papers`).set(lvliang.officer.auth).expect(200)).body).toHaveLength(2);
    await t.http().post(`${blueprints()}/${blueprint}/papers`).set(lvliang.officer.auth).expect(403);
  });
});
