import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, ApiError } from './api';
import { live } from './liveClient';
import type { Role, Session } from './types';

interface SessionState {
  /** undefined while the app asks who is signed in; null when nobody is. */
  user: Session | null | undefined;
  signIn(username: string, password: string): Promise<Session>;
  signOut(): Promise<void>;
  hasRole(...roles: Role[]): boolean;
}

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<Session | null | undefined>(undefined);

  useEffect(() => {
    let cancelled = false;
    api.get<Session>('/api/session')
      .then((session) => { if (!cancelled) setUser(session); })
      .catch(() => { if (!cancelled) setUser(null); })
      .finally(() => live.start());
    api.onUnauthorised(() => {
      setUser(null);
      void live.restart();
    });
    return () => { cancelled = true; };
  }, []);

  const signIn = useCallback(async (username: string, password: string) => {
    const session = await api.post<Session>('/api/session', { username, password });
    setUser(session);
    await live.restart();
    return session;
  }, []);

  const signOut = useCallback(async () => {
    try {
      await api.delete('/api/session');
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
    }
    setUser(null);
    await live.restart();
  }, []);

  const value = useMemo<SessionState>(() => ({
    user,
    signIn,
    signOut,
    hasRole: (...roles: Role[]) => !!user && roles.includes(user.role),
  }), [user, signIn, signOut]);

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession outside SessionProvider');
  return state;
}
