/**
 * Retention (issue 9): records are kept a set number of years after a student leaves, then a
 * purge destroys them: previewPurge (counts) → purgeExpired (in the call's transaction, audited
 * with counts) → vacuumAfterPurge (after the commit, outside any transaction).
 */
export { purgeCutoff, readRetention, writeRetention, type RetentionPolicy } from './policy'
export { previewPurge, purgeExpired, type PurgeCounts } from './purge'
export { PURGE_STEPS } from './tables'
export { vacuumAfterPurge } from './vacuum'
