export * from './rules';
export * from './draw';
export * from './evaluations.module';
export * from './bodies/filing-status';
export * from './bodies/evaluation-bodies.service';
export * from './evaluators/evaluators.service';
export * from './evaluators/evaluator-draw.service';
