export * from './workforce.module';
export * from './workers.service';
export * from './worker-record';
export * from './worker-mapper';
export * from './workforce-scope';
