import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { useOccupationNames } from './useOccupationNames';

/**
 * What the enterprise is filed to evaluate (its approved filings' occupations × levels), with the
 * occupations' names: the choices a campaign or a question bank may take. The API checks it again.
 */
export function useFiledScope(enabled: boolean) {
  const filings = useQuery({
    queryKey: ['evaluation-bodies', 'approved'],
    enabled,
    queryFn: async () => unwrap(await api.GET('/api/v1/evaluation-bodies', { params: { query: { status: 'approved', pageSize: 50 } } })),
  });
  const scope = (filings.data?.items ?? []).flatMap((f) => f.scope);
  const codes = [...new Set(scope.map((s) => s.occupationCode))];
  const names = useOccupationNames(codes);
  const ranksOf = (occupationCode: string | undefined) =>
    scope.filter((s) => s.occupationCode === occupationCode).flatMap((s) => s.ranks.map((rank, i) => ({ rank, label: s.rankLabels[i] })));
  return { filings, scope, codes, names, ranksOf };
}
