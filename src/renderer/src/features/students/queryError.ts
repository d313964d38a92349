import type { TFunction } from 'i18next'
import { CallFailed } from '../../api'
import { describeError } from '../../components/forms'

/** The core's reason for a failed read, translated; never a stack. */
export function queryErrorMessage(t: TFunction, error: unknown): string {
  return error instanceof CallFailed ? describeError(t, error.error) : t('errors.internal')
}

export function errorCode(error: unknown): string | null {
  return error instanceof CallFailed ? error.error.code : null
}
