import { EntityManager } from 'typeorm';
import { loadStandardsReferenceData } from '@skill-ladder/standards';

/**
 * Idempotent loaders of reference data (national standards, the ladder, title mappings...),
 * run after the migrations on every start and into the test template.
 */
export const REFERENCE_DATA: ((em: EntityManager) => Promise<void>)[] = [loadStandardsReferenceData];
