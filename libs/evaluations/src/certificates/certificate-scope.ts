import { organizationInRegion } from '@skill-ladder/identity';
import { definePolicy, everyRow, NOBODY, ownOrganizationRows, ownPersonRows, Principal, scopeOf, SqlFilter } from '@skill-ladder/platform';

/** What the certificates policies need to know of a certificate: its issuing body (and the body's region) and its holder. */
export interface CertificateAccessRow {
  organizationId: string;
  organizationRegion: string;
  personId: string;
}

/**
 * Which certificates (`certificates` under the alias) the scope sees: the platform all; a bureau
 * those of bodies in its region; HR those its evaluation body issued (not those of its workers
 * issued elsewhere); a worker their own. A bureau revokes what it sees, and so does HR.
 */
export const CERTIFICATES = definePolicy<CertificateAccessRow>('certificates', {
  all: everyRow(),
  region: organizationInRegion(),
  organization: ownOrganizationRows(),
  person: ownPersonRows(),
});

/**
 * Which visible certificates print the holder's ID number in full (PDFs): the holder's own, and
 * those HR's evaluation body issued; everyone else reads it masked.
 */
export const CERTIFICATE_FULL_ID_NUMBER = definePolicy<Pick<CertificateAccessRow, 'organizationId' | 'personId'>>('certificate-full-id-number', {
  organization: {
    sql: (c, scope) => ({ sql: `${c}.organization_id = :scopeOrganizationId`, params: { scopeOrganizationId: scope.organizationId ?? NOBODY } }),
    test: (row, scope) => row.organizationId === (scope.organizationId ?? NOBODY),
  },
  person: ownPersonRows(),
});

/** `CERTIFICATES` for a principal, under the name call sites know. */
export function visibleCertificatesWhere(principal: Principal, c = 'c'): SqlFilter {
  return CERTIFICATES.where(scopeOf(principal), c);
}

/** Whether a PDF for this reader shows the full ID number (`CERTIFICATE_FULL_ID_NUMBER`). */
export function printsFullIdNumber(principal: Principal, row: { organization_id: string; person_id: string }): boolean {
  return CERTIFICATE_FULL_ID_NUMBER.allows(scopeOf(principal), { organizationId: row.organization_id, personId: row.person_id });
}
