export * from './draw';
export * from './panel-size';
export * from './prng';
export * from './ranks';
export * from './recusal';
