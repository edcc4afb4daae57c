import * as ts from 'typescript';
import { Lib, parse } from './architecture';

/**
 * How each lib reaches its tables: one style per lib (issue 13). `sql` libs write SQL (named or
 * positional parameters) and use no repositories or entity-manager entity calls; `entities` libs
 * use TypeORM repositories and query builders, and keep the SQL that cannot be written that way
 * (batched reads for other libs, locks, fragments) in their readers and repositories.
 */
export const DATA_ACCESS: Record<Lib, 'sql' | 'entities' | 'none'> = {
  vocabulary: 'none',
  platform: 'sql',
  identity: 'sql',
  workforce: 'sql',
  standards: 'entities',
  evaluations: 'sql',
  promotions: 'entities',
};

/** Where an `entities` lib keeps its SQL: readers, repositories, access policies and SQL fragments, and reference-data loaders. */
export const SQL_HOMES = /(\.reader|\.repository|-reader|-repository|-scope|-sql)\.ts$|\/reference-data\//;

/** Entity-manager calls that take an entity class first (`em.findOneBy(Standard, …)`). */
const MANAGER_ENTITY_CALLS = new Set([
  'find',
  'findBy',
  'findOne',
  'findOneBy',
  'findOneOrFail',
  'findOneByOrFail',
  'findAndCount',
  'count',
  'countBy',
  'exists',
  'existsBy',
  'save',
  'insert',
  'update',
  'upsert',
  'delete',
  'remove',
  'create',
  'merge',
  'increment',
  'decrement',
]);
/** What reaches rows through entities: a repository or a query builder. */
const REPOSITORY_CALLS = new Set(['getRepository', 'createQueryBuilder', 'InjectRepository', 'withRepository']);
/** What sends SQL text. */
const SQL_CALLS = new Set(['namedQuery', 'updateReturning', 'pageQuery']);

export interface AccessUse {
  kind: 'sql' | 'entities';
  line: number;
  text: string;
}

const isManager = (node: ts.Expression): boolean => {
  const text = node.getText();
  return /(^|\.)(em|manager|entityManager)$/.test(text);
};

/** The data-access calls of a file: SQL sent (`.query(`, `namedQuery`) and entity access (repositories, query builders, `em.save(Entity, …)`). */
export function dataAccessIn(file: string): AccessUse[] {
  const source = parse(file);
  const uses: AccessUse[] = [];
  const add = (kind: AccessUse['kind'], node: ts.Node) => {
    const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    // `em.getRepository(X).createQueryBuilder()` is one use, on one line.
    if (!uses.some((u) => u.line === line && u.kind === kind)) uses.push({ kind, line, text: node.getText().split('\n')[0].slice(0, 80) });
  };
  source.forEachChild(function visit(node): void {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : null;
      if (name && SQL_CALLS.has(name)) add('sql', node);
      else if (name === 'query' && ts.isPropertyAccessExpression(callee) && /(^|\.)(em|manager|entityManager|dataSource|db|runner|queryRunner|connection)$/.test(callee.expression.getText())) add('sql', node);
      else if (name && REPOSITORY_CALLS.has(name)) add('entities', node);
      else if (name && MANAGER_ENTITY_CALLS.has(name) && ts.isPropertyAccessExpression(callee) && isManager(callee.expression)) {
        const first = node.arguments[0];
        if (first && ts.isIdentifier(first) && /^[A-Z]/.test(first.text)) add('entities', node);
      }
    }
    node.forEachChild(visit);
  });
  return uses;
}
