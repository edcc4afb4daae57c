import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  AuditService,
  ConflictError,
  DomainError,
  FieldError,
  ForbiddenError,
  namedQuery,
  NotFoundError,
  Page,
  pageQuery,
  Principal,
  requireOrganization,
  UnprocessableError,
} from '@skill-ladder/platform';
import { organizationSql } from '@skill-ladder/identity';
import { occupationSql } from '@skill-ladder/standards';
import { EvaluationBodiesService } from '../bodies/evaluation-bodies.service';
import { NationalRank } from '../draw/ranks';
import {
  CreateQuestionBankDto,
  ItemDraftDto,
  ItemImportReportDto,
  ItemQueryDto,
  ItemStatus,
  ItemStatusDto,
  ITEM_STATUS_LABELS,
  QuestionBankQueryDto,
  QuestionBankResponseDto,
  QuestionItemResponseDto,
} from './dto/question-bank.dto';
import { answerText, byPlace, placeLabel, readItemFile, writeItemDocument, writeItemSheet } from './item-sheet';
import { ItemContent, parseItemDraft } from './rules/item-content';
import { AnswerKey, ITEM_KIND_LABELS, ItemKind } from './rules/item-kinds';
import { stemFingerprint } from './rules/stem-fingerprint';
import { rankLabel } from '@skill-ladder/vocabulary';

/** Which status an item may move to from each, and whether the move needs a reason. */
const TRANSITIONS: Readonly<Record<ItemStatus, Partial<Record<ItemStatus, { reason: boolean }>>>> = {
  draft: { reviewed: { reason: false }, retired: { reason: true } },
  reviewed: { active: { reason: false }, draft: { reason: true }, retired: { reason: true } },
  active: { retired: { reason: true } },
  retired: {},
};

const BANK_FROM = `FROM question_banks b`;
const BANK_COLUMNS = `b.id, b.organization_id, ${organizationSql.name('b.organization_id')} AS organization_name, b.occupation_code,
  coalesce(${occupationSql.name('b.occupation_code')}, b.occupation_code) AS occupation_name,
  b.rank, b.name, b.created_at,
  (SELECT jsonb_object_agg(s.status, s.n) FROM (SELECT status, count(*)::int AS n FROM question_items i WHERE i.bank_id = b.id GROUP BY status) s) AS item_counts`;
const ITEM_COLUMNS = `i.id, i.bank_id, i.status, i.version, i.kind, i.knowledge_point, i.difficulty, i.stem, i.options, i.answer_key, i.explanation,
  i.updated_by, i.reviewed_by, i.updated_at`;

interface BankRow {
  id: string;
  organization_id: string;
  organization_name: string;
  occupation_code: string;
  occupation_name: string;
  rank: NationalRank;
  name: string;
  created_at: Date;
  item_counts: Partial<Record<ItemStatus, number>> | null;
}

interface ItemRow {
  id: string;
  bank_id: string;
  status: ItemStatus;
  version: number;
  kind: ItemKind;
  knowledge_point: string;
  difficulty: number;
  stem: string;
  options: string[];
  answer_key: AnswerKey;
  explanation: string | null;
  updated_by: string;
  reviewed_by: string | null;
  updated_at: Date;
}

/**
 * 题库: an evaluation body's question banks, per occupation and level within its filed scope, and
 * their items. Items are written by HR, reviewed by another person, then used in papers; editing
 * one makes a new version and sends it back for review.
 */
