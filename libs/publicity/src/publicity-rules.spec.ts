import { generateResidentId, maskResidentId } from '@skill-ladder/platform';
import {
  finalizationBlocker,
  FinalizationState,
  fullIdNumberPaths,
  MAX_ENTRIES,
  MAX_PAYLOAD_BYTES,
  noticePhase,
  objectionRefusal,
  openInputErrors,
  OpenInputShape,
  payloadErrors,
  republicationStart,
} from './publicity-rules';

const ID = generateResidentId({ regionCode: '141102', birthDate: '1990-03-07', sequence: 17 });
const PERSON = '7d4f8a52-3c1e-4f0a-9b7d-2e6c1a9f0b11';
const OTHER = '0b5e2f6d-8a4c-4d3b-a1e9-6f7c2d8e9a10';

describe('publicity rules (公示)', () => {
  // Window of a notice published Tue 29 Sep 2026 for 5 working days: ends Sat 10 Oct (make-up working day).
  const notice = { status: 'open' as const, publishedOn: '2026-09-29', endsOn: '2026-10-10' };

  describe('noticePhase', () => {
    it.each([
      ['2026-09-28', 'scheduled'],
      ['2026-09-29', 'open'],
      ['2026-10-03', 'open'],
      ['2026-10-10', 'open'],
      ['2026-10-11', 'closed'],
    ])('on %s the notice is %s', (today, phase) => {
      expect(noticePhase(notice, today)).toBe(phase);
    });

    it('a finalized notice is finalized whatever the day', () => {
      expect(noticePhase({ ...notice, status: 'finalized' }, '2026-10-01')).toBe('finalized');
    });
  });

  describe('objectionRefusal', () => {
    it('takes objections from the publication day through the last day, holidays inside included', () => {
      for (const today of ['2026-09-29', '2026-10-04', '2026-10-10']) expect(objectionRefusal(notice, today)).toBeNull();
    });

    it.each([
      ['2026-09-28', 'PUBLICITY_NOT_STARTED'],
      ['2026-10-11', 'PUBLICITY_WINDOW_CLOSED'],
    ])('on %s answers %s', (today, code) => {
      expect(objectionRefusal(notice, today)?.code).toBe(code);
    });

    it('refuses objections to a finalized notice as closed', () => {
      expect(objectionRefusal({ ...notice, status: 'finalized' }, '2026-10-05')?.code).toBe('PUBLICITY_WINDOW_CLOSED');
    });
  });

  describe('finalizationBlocker', () => {
    const clear: FinalizationState = { ...notice, provisional: false, pendingObjections: 0, entriesAwaitingCorrection: 0 };

    it('allows finalization the day after the window, with nothing pending', () => {
      expect(finalizationBlocker(clear, '2026-10-11')).toBeNull();
    });

    it.each<[string, Partial<FinalizationState>, string, string]>([
      ['on the last day of the window', {}, '2026-10-10', 'PUBLICITY_WINDOW_OPEN'],
      ['before publication', {}, '2026-09-01', 'PUBLICITY_WINDOW_OPEN'],
      ['while the window is provisional', { provisional: true }, '2026-10-12', 'PUBLICITY_WINDOW_PROVISIONAL'],
      ['while an objection is pending', { pendingObjections: 1 }, '2026-10-12', 'OBJECTIONS_PENDING'],
      ['while an upheld entry awaits correction', { entriesAwaitingCorrection: 2 }, '2026-10-12', 'CORRECTIONS_PENDING'],
      ['once finalized', { status: 'finalized' }, '2026-10-12', 'PUBLICITY_FINALIZED'],
      // The first obstacle is named: the window before objections, objections before corrections.
      ['open window and pending objections', { pendingObjections: 3 }, '2026-10-09', 'PUBLICITY_WINDOW_OPEN'],
      ['pending objections and corrections', { pendingObjections: 1, entriesAwaitingCorrection: 1 }, '2026-10-12', 'OBJECTIONS_PENDING'],
    ])('refuses %s', (_label, state, today, code) => {
      expect(finalizationBlocker({ ...clear, ...state }, today)?.code).toBe(code);
    });
  });

  describe('republicationStart', () => {
    it('counts a corrected notice from today', () => {
      expect(republicationStart('2026-10-19', '2026-10-12')).toBe('2026-10-19');
    });
    it('never before the publication day of a notice not yet published', () => {
      expect(republicationStart('2026-10-08', '2026-10-12')).toBe('2026-10-12');
    });
  });

  describe('fullIdNumberPaths', () => {
    it('finds a full ID number anywhere in the payload, by path', () => {
      expect(fullIdNumberPaths({ name: '王建国', ids: [{ value: `身份证 ${ID}` }], note: ID.toLowerCase() })).toEqual([
        'payload.ids[0].value',
        'payload.note',
      ]);
    });

    it('accepts masked IDs, certificate numbers and 18-digit strings with a wrong check digit', () => {
      const wrongCheck = `${ID.slice(0, 17)}${ID[17] === '0' ? '1' : '0'}`;
      expect(fullIdNumberPaths({ maskedId: maskResidentId(ID), certificate: 'Y000014000123261000001', serial: wrongCheck, score: 87.5 })).toEqual([]);
    });

    it('does not take part of a longer digit run for an ID number', () => {
      expect(fullIdNumberPaths({ code: `9${ID}9` })).toEqual([]);
    });
  });

  describe('payloadErrors', () => {
    it.each([null, [], 'text', 3])('refuses %p as a payload', (payload) => {
      expect(payloadErrors(payload, 'payload')).toEqual([expect.objectContaining({ field: 'payload', code: 'notObject' })]);
    });

    it('refuses a payload larger than the limit', () => {
      expect(payloadErrors({ note: 'x'.repeat(MAX_PAYLOAD_BYTES) }, 'payload')[0].code).toBe('tooLarge');
    });
  });

  describe('openInputErrors', () => {
    const valid: OpenInputShape = {
      subjectType: 'campaign_results',
      subjectId: OTHER,
      title: '2026年焊工职业技能等级认定结果公示',
      entries: [{ personId: PERSON, payload: { name: '王建国', maskedId: maskResidentId(ID), level: '三级/高级工', result: '合格' } }],
    };

    it('accepts a well-formed notice, with or without date and length', () => {
      expect(openInputErrors(valid)).toEqual([]);
      expect(openInputErrors({ ...valid, publishedOn: '2026-09-29', workingDays: 7 })).toEqual([]);
    });

    it('reports every problem with its field path', () => {
      const errors = openInputErrors({
        subjectType: 'Campaign Results',
        subjectId: 'c-1',
        title: ' x ',
        publishedOn: '2026-02-30',
        workingDays: 0,
        entries: [
          { personId: PERSON, payload: { name: '王建国', id: ID } },
          { personId: PERSON.toUpperCase(), payload: { name: '李四' } },
          { personId: 'nobody', payload: [] },
        ],
      });
      expect(errors.map((e) => `${e.field}:${e.code}`)).toEqual([
        'subjectType:invalid',
        'subjectId:invalid',
        'title:length',
        'publishedOn:invalidDate',
        'workingDays:outOfRange',
        'entries[0].payload.id:fullIdNumber',
        'entries[1].personId:duplicate',
        'entries[2].personId:invalid',
        'entries[2].payload:notObject',
      ]);
    });

    it.each([31, 2.5])('refuses a window of %p working days', (workingDays) => {
      expect(openInputErrors({ ...valid, workingDays })).toEqual([expect.objectContaining({ field: 'workingDays' })]);
    });

    it('takes a whole large campaign (10,000 results) in one notice, not one more than a level may admit', () => {
      const entry = (i: number) => ({ personId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, payload: { name: '王建国', result: '合格' } });
      expect(openInputErrors({ ...valid, entries: Array.from({ length: 10_000 }, (_, i) => entry(i)) })).toEqual([]);
      expect(openInputErrors({ ...valid, entries: Array.from({ length: MAX_ENTRIES + 1 }, (_, i) => entry(i)) })).toEqual([
        expect.objectContaining({ field: 'entries', code: 'count' }),
      ]);
    });

    it('refuses an empty list', () => {
      expect(openInputErrors({ ...valid, entries: [] })).toEqual([expect.objectContaining({ field: 'entries', code: 'count' })]);
    });
  });
});
