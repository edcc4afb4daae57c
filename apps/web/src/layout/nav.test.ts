import { describe, expect, it } from 'vitest';
import { isCurrent, NAV } from './nav';

const worker = (label: string) => NAV.worker.find((i) => i.label === label)!;

describe('isCurrent: which navigation entry a page belongs to', () => {
  it('an entry is current on its own page and the pages below it', () => {
    expect(isCurrent(worker('职业通道'), '/worker/career')).toBe(true);
    expect(isCurrent(worker('公示'), '/worker/publicity/5f0c')).toBe(true);
    expect(isCurrent(worker('职业通道'), '/worker/credentials')).toBe(false);
  });

  it('a worker’s application is under 报名认定 and an exam attempt under 机考, and under nothing else', () => {
    expect(NAV.worker.filter((i) => isCurrent(i, '/worker/applications/1b2c')).map((i) => i.label)).toEqual(['报名认定']);
    expect(NAV.worker.filter((i) => isCurrent(i, '/worker/exam-attempts/9f')).map((i) => i.label)).toEqual(['机考']);
  });

  it('a path that only starts with the same letters is not the entry’s page', () => {
    expect(isCurrent(worker('机考'), '/worker/examsx')).toBe(false);
  });
});
