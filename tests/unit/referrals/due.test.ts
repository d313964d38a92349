import { describe, expect, it } from 'vitest'
import { dueDate, isOverdue } from '../../../src/main/core/referrals/due'

/** When each step is due, counted from the day the referral entered its state. */
describe('due dates', () => {
  const at = (status: Parameters<typeof dueDate>[0]['status'], urgency: 'routine' | 'urgent' | 'emergency' = 'routine', entryDetails: Record<string, string> = {}) =>
    dueDate({ status, statusDate: '2026-11-02', urgency, entryDetails })

  it('gives each state its own time', () => {
    expect(at('draft')).toBe('2026-11-05')
    expect([at('sent', 'emergency'), at('sent', 'urgent'), at('sent', 'routine')]).toEqual(['2026-11-03', '2026-11-05', '2026-11-09'])
    expect(at('seen')).toBe('2026-11-16')
    expect(at('outcome')).toBe('2026-12-02')
    expect(at('on_leave')).toBe('2027-05-01')
    expect(at('on_leave', 'routine', { until: '2027-02-28' })).toBe('2027-02-28')
    expect(at('returned')).toBe('2026-11-16')
    expect(at('follow_up')).toBe('2027-01-31')
    expect(at('closed')).toBeNull()
  })

  it('is overdue once the due day has passed, not on it', () => {
    expect(isOverdue('2026-11-05', '2026-11-05')).toBe(false)
    expect(isOverdue('2026-11-05', '2026-11-06')).toBe(true)
    expect(isOverdue(null, '2030-01-01')).toBe(false)
  })
})
