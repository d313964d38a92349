import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import type { ChannelOutput, SessionDto } from '@shared/contract'
import { call, onCallError } from '../api'
import { flushBeforeLock } from './beforeLock'

export type AppStatus = ChannelOutput<'app.status'>

interface AppSessionValue {
  status: AppStatus | null
  /** The username of whoever was logged in before the lock, for the lock screen. */
  lastUsername: string | null
  refresh(): Promise<void>
  /** After login, setup, recovery or a password change: the core's new view of the session. */
  sessionChanged(session: SessionDto): void
  lock(reason?: 'button' | 'idle'): Promise<void>
  logout(): Promise<void>
}

const AppSessionContext = createContext<AppSessionValue | null>(null)

export function AppSessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient()
  const [status, setStatus] = useState<AppStatus | null>(null)
  const [lastUsername, setLastUsername] = useState<string | null>(null)

  const refresh = useCallback(async () => {
    const result = await call('app.status', {})
    if (result.ok) {
      setStatus(result.value)
      if (result.value.state !== 'unlocked') queryClient.clear()
    }
  }, [queryClient])

  const sessionChanged = useCallback(
    (session: SessionDto) => {
      setLastUsername(session.user.username)
      setStatus((s) => (s ? { ...s, state: 'unlocked', session } : s))
      void refresh()
    },
    [refresh]
  )

  // Locking drops every record the renderer holds before the lock screen shows.
  const lock = useCallback(
    async (reason: 'button' | 'idle' = 'button') => {
      await flushBeforeLock()
      queryClient.clear()
      await call('auth.lock', { reason })
      await refresh()
    },
    [queryClient, refresh]
  )

  const logout = useCallback(async () => {
    await flushBeforeLock()
    queryClient.clear()
    setLastUsername(null)
    // The next person starts at home, not on the page the last one left open.
    window.location.hash = '#/'
    await call('auth.logout', {})
    await refresh()
  }, [queryClient, refresh])

  useEffect(() => {
    void call('app.status', {}).then((result) => {
      if (result.ok) setStatus(result.value)
    })
    return onCallError((error) => {
      if (error.code === 'LOCKED' || error.code === 'UNAUTHENTICATED') {
        queryClient.clear()
        void refresh()
      }
    })
  }, [refresh, queryClient])

  const value = useMemo(
    () => ({ status, lastUsername, refresh, sessionChanged, lock, logout }),
    [status, lastUsername, refresh, sessionChanged, lock, logout]
  )
  return <AppSessionContext.Provider value={value}>{children}</AppSessionContext.Provider>
}

export function useAppSession(): AppSessionValue {
  const value = useContext(AppSessionContext)
  if (!value) throw new Error('useAppSession outside AppSessionProvider')
  return value
}

/** The logged-in session; only for components rendered inside the unlocked shell. */
export function useSession(): SessionDto {
  const session = useAppSession().status?.session
  if (!session) throw new Error('useSession without a session')
  return session
}
