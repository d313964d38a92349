import { useCallback, useEffect, useRef, useState } from 'react'
import type { ChannelOutput } from '@shared/contract'
import type { CallError } from '@shared/errors'
import { call } from '../../../api'
import { useBeforeLock } from '../../../app/beforeLock'
import { draftBuffer } from './draftBuffer'
import type { DraftInput, DraftValues } from './draftValues'

/** Quiet time after the last keystroke before the draft is saved. */
const DEBOUNCE_MS = 800
/** A save that failed for a passing reason is tried again after this. */
const RETRY_MS = 5_000

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  /** `refusal`: the core refused this content (retrying would not help); otherwise it is retried. */
  | { kind: 'failed'; refusal: CallError | null }

interface AutosaveOptions {
  noteId: string
  userId: string
  toInput: (values: DraftValues) => DraftInput
  onSaved: (saved: ChannelOutput<'notes.saveDraft'>) => void
  onRefused: (error: CallError) => void
}

/**
 * Saves the draft ~800 ms after typing stops, on blur, before a lock or logout, and when the
 * editor closes. Saves run one at a time and always send the latest values; until a save
 * succeeds the values stay in the form and in the in-memory buffer.
 */
export function useDraftAutosave({ noteId, userId, toInput, onSaved, onRefused }: AutosaveOptions) {
  const [state, setState] = useState<SaveState>({ kind: 'idle' })
  const pending = useRef<DraftValues | null>(draftBuffer.get(userId, noteId) ?? null)
  const timer = useRef<number | undefined>(undefined)
  const queue = useRef<Promise<boolean>>(Promise.resolve(true))
  const options = useRef({ toInput, onSaved, onRefused })
  useEffect(() => {
    options.current = { toInput, onSaved, onRefused }
  }, [toInput, onSaved, onRefused])

  const stopTimer = () => window.clearTimeout(timer.current)
  // The retry timer calls the latest flush through this ref (a callback cannot name itself).
  const retry = useRef<() => void>(() => undefined)

  /** Saves what is pending (if anything); resolves true when nothing is left unsaved. */
  const flush = useCallback((): Promise<boolean> => {
    stopTimer()
    queue.current = queue.current.then(async () => {
      const values = pending.current
      if (!values) return true
      setState({ kind: 'saving' })
      const result = await call('notes.saveDraft', options.current.toInput(values)).catch(() => null)
      if (result?.ok) {
        // Typing may have gone on during the save; only what was sent counts as saved.
        if (pending.current === values) {
          pending.current = null
          draftBuffer.drop(userId, noteId)
        }
        setState({ kind: 'saved', at: result.value.updatedAt })
        options.current.onSaved(result.value)
        return pending.current === null
      }
      const error = result && !result.ok ? result.error : null
      const refused = error !== null && (error.code === 'VALIDATION' || error.code === 'CONFLICT' || error.code === 'FORBIDDEN' || error.code === 'NOT_FOUND')
      setState({ kind: 'failed', refusal: refused ? error : null })
      if (refused) options.current.onRefused(error)
      // A lock unmounts the editor (the buffer keeps the text); anything else passing is retried.
      else timer.current = window.setTimeout(() => retry.current(), RETRY_MS)
      return false
    })
    return queue.current
  }, [noteId, userId])
  useEffect(() => {
    retry.current = () => void flush()
  }, [flush])

  const change = useCallback(
    (values: DraftValues) => {
      pending.current = values
      draftBuffer.set(userId, noteId, values)
      stopTimer()
      timer.current = window.setTimeout(() => void flush(), DEBOUNCE_MS)
    },
    [flush, noteId, userId]
  )

  /** Forgets unsaved values (after the draft is discarded or signed). */
  const forget = useCallback(() => {
    stopTimer()
    pending.current = null
    draftBuffer.drop(userId, noteId)
  }, [noteId, userId])

  useBeforeLock(useCallback(async () => void (await flush()), [flush]))

  // Text restored after a lock is saved at once; leaving the editor saves what is pending.
  useEffect(() => {
    if (pending.current) void flush()
    return () => {
      stopTimer()
      void flush()
    }
  }, [flush])

  return { state, change, flush, forget, hasPending: () => pending.current !== null }
}
