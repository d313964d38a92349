import { useEffect, useRef } from 'react'
import { call } from '../api'

const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const
/** Tell the core the user is here at most this often (a long note makes no calls while typed). */
const HEARTBEAT_MS = 60_000

/**
 * Locks after `minutes` without keyboard or pointer activity. The core locks too, a little
 * later, in case this page is gone; the heartbeat keeps it from locking a user who is typing.
 */
export function useIdleLock(minutes: number, lock: () => void): void {
  const lastActivity = useRef(0)
  const lastBeat = useRef(0)

  useEffect(() => {
    lastActivity.current = Date.now()
    const onActivity = (): void => {
      const now = Date.now()
      lastActivity.current = now
      if (now - lastBeat.current > HEARTBEAT_MS) {
        lastBeat.current = now
        void call('auth.activity', {})
      }
    }
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, onActivity, { passive: true, capture: true })
    const timer = window.setInterval(() => {
      if (Date.now() - lastActivity.current >= minutes * 60_000) lock()
    }, 5_000)
    return () => {
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, onActivity, { capture: true })
      window.clearInterval(timer)
    }
  }, [minutes, lock])
}
