export * from './certificate-fields';
export * from './certificates.service';
export * from './issue-input';
export * from './verifiable-credential';
export * from './status-list';
