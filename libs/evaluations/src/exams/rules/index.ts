export * from './exam-clock';
export * from './item-kinds';
export * from './item-scoring';
export * from './paper-assembly';
export * from './stem-fingerprint';
export * from './item-content';
export * from './seating';
export * from './attempt-rules';
