import { useEffect, useRef } from 'react'

type Flush = () => Promise<void>

const flushes = new Set<Flush>()

/**
 * Work that must reach the core before the session ends — above all, a draft being typed. The
 * shell awaits every registered flush before it locks or logs out (button or idle timeout), so
 * nothing typed is lost to a lock.
 */
export function useBeforeLock(flush: Flush): void {
  const latest = useRef(flush)
  useEffect(() => {
    latest.current = flush
  }, [flush])
  useEffect(() => {
    const registered: Flush = () => latest.current()
    flushes.add(registered)
    return () => {
      flushes.delete(registered)
    }
  }, [])
}

/** Runs every flush; one that fails does not stop the others or the lock. */
export async function flushBeforeLock(): Promise<void> {
  await Promise.allSettled([...flushes].map((flush) => flush()))
}
