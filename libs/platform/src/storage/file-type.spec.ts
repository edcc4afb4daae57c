import { sniffFileType } from './file-type';

describe('sniffFileType', () => {
  it.each([
    [Buffer.from('%PDF-1.7\n...'), 'application/pdf'],
    [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'image/png'],
    [Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), 'image/jpeg'],
    [Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(26), Buffer.from('[Content_Types].xml')]), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    [Buffer.from('MZ\x90\x00 an executable'), null],
    [Buffer.from('<html>%PDF-</html>'), null],
    [Buffer.alloc(0), null],
  ])('recognizes %#', (data, expected) => {
    expect(sniffFileType(data)).toBe(expected);
  });
});
