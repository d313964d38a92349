import type { CallError, ErrorCode, FieldIssue } from '@shared/errors'

/**
 * An error the core means to answer with: it carries the code and the i18n key the renderer
 * shows. Anything else thrown inside a call is INTERNAL and its message never leaves the core.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly messageKey: string,
    readonly params?: Record<string, string | number>,
    readonly issues?: FieldIssue[]
  ) {
    super(`${code}: ${messageKey}`)
    this.name = new.target.name
  }

  toCallError(): CallError {
    const error: CallError = { code: this.code, messageKey: this.messageKey }
    if (this.params) error.params = this.params
    if (this.issues) error.issues = this.issues
    return error
  }
}

export class NotFoundError extends AppError {
  constructor(messageKey = 'errors.notFound') {
    super('NOT_FOUND', messageKey)
  }
}

export class ConflictError extends AppError {
  constructor(messageKey = 'errors.conflict', params?: Record<string, string | number>) {
    super('CONFLICT', messageKey, params)
  }
}

export class ForbiddenError extends AppError {
  constructor(messageKey = 'errors.forbidden') {
    super('FORBIDDEN', messageKey)
  }
}

export class VaultLockedError extends AppError {
  constructor() {
    super('LOCKED', 'errors.locked')
  }
}

/** A field-level problem found by a service after the schema passed (e.g. "password is the username"). */
export class FieldError extends AppError {
  constructor(path: string, messageKey: string) {
    super('VALIDATION', 'errors.validation', undefined, [{ path, messageKey }])
  }
}
