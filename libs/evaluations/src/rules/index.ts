export * from './certificate-number';
export * from './pass-rule';
export * from './score-aggregation';
