import { divideRounded, fromScaled, toScaled } from '@skill-ladder/vocabulary';
import { readSheetLines } from '@skill-ladder/platform';
import { hasDecimals, INPUT_DECIMALS } from './score-sheet-rules';

/*
 * Theory scores from the exam system (理论考试成绩导入): an XLSX with a header row naming the
 * admission ticket (准考证号) and the score (成绩) columns, one candidate per row. Every row is
 * checked and reported with the row number the spreadsheet shows.
 */

export const MAX_THEORY_ROWS = 5000;

export interface TheoryRow {
  row: number;
  ticketNumber: string;
  score: number;
}

export interface TheorySheetError {
  row: number;
  ticketNumber: string | null;
  code: string;
  message: string;
}

export interface ParsedTheorySheet {
  rows: TheoryRow[];
  errors: TheorySheetError[];
  /** The sheet as a whole cannot be read (no header, a missing column, too many rows). */
  fatal: boolean;
}

const TICKET_HEADERS = ['准考证号', '准考证', 'ticket'];
const SCORE_HEADERS = ['成绩', '分数', '得分', 'score'];

/** Header cells → the two columns' indexes, or null for a missing one. */
export function mapTheoryHeaders(headers: readonly string[]): { ticket: number | null; score: number | null } {
  const find = (words: string[], skip: number | null) => {
    const index = headers.findIndex((h, i) => i !== skip && words.some((w) => h.trim().toLowerCase().includes(w)));
    return index >= 0 ? index : null;
  };
  const ticket = find(TICKET_HEADERS, null);
  return { ticket, score: find(SCORE_HEADERS, ticket) };
}

/** Parses the text of the non-empty rows; the first is the header. A ticket twice is reported on the later row. */
export function parseTheoryLines(lines: readonly { row: number; cells: readonly string[] }[], maxScore: number): ParsedTheorySheet {
  const [header, ...body] = lines;
  if (!header) return { rows: [], errors: [{ row: 1, ticketNumber: null, code: 'empty', message: '文件中没有数据 / the sheet is empty' }], fatal: true };
  const columns = mapTheoryHeaders(header.cells);
  const missing = [
    ...(columns.ticket === null ? ['准考证号'] : []),
    ...(columns.score === null ? ['成绩'] : []),
  ];
  if (missing.length > 0) {
    return {
      rows: [],
      errors: missing.map((m) => ({ row: header.row, ticketNumber: null, code: 'missingColumn', message: `第${header.row}行：缺少「${m}」列 / missing column` })),
      fatal: true,
    };
  }
  if (body.length > MAX_THEORY_ROWS) {
    return { rows: [], errors: [{ row: body[MAX_THEORY_ROWS].row, ticketNumber: null, code: 'tooManyRows', message: `一次最多导入${MAX_THEORY_ROWS}行 / at most ${MAX_THEORY_ROWS} rows` }], fatal: true };
  }
  const rows: TheoryRow[] = [];
  const errors: TheorySheetError[] = [];
  const firstRow = new Map<string, number>();
  for (const line of body) {
    const ticketNumber = (line.cells[columns.ticket as number] ?? '').trim();
    const scoreText = (line.cells[columns.score as number] ?? '').trim();
    const add = (code: string, text: string) => errors.push({ row: line.row, ticketNumber: ticketNumber || null, code, message: `第${line.row}行：${text}` });
    if (!ticketNumber) {
      add('ticketRequired', '准考证号不能为空 / the ticket number is required');
      continue;
    }
    const score = Number(scoreText);
    if (!scoreText || !Number.isFinite(score)) {
      add('scoreInvalid', '成绩须为数字 / the score must be a number');
      continue;
    }
    if (score < 0 || score > maxScore) {
      add('scoreRange', `成绩须在 0–${maxScore} 之间 / the score must be between 0 and ${maxScore}`);
      continue;
    }
    if (!hasDecimals(score, INPUT_DECIMALS)) {
      add('scoreDecimals', `成绩最多${INPUT_DECIMALS}位小数 / at most ${INPUT_DECIMALS} decimal`);
      continue;
    }
    const first = firstRow.get(ticketNumber);
    if (first !== undefined) {
      add('duplicateInFile', `准考证号与第${first}行重复 / same ticket as row ${first}`);
      continue;
    }
    firstRow.set(ticketNumber, line.row);
    rows.push({ row: line.row, ticketNumber, score });
  }
  return { rows, errors, fatal: false };
}

/** Reads the first worksheet; throws if the buffer is not a workbook. */
export async function readTheorySheet(buffer: Buffer, maxScore: number): Promise<ParsedTheorySheet> {
  return parseTheoryLines(await readSheetLines(buffer), maxScore);
}

/**
 * The theory component score from a paper's total (a paper is out of 100, in tenths): scaled to
 * the component's maximum and rounded half up to 0.1, so a component out of 100 takes the total
 * as is. The online exam (exams/) hands its paper totals over through this.
 */
export function theoryComponentScore(paperScore: number, maxScore: number): number {
  const paper = toScaled(paperScore, INPUT_DECIMALS, 'paper score');
  const max = toScaled(maxScore, 2, 'max score');
  if (paper < 0n || paper > 1000n) throw new RangeError(`a paper score is 0 to 100, got ${paperScore}`);
  // paper/10 × max/100 ÷ 100, in tenths: paper × max ÷ 10,000.
  return fromScaled(divideRounded(paper * max, 10_000n), INPUT_DECIMALS);
}
