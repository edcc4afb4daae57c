import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService, ConflictError, FieldError, NotFoundError, Principal, UnprocessableError } from '@skill-ladder/platform';
import { randomSeed } from '../draw/prng';
import { BlueprintDto, BlueprintResponseDto, PAPER_MODE_LABELS, PaperMode, PaperResponseDto, ShortfallDto } from './dto/blueprint.dto';
import { answerText } from './item-sheet';
import { QuestionBanksService } from './question-banks.service';
import { AnswerKey, ITEM_KIND_LABELS, ItemKind } from './rules/item-kinds';
import { MultipleChoiceRule } from './rules/item-scoring';
import { assemblePaper, assignFixedPapers, BankItemRef, Blueprint, BlueprintRule, drawSeatPapers, PAPER_ALGORITHM, paperLabel, PapersNotDistinct, shortfalls, validateBlueprint } from './rules/paper-assembly';

interface BlueprintRow {
  id: string;
  bank_id: string;
  organization_id: string;
  name: string;
  mode: PaperMode;
  paper_count: number | null;
  duration_minutes: number;
  pass_mark: string;
  multiple_choice_rule: MultipleChoiceRule;
  rules: BlueprintRule[];
  papers: number;
  updated_at: Date;
}

interface StoredPaperItem {
  itemId: string;
  version: number;
  kind: ItemKind;
  points: number;
  ruleIndex: number;
}

const BLUEPRINT_COLUMNS = `bp.id, bp.bank_id, bp.organization_id, bp.name, bp.mode, bp.paper_count, bp.duration_minutes, bp.pass_mark, bp.multiple_choice_rule, bp.rules, bp.updated_at,
  (SELECT count(*)::int FROM exam_papers p WHERE p.blueprint_id = bp.id) AS papers`;
/** Fixed papers must differ from each other; a bank that yields the same paper this often is too small. */
const MAX_REDRAWS = 64;

/**
 * 组卷方案: how a bank's theory paper is made (knowledge point × kind × difficulty, 100 points,
 * the pass mark), checked against the bank's active items, and the fixed papers (A/B…) assembled
 * from it with recorded seeds.
 */
