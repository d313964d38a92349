/** Error codes every channel may answer with (DESIGN.md, "How a call flows"). */
export const ERROR_CODES = [
  'VALIDATION',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'LOCKED',
  'INTERNAL'
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

/** One problem with one field of the input, translated by the renderer through `messageKey`. */
export interface FieldIssue {
  path: string
  messageKey: string
  params?: Record<string, string | number>
}

export interface CallError {
  code: ErrorCode
  /** An i18n key (src/shared/i18n); the renderer shows its translation, never a stack. */
  messageKey: string
  params?: Record<string, string | number>
  issues?: FieldIssue[]
}

export type CallResult<T> = { ok: true; value: T } | { ok: false; error: CallError }
