import { useEffect, useRef, useState, type RefObject } from 'react'
import type { TFunction } from 'i18next'
import type { CallError } from '@shared/errors'
import { describeError, issuesToFormErrors } from '../../components/forms'

/**
 * A failed call, split into errors for the form's fields and one message for the alert above it.
 * `fieldFor` maps the core's issue paths (e.g. 'admin.username') to the form's own field names;
 * an issue about a field the form does not have goes to the alert, so nothing is lost.
 */
export function splitCallError(
  error: CallError,
  t: TFunction,
  fieldFor: Record<string, string>
): { fields: Record<string, string>; message: string | null } {
  const fields: Record<string, string> = {}
  const unplaced: string[] = []
  for (const [path, text] of Object.entries(issuesToFormErrors(error.issues ?? [], t))) {
    const field = fieldFor[path]
    if (field) fields[field] ??= text
    else unplaced.push(text)
  }
  if (Object.keys(fields).length > 0 && unplaced.length === 0) return { fields, message: null }
  const message = unplaced.length > 0 ? unplaced.join(' ') : describeError(t, error)
  return { fields, message }
}

/**
 * After a rejected submit, the keyboard goes to the first field marked invalid, so its error is
 * read out. The focus waits for the commit that puts the errors on the fields (an effect), since
 * a frame or a timeout can come before it on a busy machine.
 */
export function useFocusFirstInvalid(): [RefObject<HTMLFormElement | null>, () => void] {
  const formRef = useRef<HTMLFormElement>(null)
  const [request, setRequest] = useState(0)
  useEffect(() => {
    if (request > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
  }, [request])
  return [formRef, () => setRequest((n) => n + 1)]
}

/** The "type it again" check of a new password; the core never sees the second copy. */
export function confirmError(password: string, confirm: string, t: TFunction): Record<string, string> {
  return confirm === password ? {} : { confirmPassword: t('auth.passwordMismatch') }
}