@Injectable()
export class BlueprintsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly banks: QuestionBanksService,
  ) {}

  async create(principal: Principal, bankId: string, dto: BlueprintDto): Promise<BlueprintResponseDto> {
    checkBlueprint(dto);
    return this.dataSource.transaction(async (em) => {
      const bank = await this.banks.ownBank(em, principal, bankId);
      const [{ id }] = await em.query(
        `INSERT INTO exam_blueprints (bank_id, organization_id, name, mode, paper_count, duration_minutes, pass_mark, multiple_choice_rule, rules, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
        [bankId, bank.organizationId, dto.name, dto.mode, dto.mode === 'fixed' ? dto.paperCount : null, dto.durationMinutes, dto.passMark, dto.multipleChoiceRule, JSON.stringify(rulesOf(dto)), principal.userId],
      );
      const blueprint = await this.load(em, bankId, id);
      await this.audit.record(em, principal, { action: 'exam_blueprint.create', entityType: 'exam_blueprint', entityId: id, organizationId: bank.organizationId, after: blueprint });
      return blueprint;
    });
  }

  async list(principal: Principal, bankId: string): Promise<BlueprintResponseDto[]> {
    await this.banks.visibleBank(this.dataSource.manager, principal, bankId);
    const rows: BlueprintRow[] = await this.dataSource.query(`SELECT ${BLUEPRINT_COLUMNS} FROM exam_blueprints bp WHERE bp.bank_id = $1 ORDER BY bp.created_at, bp.id`, [bankId]);
    const bank = await this.activeItems(this.dataSource.manager, bankId);
    return rows.map((row) => toBlueprint(row, bank));
  }

  async get(principal: Principal, bankId: string, id: string): Promise<BlueprintResponseDto> {
    await this.banks.visibleBank(this.dataSource.manager, principal, bankId);
    return this.load(this.dataSource.manager, bankId, id);
  }

  /** A blueprint may change until papers are assembled from it. */
  async update(principal: Principal, bankId: string, id: string, dto: BlueprintDto): Promise<BlueprintResponseDto> {
    checkBlueprint(dto);
    return this.dataSource.transaction(async (em) => {
      const bank = await this.banks.ownBank(em, principal, bankId);
      const before = await this.load(em, bankId, id, true);
      if (before.papers > 0) throw new ConflictError('BLUEPRINT_IN_USE', '已按此方案组卷，方案不能再修改，请新建方案 / Papers were assembled from this blueprint; write a new blueprint instead');
      await em.query(
        `UPDATE exam_blueprints SET name = $3, mode = $4, paper_count = $5, duration_minutes = $6, pass_mark = $7, multiple_choice_rule = $8, rules = $9, updated_at = now()
          WHERE id = $1 AND bank_id = $2`,
        [id, bankId, dto.name, dto.mode, dto.mode === 'fixed' ? dto.paperCount : null, dto.durationMinutes, dto.passMark, dto.multipleChoiceRule, JSON.stringify(rulesOf(dto))],
      );
      const after = await this.load(em, bankId, id);
      await this.audit.record(em, principal, { action: 'exam_blueprint.update', entityType: 'exam_blueprint', entityId: id, organizationId: bank.organizationId, before, after });
      return after;
    });
  }

  /**
   * 卷库: the blueprint's fixed papers A, B…, each drawn from the bank's active items with its own
   * recorded seed, no two the same. Refused, naming every short rule, when the bank cannot make them.
   */
  async assembleFixedPapers(principal: Principal, bankId: string, id: string): Promise<PaperResponseDto[]> {
    return this.dataSource.transaction(async (em) => {
      const bank = await this.banks.ownBank(em, principal, bankId);
      const blueprint = await this.row(em, bankId, id, true);
      if (blueprint.mode !== 'fixed' || blueprint.paper_count === null) {
        throw new ConflictError('PAPERS_PER_CANDIDATE', '千人千卷在编排考场时为每名考生抽取试卷，不预先组卷 / Papers are drawn for each candidate when seats are assigned');
      }
      if (blueprint.papers > 0) throw new ConflictError('PAPERS_EXIST', '此方案的试卷已组成 / The fixed papers of this blueprint are already assembled');
      const items = await this.activeItems(em, bankId);
      const plan = planOf(blueprint);
      const short = shortfalls(plan, items);
      if (short.length > 0) throw notSatisfiable(short);
      const versions = new Map(items.map((i) => [i.id, i.version]));
      const made: { seed: number; items: StoredPaperItem[] }[] = [];
      for (let index = 0; index < blueprint.paper_count; index++) {
        for (let attempt = 0; ; attempt++) {
          const seed = randomSeed();
          const paper = assemblePaper(plan, items, seed);
          const key = paper.map((p) => p.itemId).join();
          if (!made.some((m) => m.items.map((p) => p.itemId).join() === key)) {
            made.push({ seed, items: paper.map((p) => ({ itemId: p.itemId, version: versions.get(p.itemId) as number, kind: p.kind, points: p.points, ruleIndex: p.ruleIndex })) });
            break;
          }
          if (attempt >= MAX_REDRAWS) {
            throw new UnprocessableError('PAPERS_NOT_DISTINCT', '题库中的试题不足以组成互不相同的多套试卷 / The bank leaves too little choice for different papers', [
              { field: 'paperCount', code: 'notDistinct', message: '题库中的试题不足以组成互不相同的多套试卷' },
            ]);
          }
        }
      }
      const ids: string[] = [];
      for (const [index, paper] of made.entries()) {
        const [{ id: paperId }] = await em.query(
          `INSERT INTO exam_papers (blueprint_id, organization_id, label, seed, algorithm, items, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
          [id, bank.organizationId, paperLabel(index), paper.seed, PAPER_ALGORITHM, JSON.stringify(paper.items), principal.userId],
        );
        ids.push(paperId);
      }
      await this.audit.record(em, principal, {
        action: 'exam_paper.assemble',
        entityType: 'exam_blueprint',
        entityId: id,
        organizationId: bank.organizationId,
        after: { papers: made.map((p, i) => ({ id: ids[i], label: paperLabel(i), seed: p.seed, algorithm: PAPER_ALGORITHM, items: p.items.length })) },
      });
      return Promise.all(ids.map((paperId) => this.loadPaper(em, id, paperId)));
    });
  }

  /**
   * The paper of every seat of an online exam session (seats 1…`seatCount`, one row): 卷库 papers
   * alternating A, B… along the row, or 千人千卷 a paper per seat drawn from a new recorded base
   * seed, no two neighbours the same. The blueprint must be one of `organizationId`'s banks, for
   * the occupation and level given; 404 for any other.
   */
  async seatPapers(
    em: EntityManager,
    userId: string,
    organizationId: string,
    blueprintId: string,
    bankMustMatch: { occupationCode: string; rank: string },
    seatCount: number,
  ): Promise<{ blueprint: BlueprintResponseDto; baseSeed: number | null; algorithm: string; seats: { seatNo: number; paperId: string }[] }> {
    const [owned]: { bank_id: string; occupation_code: string; rank: string }[] = await em.query(
      `SELECT bp.bank_id, b.occupation_code, b.rank FROM exam_blueprints bp JOIN question_banks b ON b.id = bp.bank_id WHERE bp.id = $1 AND bp.organization_id = $2 FOR SHARE OF bp`,
      [blueprintId, organizationId],
    );
    if (!owned) throw new NotFoundError('Exam blueprint');
    if (owned.occupation_code !== bankMustMatch.occupationCode || owned.rank !== bankMustMatch.rank) {
      throw new UnprocessableError('BLUEPRINT_NOT_FOR_SESSION', '组卷方案所属题库的职业或等级与考场不符 / The blueprint’s bank is for another occupation or level', [
        { field: 'blueprintId', code: 'otherOccupationOrLevel', message: '题库的职业或等级与本考场的考生不符' },
      ]);
    }
    const row = await this.row(em, owned.bank_id, blueprintId);
    const grid = { seats: seatCount, columns: seatCount };
    if (row.mode === 'fixed') {
      const papers: { id: string }[] = await em.query(`SELECT id FROM exam_papers WHERE blueprint_id = $1 AND label IS NOT NULL ORDER BY label`, [blueprintId]);
      if (papers.length < 2) throw new ConflictError('PAPERS_NOT_ASSEMBLED', '卷库方式须先组成A、B卷 / Assemble the fixed papers A, B… first');
      const seats = assignFixedPapers(papers.length, grid).map((index, seat) => ({ seatNo: seat + 1, paperId: papers[index].id }));
      return { blueprint: toBlueprint(row, []), baseSeed: null, algorithm: PAPER_ALGORITHM, seats };
    }
    const items = await this.activeItems(em, owned.bank_id);
    const plan = planOf(row);
    const short = shortfalls(plan, items);
    if (short.length > 0) throw notSatisfiable(short);
    const baseSeed = randomSeed();
    let drawn;
    try {
      drawn = drawSeatPapers(plan, items, baseSeed, grid);
    } catch (error) {
      if (!(error instanceof PapersNotDistinct)) throw error;
      throw new UnprocessableError('PAPERS_NOT_DISTINCT', '题库中的试题不足以让相邻座位的试卷互不相同 / The bank leaves too little choice for neighbours to differ', [
        { field: 'blueprintId', code: 'notDistinct', message: '题库中的试题不足以让相邻座位的试卷互不相同' },
      ]);
    }
    const versions = new Map(items.map((i) => [i.id, i.version]));
    // Ids made here, so each seat knows its paper without relying on the order rows come back in.
    const stored = drawn.map((d) => ({
      id: randomUUID(),
      seed: d.seed,
      items: d.items.map((p) => ({ itemId: p.itemId, version: versions.get(p.itemId) as number, kind: p.kind, points: p.points, ruleIndex: p.ruleIndex })),
    }));
    await em.query(
      `INSERT INTO exam_papers (id, blueprint_id, organization_id, label, seed, algorithm, items, created_by)
       SELECT x.id, $1, $2, NULL, x.seed, $3, x.items, $4 FROM jsonb_to_recordset($5::jsonb) AS x(id uuid, seed bigint, items jsonb)`,
      [blueprintId, organizationId, PAPER_ALGORITHM, userId, JSON.stringify(stored)],
    );
    const ids = stored.map((x) => ({ id: x.id }));
    return { blueprint: toBlueprint(row, items), baseSeed, algorithm: PAPER_ALGORITHM, seats: ids.map((r, i) => ({ seatNo: i + 1, paperId: r.id })) };
  }

  async listPapers(principal: Principal, bankId: string, id: string): Promise<PaperResponseDto[]> {
    await this.banks.visibleBank(this.dataSource.manager, principal, bankId);
    await this.row(this.dataSource.manager, bankId, id);
    const rows: { id: string }[] = await this.dataSource.query(`SELECT id FROM exam_papers WHERE blueprint_id = $1 ORDER BY label, created_at, id`, [id]);
    return Promise.all(rows.map((r) => this.loadPaper(this.dataSource.manager, id, r.id)));
  }

  private async loadPaper(em: EntityManager, blueprintId: string, paperId: string): Promise<PaperResponseDto> {
    const [paper] = await em.query(`SELECT id, blueprint_id, label, seed, algorithm, items, created_at FROM exam_papers WHERE id = $1 AND blueprint_id = $2`, [paperId, blueprintId]);
    if (!paper) throw new NotFoundError('Exam paper');
    const stored: StoredPaperItem[] = paper.items;
    // The content each item had in the version the paper kept, whatever the bank holds now.
    const contents: { item_id: string; version: number; stem: string; options: string[]; answer_key: AnswerKey }[] = await em.query(
      `SELECT v.item_id, v.version, v.stem, v.options, v.answer_key FROM question_item_versions v
         JOIN jsonb_to_recordset($1::jsonb) AS p("itemId" uuid, version int) ON p."itemId" = v.item_id AND p.version = v.version`,
      [JSON.stringify(stored)],
    );
    const byKey = new Map(contents.map((c) => [`${c.item_id}:${c.version}`, c]));
    return {
      id: paper.id,
      blueprintId: paper.blueprint_id,
      label: paper.label,
      seed: Number(paper.seed),
      algorithm: paper.algorithm,
      totalPoints: stored.reduce((sum, i) => sum + Math.round(i.points * 10), 0) / 10,
      items: stored.map((item, index) => {
        const content = byKey.get(`${item.itemId}:${item.version}`);
        if (!content) throw new Error(`paper ${paper.id} refers to a missing item version ${item.itemId}@${item.version}`);
        return { number: index + 1, itemId: item.itemId, version: item.version, kind: item.kind, points: item.points, stem: content.stem, options: content.options, answer: answerText({ key: content.answer_key }) };
      }),
      createdAt: new Date(paper.created_at).toISOString(),
    };
  }

  private async activeItems(em: EntityManager, bankId: string): Promise<(BankItemRef & { version: number })[]> {
    const rows: { id: string; version: number; knowledge_point: string; kind: ItemKind; difficulty: number }[] = await em.query(
      `SELECT id, version, knowledge_point, kind, difficulty FROM question_items WHERE bank_id = $1 AND status = 'active'`,
      [bankId],
    );
    return rows.map((r) => ({ id: r.id, version: r.version, knowledgePoint: r.knowledge_point, kind: r.kind, difficulty: Number(r.difficulty) }));
  }

  private async row(em: EntityManager, bankId: string, id: string, lock = false): Promise<BlueprintRow> {
    const [row] = await em.query(`SELECT ${BLUEPRINT_COLUMNS} FROM exam_blueprints bp WHERE bp.id = $1 AND bp.bank_id = $2${lock ? ' FOR UPDATE OF bp' : ''}`, [id, bankId]);
    if (!row) throw new NotFoundError('Exam blueprint');
    return row;
  }

  private async load(em: EntityManager, bankId: string, id: string, lock = false): Promise<BlueprintResponseDto> {
    return toBlueprint(await this.row(em, bankId, id, lock), await this.activeItems(em, bankId));
  }
}

