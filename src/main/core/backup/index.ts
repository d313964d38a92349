/** Backups of the vault (issue 9): the core's side; channels, schedule and screens use these. */
export { createBackup, type CreatedBackup } from './create'
export { DEFAULT_KEEP, listBackups, rotateBackups, type ListedBackup } from './rotate'
export { restoreBackup, type Restored, type RestoreKey, type RestoreOptions } from './restore'
export { unwrapBackupKey, type BackupSecret } from './secret'
export { readBackupInfo, verifyBackup, type BackupInfo, type BackupProblem, type Verification } from './verify'
export { BACKUP_NAME, type BackupManifest } from './manifest'
