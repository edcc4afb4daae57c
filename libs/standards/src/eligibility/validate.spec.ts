import { validateLevelDefinition } from './validate';

const good = {
  rank: 'L3',
  routes: [
    { code: 'a', kind: 'standard', label: '甲', conditions: [{ kind: 'level_held', rank: 'L4', years: 4, occupationScope: 'related' }] },
    {
      code: 'b',
      kind: 'exceptional',
      label: '乙',
      conditions: [{ kind: 'any_of', conditions: [{ kind: 'honor', minLevel: 'provincial' }, { kind: 'innovation', minCount: 1 }] }],
    },
  ],
};

function withCondition(condition: unknown) {
  return { rank: 'L3', routes: [{ code: 'x', kind: 'standard', label: '丙', conditions: [condition] }] };
}

describe('validateLevelDefinition', () => {
  it('accepts a well-formed definition', () => {
    expect(validateLevelDefinition(good)).toEqual([]);
  });

  it.each([
    ['not an object', null, ''],
    ['unknown rank', { ...good, rank: 'L6' }, 'rank'],
    ['routes missing', { rank: 'L3' }, 'routes'],
    ['duplicate route code', { ...good, routes: [good.routes[0], good.routes[0]] }, 'routes[1].code'],
    ['unknown route kind', { ...good, routes: [{ ...good.routes[0], kind: 'fast_track' }] }, 'routes[0].kind'],
    ['route without conditions', { ...good, routes: [{ ...good.routes[0], conditions: [] }] }, 'routes[0].conditions'],
    ['unknown condition kind', withCondition({ kind: 'blood_type' }), 'routes[0].conditions[0].kind'],
    ['fractional years', withCondition({ kind: 'level_held', rank: 'L4', years: 1.5, occupationScope: 'same' }), 'routes[0].conditions[0].years'],
    ['negative years', withCondition({ kind: 'title_held', grade: 'junior', years: -1 }), 'routes[0].conditions[0].years'],
    ['unknown scope', withCondition({ kind: 'level_held', rank: 'L4', years: 1, occupationScope: 'nearby' }), 'routes[0].conditions[0].occupationScope'],
    ['unknown education level', withCondition({ kind: 'education_min', level: 'phd' }), 'routes[0].conditions[0].level'],
    ['zero training hours', withCondition({ kind: 'training_hours', hours: 0 }), 'routes[0].conditions[0].hours'],
    ['competition without a bound', withCondition({ kind: 'competition_result', tiers: ['enterprise'] }), 'routes[0].conditions[0]'],
    ['competition with an unknown tier', withCondition({ kind: 'competition_result', tiers: ['county'], maxRank: 3 }), 'routes[0].conditions[0].tiers'],
    ['percent over 100', withCondition({ kind: 'competition_result', tiers: ['enterprise'], maxTopPercent: 130 }), 'routes[0].conditions[0].maxTopPercent'],
    ['empty honor kinds', withCondition({ kind: 'honor', kinds: [] }), 'routes[0].conditions[0].kinds'],
    ['innovation count zero', withCondition({ kind: 'innovation', minCount: 0 }), 'routes[0].conditions[0].minCount'],
    ['nested problem in any_of', withCondition({ kind: 'any_of', conditions: [{ kind: 'min_age', years: 16 }, { kind: 'honor', minLevel: 'galactic' }] }), 'routes[0].conditions[0].conditions[1].minLevel'],
    ['interval on an unknown route kind', withCondition({ kind: 'route_interval', routeKind: 'lottery', years: 1 }), 'routes[0].conditions[0].routeKind'],
  ])('reports %s', (_name, input, path) => {
    expect(validateLevelDefinition(input).map((issue) => issue.path)).toContain(path);
  });
});
