import { addDays, centreDate, centreDayStartUtc } from '@shared/centreTime'
import type { SettingValue } from '../settings/store'

type BackupSettings = SettingValue<'backup'>
type BackupState = SettingValue<'backupState'>

const HOUR_MS = 60 * 60 * 1000
/** A backup older than this is overdue: a day, and an hour's grace so the daily run itself never shows as late. */
export const OVERDUE_MS = 25 * HOUR_MS
/** On quit, a backup is made when the last good one is older than a day. */
export const QUIT_AFTER_MS = 24 * HOUR_MS
/** After a failed scheduled backup (a drive pulled out), it is tried again this often while the app is unlocked. */
export const RETRY_MS = HOUR_MS

/** The instant of `dailyAt` (centre time) on the centre date of `now`. */
function slotOn(date: string, dailyAt: string): number {
  const [h, m] = dailyAt.split(':').map(Number) as [number, number]
  return Date.parse(centreDayStartUtc(date)) + (h * 60 + m) * 60_000
}

/** The newest daily time (an instant) at or before `now`: today's once it has passed, else yesterday's. */
function lastSlot(dailyAt: string, now: Date): number {
  const today = centreDate(now)
  const slot = slotOn(today, dailyAt)
  return now.getTime() >= slot ? slot : slotOn(addDays(today, -1), dailyAt)
}

/**
 * Whether the daily backup is due at `now`: nothing was tried since the newest daily time that has
 * passed (the app may have been locked or closed then: the first check after the next unlock
 * runs it, so a weekend with the PC off is backed up on Monday morning), or the last try failed
 * an hour or more ago.
 */
export function dailyDue(settings: BackupSettings, state: BackupState, now: Date): boolean {
  if (!settings.folder || !settings.dailyAt) return false
  const lastAttempt = state.lastAttemptAt ? Date.parse(state.lastAttemptAt) : null
  if (state.lastFailure && lastAttempt !== null && now.getTime() - lastAttempt >= RETRY_MS) return true
  return lastAttempt === null || lastAttempt < lastSlot(settings.dailyAt, now)
}

/** When the next scheduled backup will run (if the app is unlocked then). */
export function nextDaily(settings: BackupSettings, state: BackupState, now: Date): Date | null {
  if (!settings.folder || !settings.dailyAt) return null
  if (dailyDue(settings, state, now)) return now
  const today = centreDate(now)
  const slot = slotOn(today, settings.dailyAt)
  const next = now.getTime() < slot ? slot : slotOn(addDays(today, 1), settings.dailyAt)
  if (state.lastFailure && state.lastAttemptAt) return new Date(Math.min(next, Date.parse(state.lastAttemptAt) + RETRY_MS))
  return new Date(next)
}

/** Whether quitting now should first make a backup: a folder is set and the last good one is over a day old. */
export function dueOnQuit(settings: BackupSettings, state: BackupState, now: Date): boolean {
  if (!settings.folder) return false
  return state.lastSuccessAt === null || now.getTime() - Date.parse(state.lastSuccessAt) > QUIT_AFTER_MS
}

export function overdue(settings: BackupSettings, state: BackupState, now: Date): boolean {
  if (!settings.folder) return false
  return state.lastSuccessAt === null || now.getTime() - Date.parse(state.lastSuccessAt) > OVERDUE_MS
}
