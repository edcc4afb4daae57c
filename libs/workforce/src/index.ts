export * from './workforce.module';
export * from './workers.service';
export * from './workers.reader';
export * from './worker-record';
export * from './worker-mapper';
export * from './workforce-scope';
export * from './import/worker-import.service';
export { parseWorkerLines } from './import/worker-sheet';
export { PersonPhotoReader } from './photos/person-photo-reader';
