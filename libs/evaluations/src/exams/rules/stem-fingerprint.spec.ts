import { normalizeStem, repeatedStems, stemFingerprint } from './stem-fingerprint';

describe('normalizeStem', () => {
  it.each([
    ['焊条的直径是（ ）mm。', '焊条的直径是mm'],
    ['焊条的直径是____ MM', '焊条的直径是mm'],
    ['ＣＯ２气体保护焊的特点是什么？', 'co2气体保护焊的特点是什么'],
    ['  ', ''],
  ])('%j → %j', (stem, expected) => expect(normalizeStem(stem)).toBe(expected));

  it('keeps questions apart that differ in a word or a number', () => {
    expect(stemFingerprint('焊条直径为3.2mm时电流为（ ）A')).not.toBe(stemFingerprint('焊条直径为4.0mm时电流为（ ）A'));
    expect(stemFingerprint('气焊用氧气')).not.toBe(stemFingerprint('气割用氧气'));
    expect(stemFingerprint('焊条的直径是（ ）mm。')).toBe(stemFingerprint('焊条的直径是____ MM'));
    expect(stemFingerprint('x')).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('repeatedStems', () => {
  it('points each repeat at the first row with that stem, ignoring empty stems', () => {
    const repeats = repeatedStems([
      { row: 2, stem: '安全电压是多少？' },
      { row: 3, stem: '电弧的温度' },
      { row: 4, stem: '安全电压是多少' },
      { row: 5, stem: '' },
      { row: 6, stem: ' ' },
      { row: 7, stem: '安全 电压 是 多少 ?' },
    ]);
    expect([...repeats]).toEqual([
      [4, 2],
      [7, 2],
    ]);
  });
});
