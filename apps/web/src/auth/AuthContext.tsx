import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, unwrap } from '../api/client';
import { onSessionChange, refresh, currentToken, signOut } from './session';
import { ROLE_HOME, usableRoles, type Me, type Role } from './roles';

interface AuthState {
  /** null while the session is being restored from the cookie. */
  signedIn: boolean | null;
  me: Me | undefined;
  role: Role | null;
  roles: Role[];
  switchRole(role: Role): void;
  signOut(): Promise<void>;
}

const AuthContext = createContext<AuthState | null>(null);
const ROLE_KEY = 'skill-ladder.role';

export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [signedIn, setSignedIn] = useState<boolean | null>(currentToken() ? true : null);
  const [chosen, setChosen] = useState<Role | null>(() => sessionStorage.getItem(ROLE_KEY) as Role | null);

  useEffect(() => {
    const off = onSessionChange((value) => {
      setSignedIn(value);
      if (!value) queryClient.clear();
    });
    // A reload keeps no access token: the refresh cookie restores the session if it is still valid.
    if (signedIn === null) void refresh().then((ok) => setSignedIn(ok));
    return () => {
      off();
    };
  }, []);

  const meQuery = useQuery({ queryKey: ['me'], enabled: signedIn === true, queryFn: async () => unwrap(await api.GET('/api/v1/me')), staleTime: 5 * 60_000 });
  const me = meQuery.data;
  const roles = useMemo(() => (me ? usableRoles(me) : []), [me]);
  const role = chosen && roles.includes(chosen) ? chosen : (roles[0] ?? null);

  const switchRole = useCallback((next: Role) => {
    sessionStorage.setItem(ROLE_KEY, next);
    setChosen(next);
  }, []);

  const value: AuthState = {
    signedIn,
    me,
    role,
    roles,
    switchRole,
    signOut: async () => {
      sessionStorage.removeItem(ROLE_KEY);
      await signOut();
    },
  };
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth outside AuthProvider');
  return value;
}

export function homeOf(role: Role | null): string {
  return role ? ROLE_HOME[role] : '/login';
}
