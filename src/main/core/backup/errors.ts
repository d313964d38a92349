import type { ErrorCode } from '@shared/errors'
import { AppError } from '../errors'

/**
 * Why a backup cannot be made, trusted or restored. Each is named so the screen can say what
 * happened and what to do; none of them leaves a change in the data dir.
 */
export class BackupError extends AppError {
  constructor(code: ErrorCode, messageKey: string, params?: Record<string, string | number>) {
    super(code, messageKey, params)
  }
}

/** The folder holds no XinAn backup at all (no manifest, no database, no key file). */
export class NotABackupError extends BackupError {
  constructor() {
    super('VALIDATION', 'errors.backup.notABackup')
  }
}

/** Backup files without their manifest: an interrupted copy, or a folder someone edited. */
export class BackupManifestMissingError extends BackupError {
  constructor() {
    super('VALIDATION', 'errors.backup.manifestMissing')
  }
}

/** Written by a newer XinAn in a format this one does not read. */
export class BackupFormatUnsupportedError extends BackupError {
  constructor() {
    super('VALIDATION', 'errors.backup.formatUnsupported')
  }
}

/** A file is missing or shorter/longer than the manifest says: cut short while copying. */
export class BackupTruncatedError extends BackupError {
  constructor(file: string) {
    super('VALIDATION', 'errors.backup.truncated', { file })
  }
}

/** A file's bytes, the manifest or a signature do not match: altered or damaged after it was written. */
export class BackupTamperedError extends BackupError {
  constructor(file: string) {
    super('VALIDATION', 'errors.backup.tampered', { file })
  }
}

/** It opens with the key but fails SQLite's checks, or its rows differ from the manifest. */
export class BackupCorruptError extends BackupError {
  constructor() {
    super('VALIDATION', 'errors.backup.corrupt')
  }
}

/** The database opens without a key: never written by XinAn, and never to be restored. */
export class BackupNotEncryptedError extends BackupError {
  constructor() {
    super('VALIDATION', 'errors.backup.notEncrypted')
  }
}

/** The key in hand does not open it: a backup of another centre's vault. */
export class BackupWrongKeyError extends BackupError {
  constructor() {
    super('VALIDATION', 'errors.backup.wrongKey')
  }
}

/** Its schema is newer than this build knows. */
export class BackupTooNewError extends BackupError {
  constructor() {
    super('VALIDATION', 'errors.backup.tooNew')
  }
}

/** A backup of another vault, offered to replace this one. */
export class BackupForeignVaultError extends BackupError {
  constructor() {
    super('CONFLICT', 'errors.backup.foreignVault')
  }
}

/** The password or recovery code opens no key slot of the backup. */
export class BackupWrongSecretError extends BackupError {
  constructor() {
    super('UNAUTHENTICATED', 'errors.backup.wrongSecret')
  }
}

/**
 * The data dir holds files whose vault cannot be read, so it cannot be told whether the backup
 * belongs to it; restoring needs the caller's explicit "replace what is there".
 */
export class BackupCurrentUnreadableError extends BackupError {
  constructor() {
    super('CONFLICT', 'errors.backup.currentUnreadable')
  }
}

/** The chosen folder does not exist, is not a folder, or cannot be written (a USB drive pulled out). */
export class BackupTargetUnavailableError extends BackupError {
  constructor() {
    super('VALIDATION', 'errors.backup.targetUnavailable')
  }
}

export class BackupNoSpaceError extends BackupError {
  constructor() {
    super('CONFLICT', 'errors.backup.noSpace')
  }
}

/** The snapshot just written did not pass its own verification; nothing was kept. */
export class BackupVerifyFailedError extends BackupError {
  /** The first problem found (an i18n key), for the log; the screen says only that it failed. */
  constructor(readonly reason: string) {
    super('INTERNAL', 'errors.backup.verifyFailed')
  }
}

/** The restored copy failed its checks after it was put in place; the previous files are back. */
export class BackupRestoreFailedError extends BackupError {
  /** The error name of what failed, for the log. */
  constructor(readonly reason: string) {
    super('INTERNAL', 'errors.backup.restoreFailed')
  }
}

/** Putting the previous files back after a failed restore did not work: they wait in `folder`. */
export class BackupRollbackFailedError extends BackupError {
  constructor(folder: string) {
    super('INTERNAL', 'errors.backup.rollbackFailed', { folder })
  }
}

/** A backup failed for a reason no other error names (logged by name and stack frames, never content). */
export class BackupFailedError extends BackupError {
  constructor(cause: unknown) {
    super('INTERNAL', 'errors.backup.failed')
    this.cause = cause
  }
}
