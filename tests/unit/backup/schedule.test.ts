import { describe, expect, it } from 'vitest'
import { dailyDue, dueOnQuit, nextDaily, overdue } from '../../../src/main/core/backup/schedule'

const settings = { folder: '/media/usb/backups', dailyAt: '17:30', keep: 14 }
const never = { lastAttemptAt: null, lastSuccessAt: null, lastSuccessName: null, lastFailure: null }
const at = (iso: string): Date => new Date(iso)
// 17:30 centre time on 2026-11-02 is 09:30 UTC.
const SLOT = '2026-11-02T09:30:00.000Z'
const success = (when: string) => ({ lastAttemptAt: when, lastSuccessAt: when, lastSuccessName: 'xinan-backup-x', lastFailure: null })
const failure = (when: string) => ({ ...success('2026-11-01T09:30:05.000Z'), lastAttemptAt: when, lastFailure: { at: when, messageKey: 'errors.backup.targetUnavailable', params: {} } })

describe('the daily backup schedule', () => {
  it('is due from the set time (centre time) until it has been tried, not before', () => {
    expect(dailyDue(settings, success('2026-11-01T09:30:04.000Z'), at('2026-11-02T09:29:59.000Z'))).toBe(false)
    expect(dailyDue(settings, success('2026-11-01T09:30:04.000Z'), at(SLOT))).toBe(true)
    expect(dailyDue(settings, success('2026-11-02T09:30:04.000Z'), at('2026-11-02T09:31:00.000Z'))).toBe(false)
    expect(dailyDue(settings, never, at(SLOT))).toBe(true)
  })

  it('a time missed while the app was locked or closed runs the first time it is checked after', () => {
    expect(dailyDue(settings, success('2026-10-30T09:30:04.000Z'), at('2026-11-02T01:00:00.000Z'))).toBe(true)
    // 20:00 centre time, the app unlocked again after being locked at 17:30.
    expect(dailyDue(settings, success('2026-11-01T09:30:04.000Z'), at('2026-11-02T12:00:00.000Z'))).toBe(true)
  })

  it('after a failure it is tried again each hour, not each minute', () => {
    expect(dailyDue(settings, failure(SLOT), at('2026-11-02T10:29:59.000Z'))).toBe(false)
    expect(dailyDue(settings, failure(SLOT), at('2026-11-02T10:30:00.000Z'))).toBe(true)
    expect(nextDaily(settings, failure(SLOT), at('2026-11-02T10:00:00.000Z'))?.toISOString()).toBe('2026-11-02T10:30:00.000Z')
  })

  it('never runs without a folder or a time, and says when it runs next', () => {
    expect(dailyDue({ ...settings, folder: null }, never, at(SLOT))).toBe(false)
    expect(dailyDue({ ...settings, dailyAt: null }, never, at(SLOT))).toBe(false)
    expect(nextDaily({ ...settings, dailyAt: null }, never, at(SLOT))).toBeNull()
    expect(nextDaily(settings, success('2026-11-01T09:30:04.000Z'), at('2026-11-02T01:00:00.000Z'))?.toISOString()).toBe(SLOT)
    expect(nextDaily(settings, success('2026-11-02T09:30:04.000Z'), at('2026-11-02T11:00:00.000Z'))?.toISOString()).toBe('2026-11-03T09:30:00.000Z')
  })

  it('on quit: a backup when the last good one is over a day old or there is none', () => {
    expect(dueOnQuit(settings, never, at(SLOT))).toBe(true)
    expect(dueOnQuit(settings, success('2026-11-01T09:30:00.000Z'), at('2026-11-02T09:30:00.000Z'))).toBe(false)
    expect(dueOnQuit(settings, success('2026-11-01T09:30:00.000Z'), at('2026-11-02T09:30:00.001Z'))).toBe(true)
    expect(dueOnQuit({ ...settings, folder: null }, never, at(SLOT))).toBe(false)
  })

  it('overdue: no good backup in a day and an hour (or ever, once a folder is set)', () => {
    expect(overdue(settings, never, at(SLOT))).toBe(true)
    expect(overdue(settings, success('2026-11-01T09:30:00.000Z'), at('2026-11-02T10:30:00.000Z'))).toBe(false)
    expect(overdue(settings, success('2026-11-01T09:30:00.000Z'), at('2026-11-02T10:30:00.001Z'))).toBe(true)
    // A failure does not make the last good backup older.
    expect(overdue(settings, failure('2026-11-02T09:30:00.000Z'), at('2026-11-02T10:00:00.000Z'))).toBe(false)
    expect(overdue({ ...settings, folder: null }, never, at(SLOT))).toBe(false)
  })
})
