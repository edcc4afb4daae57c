export * from './credit-code';
export * from './region-scope';
export * from './regions';
export * from './resident-id';
export * from './validators';
export * from './common-fields';
export * from './text-input';
export * from './text-checking-validation.pipe';
