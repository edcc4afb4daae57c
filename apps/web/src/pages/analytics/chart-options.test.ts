import { describe, expect, it } from 'vitest';
import { barHeight, barOption } from './chart-options';

const font = "'Noto Sans SC', sans-serif";
type Item = { value: number; itemStyle: { color: string }; label: { position: string } };

describe('barOption', () => {
  it('draws deviations on both sides of zero: stricter red to the left, labelled on their own side, the axis symmetric', () => {
    const option = barOption({ categories: ['高建华', '孙立新', '赵国强'], series: [{ name: '差', values: [-1.67, 0, 1.67] }], unit: '分', signed: true, fontFamily: font });
    const data = (option.series as { data: Item[] }[])[0].data;
    expect(data.map((d) => [d.value, d.itemStyle.color, d.label.position])).toEqual([
      [-1.67, '#b91c1c', 'left'],
      [0, '#6b7280', 'right'],
      [1.67, '#b45309', 'right'],
    ]);
    expect(option.xAxis).toMatchObject({ min: -3, max: 3 });
  });

  it('caps shares at 100 %, counts whole people, and leaves room for the longest Chinese name', () => {
    const shares = barOption({ categories: ['焊工'], series: [{ name: '持证率', values: [20] }], unit: '%', fontFamily: font });
    expect(shares.xAxis).toMatchObject({ max: 100 });
    const people = barOption({ categories: ['无职业技能等级', '四级/中级工'], series: [{ name: '人数', values: [8, 2] }], unit: '人', fontFamily: font });
    expect(people.xAxis).toMatchObject({ minInterval: 1, max: undefined });
    expect(people.grid).toMatchObject({ left: 7 * 13 + 16 });
    expect(people.textStyle).toEqual({ fontFamily: font });
    expect(people.legend).toBeUndefined();
  });

  it('gives every category row room for its bars', () => {
    expect(barHeight(8)).toBeGreaterThanOrEqual(8 * 30);
    expect(barHeight(2, 3)).toBeGreaterThan(barHeight(2, 1));
  });
});
