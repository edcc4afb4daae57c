import { EVALUATIONS_ERROR_CODES } from '@skill-ladder/evaluations';
import { IDENTITY_ERROR_CODES } from '@skill-ladder/identity';
import { ErrorCatalogue, PLATFORM_ERROR_CODES } from '@skill-ladder/platform';
import { PROMOTIONS_ERROR_CODES } from '@skill-ladder/promotions';
import { PUBLICITY_ERROR_CODES } from '@skill-ladder/publicity';
import { STANDARDS_ERROR_CODES } from '@skill-ladder/standards';
import { WORKFORCE_ERROR_CODES } from '@skill-ladder/workforce';

/** Each lib's catalogue, lowest lib first (the order of docs/ARCHITECTURE.md's chain). */
export const LIB_ERROR_CATALOGUES: Readonly<Record<string, ErrorCatalogue>> = {
  platform: PLATFORM_ERROR_CODES,
  identity: IDENTITY_ERROR_CODES,
  workforce: WORKFORCE_ERROR_CODES,
  standards: STANDARDS_ERROR_CODES,
  publicity: PUBLICITY_ERROR_CODES,
  evaluations: EVALUATIONS_ERROR_CODES,
  promotions: PROMOTIONS_ERROR_CODES,
};

/** The libs' catalogues as one; a code declared twice is refused (it belongs to the lowest lib that raises it). */
export function composeCatalogues(catalogues: Readonly<Record<string, ErrorCatalogue>>): ErrorCatalogue {
  const composed: Record<string, ErrorCatalogue[string]> = {};
  const declaredBy = new Map<string, string>();
  for (const [lib, catalogue] of Object.entries(catalogues)) {
    for (const [code, entry] of Object.entries(catalogue)) {
      const earlier = declaredBy.get(code);
      if (earlier) throw new Error(`Error code ${code} is declared by both ${earlier} and ${lib}; keep it in ${earlier}`);
      declaredBy.set(code, lib);
      composed[code] = entry;
    }
  }
  return composed;
}

/** Every problem code the API answers with: the problem filter titles its documents from it. */
export const ERROR_CATALOGUE = composeCatalogues(LIB_ERROR_CATALOGUES);
