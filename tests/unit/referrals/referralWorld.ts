import type Database from 'better-sqlite3'
import type { ChannelInput, ReferralDto, ReferralForm } from '@shared/contract'
import { ok, type TestUser } from '../helpers/core'
import { loginAdmin, loginAs } from '../appointments/helpers'
import { as, setUpNoteWorld, type NoteWorld } from '../notes/noteWorld'

/**
 * The notes test centre (see noteWorld.ts: 张老师 full-time, 李老师 part-time at 心理学院, 前台小王,
 * students 张三 李四 王小明 in 心理学院 and 赵六 outside) with one hospital in the directory.
 * The clock stands at Monday 2026-11-02, 09:00 centre time. The admin is logged in.
 */
export interface ReferralWorld extends NoteWorld {
  hospitalId: string
}

export const HOSPITAL = {
  name: '示范市精神卫生中心',
  department: '心理门诊',
  address: '示范市健康路 1 号',
  phone: '010-00000000',
  contactName: '赵医生',
  contactPhone: '13900000000',
  active: true
}

export async function setUpReferralWorld(): Promise<ReferralWorld> {
  const world = await setUpNoteWorld()
  const hospital = await ok(world.core, 'referrals.hospitals.save', { id: null, hospital: HOSPITAL })
  return { ...world, hospitalId: hospital.id }
}

/** A draft with only what a draft needs: urgency, risk level, the counsellor's name and phone. */
export const DRAFT_FORM: ReferralForm = {
  hospitalId: null,
  urgency: 'urgent',
  riskLevel: 'high',
  riskSummary: '',
  reason: '',
  presentingProblems: '',
  history: '',
  screening: '',
  medication: '',
  previousTreatment: '',
  requests: [],
  consent: { by: null, date: null, how: null, note: '' },
  familyInformed: { who: '', date: null, note: '' },
  escort: '',
  counsellorName: '张老师',
  counsellorPhone: '13800000001'
}

/** Everything a letter needs, the family told on 2026-11-01. */
export const fullForm = (hospitalId: string, overrides: Partial<ReferralForm> = {}): ReferralForm => ({
  ...DRAFT_FORM,
  hospitalId,
  riskSummary: '有主动自杀意念和初步计划',
  reason: '抑郁情绪持续两月，伴自杀意念，需精神科评估',
  presentingProblems: '失眠、情绪低落、兴趣减退',
  requests: ['assessment', 'diagnosis'],
  consent: { by: 'both', date: '2026-11-01', how: 'written', note: '' },
  familyInformed: { who: '母亲', date: '2026-11-01', note: '电话告知' },
  escort: '辅导员陪同',
  ...overrides
})

export const createReferral = (w: NoteWorld, studentId: string, form: ReferralForm): Promise<ReferralDto> =>
  ok(w.core, 'referrals.create', { studentId, form })

export const advanceTo = (w: NoteWorld, id: string, to: ChannelInput<'referrals.advance'>['to'], date: string, details: Record<string, string> = {}): Promise<ReferralDto> =>
  ok(w.core, 'referrals.advance', { id, to, date, details })

/** The referral tables and the audit log: equal digests mean nothing was written. */
export function referralDigest(raw: Database.Database): Record<string, string> {
  const tables = ['hospitals', 'referrals', 'referral_events', 'audit_log']
  return Object.fromEntries(tables.map((name) => [name, JSON.stringify(raw.prepare(`SELECT * FROM ${name} ORDER BY rowid`).all())]))
}

/** Moves the clock on by whole days; the session has idled out meanwhile, so the user logs in again. */
export async function daysLater(w: NoteWorld, days: number, user?: TestUser): Promise<void> {
  w.core.clock.advance(days * 86_400_000)
  // Any call finds the session idle and locks.
  await ok(w.core, 'app.status', {})
  if (user) await loginAs(w.core, user)
  else await loginAdmin(w.core)
}

export { as }
