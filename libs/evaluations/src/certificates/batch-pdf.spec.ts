import { attachmentDisposition, batchPdfFilename } from './batch-pdf';

describe('batch PDF file name', () => {
  it('is 证书-<campaign name>.pdf, with the level when filtered', () => {
    expect(batchPdfFilename({ name: '2026年焊工四级认定', number: 12 })).toBe('证书-2026年焊工四级认定.pdf');
    expect(batchPdfFilename({ name: '2026年焊工认定', number: 12 }, 'L3')).toBe('证书-2026年焊工认定-L3.pdf');
  });

  it('makes a name with path separators, quotes or control characters safe, and caps it', () => {
    expect(batchPdfFilename({ name: '焊工/电工 "春季"\n认定', number: 3 })).toBe('证书-焊工_电工 _春季_认定.pdf');
    expect(batchPdfFilename({ name: '焊'.repeat(300), number: 3 })).toBe(`证书-${'焊'.repeat(100)}.pdf`);
  });

  it('falls back to the campaign number when nothing of the name is left', () => {
    expect(batchPdfFilename({ name: '///', number: 7 })).toBe('证书-认定计划7.pdf');
  });
});

describe('attachment Content-Disposition (RFC 6266 / 5987)', () => {
  it('carries the Chinese name UTF-8 percent-encoded in filename*, an ASCII stand-in in filename', () => {
    const header = attachmentDisposition('证书-焊工(春季).pdf', 'certificates-7.pdf');
    expect(header).toBe(`attachment; filename="certificates-7.pdf"; filename*=UTF-8''%E8%AF%81%E4%B9%A6-%E7%84%8A%E5%B7%A5%28%E6%98%A5%E5%AD%A3%29.pdf`);
    const encoded = /filename\*=UTF-8''(.+)$/.exec(header)?.[1] as string;
    expect(decodeURIComponent(encoded)).toBe('证书-焊工(春季).pdf');
    // Only RFC 5987 attr-chars are left unencoded.
    expect(encoded).toMatch(/^[A-Za-z0-9!#$&+.^_`|~%-]+$/);
  });

  it('never lets a quote or a non-ASCII character into the plain filename', () => {
    expect(attachmentDisposition('x.pdf', '证"书\\.pdf')).toBe(`attachment; filename="____.pdf"; filename*=UTF-8''x.pdf`);
  });
});
