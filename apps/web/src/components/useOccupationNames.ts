import { useQueries } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';

/** Names of occupation codes from the catalogue (焊工 for 6-18-02-04), each looked up once and kept. */
export function useOccupationNames(codes: readonly string[]): Map<string, string> {
  const unique = [...new Set(codes)].sort();
  const results = useQueries({
    queries: unique.map((code) => ({
      queryKey: ['occupations', code],
      staleTime: Infinity,
      queryFn: async () => unwrap(await api.GET('/api/v1/occupations', { params: { query: { q: code, pageSize: 5 } } })),
    })),
  });
  return new Map(results.flatMap((r) => r.data?.items ?? []).map((o) => [o.code, o.nameZh]));
}