function rulesOf(dto: BlueprintDto): BlueprintRule[] {
  return dto.rules.map((r) => ({ knowledgePoint: r.knowledgePoint.trim(), kind: r.kind, difficulty: r.difficulty ?? null, count: r.count, pointsEach: r.pointsEach }));
}

/** The rules a blueprint must keep beyond each field's own shape: 100 points, no rule twice, A/B needs a count. */
function checkBlueprint(dto: BlueprintDto): void {
  const errors: FieldError[] = validateBlueprint({ passMark: dto.passMark, rules: rulesOf(dto) }).map((p) => ({ field: p.field, code: p.code, message: p.message }));
  if (dto.mode === 'fixed' && dto.paperCount === undefined) errors.push({ field: 'paperCount', code: 'required', message: '卷库方式请填写试卷套数（至少A、B两套）' });
  if (dto.mode === 'per_candidate' && dto.paperCount !== undefined) errors.push({ field: 'paperCount', code: 'notApplicable', message: '千人千卷不设试卷套数' });
  if (errors.length > 0) throw new UnprocessableError('BLUEPRINT_INVALID', '组卷方案有误，请按提示修改 / The blueprint does not make a valid paper', errors);
}

function planOf(row: BlueprintRow): Blueprint {
  return { passMark: Number(row.pass_mark), rules: row.rules };
}

