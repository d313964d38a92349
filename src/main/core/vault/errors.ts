import { AppError } from '../errors'

/**
 * Why a vault cannot be opened. Each is named, so the first screen can say what happened and
 * what to do, and none of them changes a file in the data dir.
 */
export class VaultError extends AppError {
  constructor(messageKey: string) {
    super('INTERNAL', messageKey)
  }
}
export class VaultAlreadySetUpError extends AppError {
  constructor() {
    super('CONFLICT', 'errors.vault.alreadySetUp')
  }
}
export class VaultFileMissingError extends VaultError {
  constructor() {
    super('errors.vault.missing')
  }
}
export class VaultCorruptError extends VaultError {
  constructor() {
    super('errors.vault.corrupt')
  }
}
export class VaultTamperedError extends VaultError {
  constructor() {
    super('errors.vault.tampered')
  }
}
export class DatabaseMissingError extends VaultError {
  constructor() {
    super('errors.vault.dbMissing')
  }
}
export class DatabaseNotOursError extends VaultError {
  constructor() {
    super('errors.vault.dbNotOurs')
  }
}
export class DatabaseCorruptError extends VaultError {
  constructor() {
    super('errors.vault.dbCorrupt')
  }
}
export class DatabaseTooNewError extends VaultError {
  constructor() {
    super('errors.vault.dbTooNew')
  }
}
export class MigrationEditedError extends VaultError {
  constructor() {
    super('errors.vault.migrationEdited')
  }
}
export class InvalidCredentialsError extends AppError {
  constructor() {
    super('UNAUTHENTICATED', 'errors.auth.invalidCredentials')
  }
}
export class ThrottledError extends AppError {
  constructor(seconds: number) {
    super('UNAUTHENTICATED', 'errors.auth.throttled', { seconds })
  }
}
