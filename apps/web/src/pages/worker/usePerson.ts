import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { useAuth } from '../../auth/AuthContext';

/** The signed-in worker's person id (a worker account always has one; the route guard ensures it). */
export function usePersonId(): string {
  const { me } = useAuth();
  return me?.personId as string;
}

export function useCareerPath() {
  const personId = usePersonId();
  return useQuery({
    queryKey: ['career-path', personId],
    queryFn: async () => unwrap(await api.GET('/api/v1/workers/{id}/career-path', { params: { path: { id: personId } } })),
  });
}

export function useLadder() {
  return useQuery({ queryKey: ['ladder'], staleTime: Infinity, queryFn: async () => unwrap(await api.GET('/api/v1/ladder')) });
}
