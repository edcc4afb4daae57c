export * from './eligibility';
export * from './reference';