@Injectable()
export class QuestionBanksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly bodies: EvaluationBodiesService,
  ) {}

  async create(principal: Principal, dto: CreateQuestionBankDto): Promise<QuestionBankResponseDto> {
    if (principal.organizationKind !== 'enterprise') throw new ForbiddenError('QUESTION_BANKS_ENTERPRISE_ONLY', '题库由备案为评价机构的企业建立 / Question banks are kept by enterprises filed as evaluation bodies');
    const organizationId = requireOrganization(principal);
    return this.dataSource.transaction(async (em) => {
      await this.bodies.assertInScope(em, organizationId, dto.occupationCode, [dto.rank]).catch((error: unknown) => {
        // The filing check names the field `ranks` (a campaign has several); a bank has one.
        if (error instanceof DomainError && error.code === 'OUTSIDE_FILED_SCOPE') {
          throw new UnprocessableError(error.code, error.detail ?? error.title, [
            { field: 'rank', code: 'outsideScope', message: `${dto.occupationCode} ${rankLabel(dto.rank)} 不在本机构已备案的评价范围内` },
          ]);
        }
        throw error;
      });
      const [row] = await em.query(
        `INSERT INTO question_banks (organization_id, occupation_code, rank, name, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [organizationId, dto.occupationCode, dto.rank, dto.name, principal.userId],
      );
      const bank = await this.loadBank(em, row.id);
      await this.audit.record(em, principal, { action: 'question_bank.create', entityType: 'question_bank', entityId: bank.id, organizationId, after: bank });
      return bank;
    });
  }

  async list(principal: Principal, q: QuestionBankQueryDto): Promise<Page<QuestionBankResponseDto>> {
    const scope = organizationSql.visibleTo(principal, 'b.organization_id');
    const where = [scope.sql];
    const params: Record<string, unknown> = { ...scope.params };
    if (q.occupationCode) {
      where.push('b.occupation_code = :occupationCode');
      params.occupationCode = q.occupationCode;
    }
    if (q.rank) {
      where.push('b.rank = :rank');
      params.rank = q.rank;
    }
    const { rows, total } = await pageQuery<BankRow>(this.dataSource, { select: BANK_COLUMNS, from: `${BANK_FROM} WHERE ${where.join(' AND ')}`, orderBy: 'b.occupation_code, b.rank, b.name, b.id', params }, q);
    return { items: rows.map(toBank), total, page: q.page, pageSize: q.pageSize };
  }

  async get(principal: Principal, id: string): Promise<QuestionBankResponseDto> {
    await this.visibleBank(this.dataSource.manager, principal, id);
    return this.loadBank(this.dataSource.manager, id);
  }

  async listItems(principal: Principal, bankId: string, q: ItemQueryDto): Promise<Page<QuestionItemResponseDto>> {
    await this.visibleBank(this.dataSource.manager, principal, bankId);
    const where = ['i.bank_id = :bankId'];
    const params: Record<string, unknown> = { bankId };
    if (q.status) {
      where.push('i.status = :status');
      params.status = q.status;
    }
    if (q.kind) {
      where.push('i.kind = :kind');
      params.kind = q.kind;
    }
    if (q.knowledgePoint) {
      where.push('i.knowledge_point = :knowledgePoint');
      params.knowledgePoint = q.knowledgePoint;
    }
    if (q.q) {
      where.push(`strpos(i.stem, :q) > 0`);
      params.q = q.q;
    }
    const { rows, total } = await pageQuery<ItemRow>(this.dataSource, { select: ITEM_COLUMNS, from: `FROM question_items i WHERE ${where.join(' AND ')}`, orderBy: 'i.knowledge_point, i.kind, i.created_at, i.id', params }, q);
    return { items: rows.map(toItem), total, page: q.page, pageSize: q.pageSize };
  }

  async getItem(principal: Principal, bankId: string, itemId: string): Promise<QuestionItemResponseDto> {
    await this.visibleBank(this.dataSource.manager, principal, bankId);
    return toItem(await this.findItem(this.dataSource.manager, bankId, itemId));
  }

  async createItem(principal: Principal, bankId: string, dto: ItemDraftDto): Promise<QuestionItemResponseDto> {
    const content = checkedContent(dto);
    return this.dataSource.transaction(async (em) => {
      const bank = await this.ownBank(em, principal, bankId);
      await this.assertStemFree(em, bankId, content.stem, null);
      const [{ id }] = await em.query(
        `INSERT INTO question_items (bank_id, organization_id, kind, knowledge_point, difficulty, stem, stem_fingerprint, options, answer_key, explanation, created_by, updated_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11) RETURNING id`,
        [bankId, bank.organizationId, content.kind, content.knowledgePoint, content.difficulty, content.stem, stemFingerprint(content.stem), JSON.stringify(content.options), JSON.stringify(content.key), content.explanation, principal.userId],
      );
      await this.keepVersion(em, id, 1, content, principal.userId);
      const item = toItem(await this.findItem(em, bankId, id));
      await this.audit.record(em, principal, { action: 'question_item.create', entityType: 'question_item', entityId: id, organizationId: bank.organizationId, after: item });
      return item;
    });
  }

  /** New content is a new version, back to review; the same content again changes nothing. */
  async updateItem(principal: Principal, bankId: string, itemId: string, dto: ItemDraftDto): Promise<QuestionItemResponseDto> {
    const content = checkedContent(dto);
    return this.dataSource.transaction(async (em) => {
      const bank = await this.ownBank(em, principal, bankId);
      const row = await this.findItem(em, bankId, itemId, true);
      if (row.status === 'retired') throw new ConflictError('ITEM_RETIRED', '已停用的试题不能修改，请新增试题 / A retired item is kept as the papers used it; write a new item instead');
      const before = toItem(row);
      if (sameContent(row, content)) return before;
      await this.assertStemFree(em, bankId, content.stem, itemId);
      const version = row.version + 1;
      await em.query(
        `UPDATE question_items SET kind = $3, knowledge_point = $4, difficulty = $5, stem = $6, stem_fingerprint = $7, options = $8, answer_key = $9, explanation = $10,
                version = $11, status = 'draft', reviewed_by = NULL, updated_by = $12, updated_at = now()
          WHERE id = $1 AND bank_id = $2`,
        [itemId, bankId, content.kind, content.knowledgePoint, content.difficulty, content.stem, stemFingerprint(content.stem), JSON.stringify(content.options), JSON.stringify(content.key), content.explanation, version, principal.userId],
      );
      await this.keepVersion(em, itemId, version, content, principal.userId);
      const after = toItem(await this.findItem(em, bankId, itemId));
      await this.audit.record(em, principal, { action: 'question_item.update', entityType: 'question_item', entityId: itemId, organizationId: bank.organizationId, before, after });
      return after;
    });
  }

  async setItemStatus(principal: Principal, bankId: string, itemId: string, dto: ItemStatusDto): Promise<QuestionItemResponseDto> {
    return this.dataSource.transaction(async (em) => {
      const bank = await this.ownBank(em, principal, bankId);
      const row = await this.findItem(em, bankId, itemId, true);
      const move = TRANSITIONS[row.status][dto.status];
      if (!move) {
        throw new ConflictError('ITEM_STATUS_TRANSITION', `试题当前为“${ITEM_STATUS_LABELS[row.status]}”，不能改为“${ITEM_STATUS_LABELS[dto.status]}” / An item that is ${row.status} cannot become ${dto.status}`);
      }
      if (move.reason && !dto.reason) {
        throw new UnprocessableError('REASON_REQUIRED', '退回或停用试题须说明理由 / Returning or retiring an item needs a reason', [{ field: 'reason', code: 'required', message: '请填写理由' }]);
      }
      if (dto.status === 'reviewed' && row.updated_by === principal.userId) {
        throw new ConflictError('SELF_REVIEW', '审核人不能是本版本的编写人 / An item is reviewed by someone other than the person who wrote this version');
      }
      const before = toItem(row);
      await em.query(
        `UPDATE question_items SET status = $3, reviewed_by = CASE WHEN $3 = 'reviewed' THEN $4::uuid WHEN $3 = 'draft' THEN NULL ELSE reviewed_by END, updated_at = now()
          WHERE id = $1 AND bank_id = $2`,
        [itemId, bankId, dto.status, principal.userId],
      );
      const after = toItem(await this.findItem(em, bankId, itemId));
      await this.audit.record(em, principal, {
        action: `question_item.${dto.status === 'draft' ? 'return' : dto.status === 'reviewed' ? 'review' : dto.status === 'active' ? 'activate' : 'retire'}`,
        entityType: 'question_item',
        entityId: itemId,
        organizationId: bank.organizationId,
        before,
        after,
        reason: dto.reason ?? null,
      });
      return after;
    });
  }

  /**
   * Items from a spreadsheet or a Word document's tables, all or nothing: every row is checked,
   * stems are compared with each other and with the bank's live items, and only a file without a
   * single error is saved.
   */
  async importSheet(principal: Principal, bankId: string, buffer: Buffer, declaredDocx = false): Promise<ItemImportReportDto> {
    const parsed = await readItemFile(buffer, declaredDocx);
    const rows = parsed.dataRows;
    return this.dataSource.transaction(async (em) => {
      const bank = await this.ownBank(em, principal, bankId);
      const errors = [...parsed.errors];
      const fingerprints = parsed.rows.map((r) => stemFingerprint(r.value.stem));
      const taken = new Set<string>(
        (await em.query(`SELECT stem_fingerprint FROM question_items WHERE bank_id = $1 AND status <> 'retired' AND stem_fingerprint = ANY($2::text[])`, [bankId, fingerprints])).map(
          (r: { stem_fingerprint: string }) => r.stem_fingerprint,
        ),
      );
      parsed.rows.forEach((r, i) => {
        if (taken.has(fingerprints[i])) errors.push({ table: r.table, row: r.row, field: 'stem', code: 'duplicateInBank', message: `${placeLabel(r)}「题干」：题库中已有相同题干的试题` });
      });
      errors.sort(byPlace);
      if (errors.length > 0 || parsed.rows.length === 0) return { rows, imported: 0, errors };
      const inserted: { id: string }[] = await em.query(
        `INSERT INTO question_items (bank_id, organization_id, kind, knowledge_point, difficulty, stem, stem_fingerprint, options, answer_key, explanation, created_by, updated_by)
         SELECT $1, $2, r.kind, r.knowledge_point, r.difficulty, r.stem, r.stem_fingerprint, r.options, r.answer_key, r.explanation, $3, $3
           FROM jsonb_to_recordset($4::jsonb) AS r(kind text, knowledge_point text, difficulty smallint, stem text, stem_fingerprint text, options jsonb, answer_key jsonb, explanation text)
         RETURNING id`,
        [bankId, bank.organizationId, principal.userId, JSON.stringify(parsed.rows.map((r, i) => ({ ...columnsOf(r.value), stem_fingerprint: fingerprints[i] })))],
      );
      await em.query(
        `INSERT INTO question_item_versions (item_id, version, kind, knowledge_point, difficulty, stem, options, answer_key, explanation, created_by)
         SELECT i.id, 1, i.kind, i.knowledge_point, i.difficulty, i.stem, i.options, i.answer_key, i.explanation, i.created_by FROM question_items i WHERE i.id = ANY($1::uuid[])`,
        [inserted.map((r) => r.id)],
      );
      await this.audit.record(em, principal, {
        action: 'question_item.import',
        entityType: 'question_bank',
        entityId: bankId,
        organizationId: bank.organizationId,
        after: { imported: inserted.length, itemIds: inserted.map((r) => r.id) },
      });
      return { rows, imported: inserted.length, errors: [] };
    });
  }

  /** The bank's items that are not retired, in the import layout. */
  async exportSheet(principal: Principal, bankId: string): Promise<{ buffer: Buffer; filename: string }> {
    await this.visibleBank(this.dataSource.manager, principal, bankId);
    const bank = await this.loadBank(this.dataSource.manager, bankId);
    const rows: ItemRow[] = await this.dataSource.query(`SELECT ${ITEM_COLUMNS} FROM question_items i WHERE i.bank_id = $1 AND i.status <> 'retired' ORDER BY i.knowledge_point, i.kind, i.created_at, i.id`, [bankId]);
    const buffer = await writeItemSheet(rows.map(contentOf), `${bank.name}（${bank.occupationName} ${bank.rankLabel}）导出`);
    return { buffer, filename: 'question-bank.xlsx' };
  }

  async template(): Promise<Buffer> {
    return writeItemSheet([], '题库导入模板');
  }

  async wordTemplate(): Promise<Buffer> {
    return writeItemDocument('题库导入模板（Word）');
  }

  /** 404 unless the principal may see the bank. */
  async visibleBank(em: EntityManager, principal: Principal, id: string): Promise<void> {
    const scope = organizationSql.visibleTo(principal, 'b.organization_id');
    const [row] = await namedQuery(em, `SELECT b.id FROM question_banks b WHERE b.id = :id AND ${scope.sql}`, { ...scope.params, id });
    if (!row) throw new NotFoundError('Question bank');
  }

  /** A bank of the principal's own enterprise, locked for the change; 404 for any other. */
  async ownBank(em: EntityManager, principal: Principal, id: string): Promise<{ organizationId: string }> {
    const [row] = await em.query(`SELECT organization_id FROM question_banks WHERE id = $1 AND organization_id = $2 FOR UPDATE`, [id, requireOrganization(principal)]);
    if (!row) throw new NotFoundError('Question bank');
    return { organizationId: row.organization_id };
  }

  private async findItem(em: EntityManager, bankId: string, itemId: string, lock = false): Promise<ItemRow> {
    const [row] = await em.query(`SELECT ${ITEM_COLUMNS} FROM question_items i WHERE i.id = $1 AND i.bank_id = $2${lock ? ' FOR UPDATE' : ''}`, [itemId, bankId]);
    if (!row) throw new NotFoundError('Question item');
    return row;
  }

  private async assertStemFree(em: EntityManager, bankId: string, stem: string, exceptItemId: string | null): Promise<void> {
    const [row] = await em.query(`SELECT id FROM question_items WHERE bank_id = $1 AND stem_fingerprint = $2 AND status <> 'retired' AND id IS DISTINCT FROM $3::uuid`, [bankId, stemFingerprint(stem), exceptItemId]);
    if (row) throw new ConflictError('ITEM_STEM_EXISTS', '题库中已有相同题干的试题（忽略空格、标点、全半角和大小写） / The bank already holds an item with the same stem');
  }

  private async keepVersion(em: EntityManager, itemId: string, version: number, content: ItemContent, userId: string): Promise<void> {
    await em.query(
      `INSERT INTO question_item_versions (item_id, version, kind, knowledge_point, difficulty, stem, options, answer_key, explanation, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [itemId, version, content.kind, content.knowledgePoint, content.difficulty, content.stem, JSON.stringify(content.options), JSON.stringify(content.key), content.explanation, userId],
    );
  }

  private async loadBank(em: EntityManager, id: string): Promise<QuestionBankResponseDto> {
    const [row] = await em.query(`SELECT ${BANK_COLUMNS} ${BANK_FROM} WHERE b.id = $1`, [id]);
    if (!row) throw new NotFoundError('Question bank');
    return toBank(row);
  }
}

function checkedContent(dto: ItemDraftDto): ItemContent {
  const { value, problems } = parseItemDraft({ ...dto, options: dto.options });
  if (!value) {
    const errors: FieldError[] = problems.map((p) => ({ field: p.field, code: p.code, message: p.message }));
    throw new UnprocessableError('ITEM_INVALID', '试题内容不完整或前后不一致，请按提示修改 / The item is not complete or not consistent', errors);
  }
  return value;
}

function columnsOf(content: ItemContent) {
  return { kind: content.kind, knowledge_point: content.knowledgePoint, difficulty: content.difficulty, stem: content.stem, options: content.options, answer_key: content.key, explanation: content.explanation };
}

function contentOf(row: ItemRow): ItemContent {
  return { kind: row.kind, knowledgePoint: row.knowledge_point, difficulty: row.difficulty, stem: row.stem, options: row.options, key: row.answer_key, explanation: row.explanation };
}

function sameContent(row: ItemRow, content: ItemContent): boolean {
  return JSON.stringify(columnsOf(contentOf(row))) === JSON.stringify(columnsOf(content));
}

function toBank(row: BankRow): QuestionBankResponseDto {
  const counts = row.item_counts ?? {};
  return {
    id: row.id,
    organizationId: row.organization_id,
    organizationName: row.organization_name,
    occupationCode: row.occupation_code,
    occupationName: row.occupation_name,
    rank: row.rank,
    rankLabel: rankLabel(row.rank),
    name: row.name,
    itemCounts: { draft: counts.draft ?? 0, reviewed: counts.reviewed ?? 0, active: counts.active ?? 0, retired: counts.retired ?? 0 },
    createdAt: new Date(row.created_at).toISOString(),
  };
}

function toItem(row: ItemRow): QuestionItemResponseDto {
  return {
    id: row.id,
    bankId: row.bank_id,
    status: row.status,
    statusLabel: ITEM_STATUS_LABELS[row.status],
    version: row.version,
    kind: row.kind,
    kindLabel: ITEM_KIND_LABELS[row.kind],
    knowledgePoint: row.knowledge_point,
    difficulty: Number(row.difficulty),
    stem: row.stem,
    options: row.options,
    answer: answerText({ key: row.answer_key }),
    explanation: row.explanation,
    updatedBy: row.updated_by,
    reviewedBy: row.reviewed_by,
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}
