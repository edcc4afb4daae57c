import { jsonShapeProblem, MAX_JSON_DEPTH, MAX_JSON_WIDTH } from './json-shape';

describe('jsonShapeProblem', () => {
  const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

  it.each([
    ['{}', null],
    ['{"a":[1,2,{"b":"x"}]}', null],
    [nested(MAX_JSON_DEPTH), null],
    [nested(MAX_JSON_DEPTH + 1), `JSON nests deeper than ${MAX_JSON_DEPTH} levels`],
    // brackets, braces and commas inside strings are text, not structure
    [JSON.stringify({ a: '[[[[{{{{,,,,"\\' + '['.repeat(100) }), null],
    [`[${Array(MAX_JSON_WIDTH).fill(0).join(',')}]`, null],
    [`[${Array(MAX_JSON_WIDTH + 1).fill(0).join(',')}]`, `A JSON array or object has more than ${MAX_JSON_WIDTH} entries`],
  ])('%#: %s', (text, expected) => {
    expect(jsonShapeProblem(text)).toBe(expected);
    expect(jsonShapeProblem(Buffer.from(text))).toBe(expected);
  });

  it('answers a 200 KB body of 100,000 open brackets at once', () => {
    const started = process.hrtime.bigint();
    expect(jsonShapeProblem('['.repeat(100_000))).toMatch(/deeper/);
    expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(50);
  });
});
