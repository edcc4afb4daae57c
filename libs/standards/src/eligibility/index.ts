/** Eligibility (申报条件): rules as data, evaluated by a pure engine that explains its answer. */
export * from './ladder';
export * from './types';
export { describeCondition } from './condition-labels';
export { evaluateEligibility } from './engine';
export { validateLevelDefinition } from './validate';
export type { DefinitionIssue } from './validate';