function shortfallMessage(s: ShortfallDto): string {
  return `第${s.ruleIndex + 1}条规则（${s.knowledgePoint}，${ITEM_KIND_LABELS[s.kind]}，难度${s.difficulty ?? '不限'}）需要${s.needed}题，题库中已启用的只有${s.available}题`;
}

function notSatisfiable(short: ShortfallDto[]): UnprocessableError {
  return new UnprocessableError(
    'BLUEPRINT_NOT_SATISFIABLE',
    `题库中已启用的试题不足，有${short.length}条规则不能满足 / The bank's active items cannot satisfy ${short.length} rule(s)`,
    short.map((s) => ({ field: `rules[${s.ruleIndex}]`, code: 'short', message: shortfallMessage(s) })),
  );
}

function toBlueprint(row: BlueprintRow, bank: readonly BankItemRef[]): BlueprintResponseDto {
  return {
    id: row.id,
    bankId: row.bank_id,
    name: row.name,
    mode: row.mode,
    modeLabel: PAPER_MODE_LABELS[row.mode],
    paperCount: row.paper_count,
    durationMinutes: row.duration_minutes,
    passMark: Number(row.pass_mark),
    multipleChoiceRule: row.multiple_choice_rule,
    rules: row.rules,
    shortfalls: shortfalls(planOf(row), bank),
    papers: row.papers,
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}
