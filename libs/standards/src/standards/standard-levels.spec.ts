import { nationalDefaultStandardLevel, nationalDefaultStandardLevels, sortLevels, StandardLevel, toLevelDefinition, validateStandardLevels } from './standard-levels';

const valid = (): StandardLevel[] => nationalDefaultStandardLevels();
const fields = (levels: unknown) => validateStandardLevels(levels).map((e) => `${e.field}:${e.code}`);

describe('standard level definitions', () => {
  it('accepts the national template for every certificate level', () => {
    expect(validateStandardLevels(valid())).toEqual([]);
    expect(valid().map((l) => l.rank)).toEqual(['L5', 'L4', 'L3', 'L2', 'L1']);
  });

  it('gives 二级 and 一级 a comprehensive review whose rubric weighs education at zero', () => {
    const l2 = nationalDefaultStandardLevel('L2');
    expect(l2.components.map((c) => c.kind)).toEqual(['theory', 'practical', 'comprehensive_review']);
    expect(l2.components.reduce((sum, c) => sum + c.weight, 0)).toBe(100);
    const rubric = l2.components[2].rubric!;
    expect(rubric.find((c) => c.code === 'education')?.weight).toBe(0);
    expect(rubric.reduce((sum, c) => sum + c.weight, 0)).toBe(100);
  });

  it('accepts 特级技师 only alongside 一级/高级技师', () => {
    const special = nationalDefaultStandardLevel('special');
    expect(validateStandardLevels([...valid(), special])).toEqual([]);
    expect(fields([nationalDefaultStandardLevel('L3'), special])).toEqual(['levels:specialWithoutL1']);
  });

  it('reports route problems with their paths, from the eligibility validator', () => {
    const levels = valid();
    (levels[2].routes[1].conditions[0] as { years: number }).years = -1;
    levels[2].routes.push({ ...levels[2].routes[0] });
    expect(fields(levels)).toEqual(['levels[2].routes[1].conditions[0].years:invalidDefinition', 'levels[2].routes[4].code:invalidDefinition']);
  });

  it.each([
    ['a pass mark below 60%', (l: StandardLevel[]) => (l[0].components[0].passMark = 59), 'levels[0].components[0].passMark:belowNational'],
    ['a pass mark above the maximum', (l: StandardLevel[]) => (l[0].components[0].passMark = 101), 'levels[0].components[0].passMark:range'],
    ['weights not adding up to 100', (l: StandardLevel[]) => (l[1].components[1].weight = 60), 'levels[1].components:weightsSum'],
    ['an even practical panel', (l: StandardLevel[]) => (l[0].components[1].minEvaluators = 4), 'levels[0].components[1].minEvaluators:oddCount'],
    ['two practical evaluators', (l: StandardLevel[]) => (l[0].components[1].minEvaluators = 1), 'levels[0].components[1].minEvaluators:belowNational'],
    ['more than 5 candidates per practical evaluator', (l: StandardLevel[]) => (l[0].components[1].candidatesPerEvaluator = 6), 'levels[0].components[1].candidatesPerEvaluator:belowNational'],
    ['a missing theory exam', (l: StandardLevel[]) => (l[0].components = [{ ...l[0].components[1], weight: 100 }]), 'levels[0].components:requiredComponents'],
    ['a duplicate rank', (l: StandardLevel[]) => (l[1].rank = 'L5'), 'levels[1].rank:duplicate'],
    ['an unknown field', (l: StandardLevel[]) => Object.assign(l[0], { extra: 1 }), 'levels[0].extra:unknownField'],
    ['carry-over beyond 10 years', (l: StandardLevel[]) => (l[0].carryOverYears = 11), 'levels[0].carryOverYears:range'],
    ['no routes', (l: StandardLevel[]) => (l[0].routes = []), 'levels[0].routes:arrayNotEmpty'],
    ['rubric weights not adding up', (l: StandardLevel[]) => (l[3].components[2].rubric![0].weight = 10), 'levels[3].components[2].rubric:weightsSum'],
  ])('rejects %s', (_name, mutate, expected) => {
    const levels = valid();
    mutate(levels);
    expect(fields(levels)).toContain(expected);
  });

  it('rejects what is not a list of levels', () => {
    expect(fields({})).toEqual(['levels:isArray']);
    expect(fields([])).toEqual(['levels:arrayNotEmpty']);
    expect(fields([null])).toContain('levels[0]:isObject');
  });

  it('sorts levels up the ladder and builds the engine definition for the standard’s occupation', () => {
    const sorted = sortLevels([nationalDefaultStandardLevel('L1'), nationalDefaultStandardLevel('L5')]);
    expect(sorted.map((l) => l.rank)).toEqual(['L5', 'L1']);
    const definition = toLevelDefinition({ ...sorted[0], relatedOccupationCodes: ['6-18-01-02'] }, '6-18-01-01');
    expect(definition).toMatchObject({ rank: 'L5', occupationCode: '6-18-01-01', relatedOccupationCodes: ['6-18-01-02'] });
    expect(definition.routes).not.toBe(sorted[0].routes);
  });
});
