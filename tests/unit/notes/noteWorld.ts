import type { ChannelInput, NoteDto, RiskAnswers } from '@shared/contract'
import type { CallError } from '@shared/errors'
import { createUser, err, ok, type TestUser } from '../helpers/core'
import { at, bookOne, loginAdmin, loginAs, setUpWorld, type World } from '../appointments/helpers'

/**
 * The appointments test centre (张老师 full-time, 李老师 part-time at 心理学院, 前台小王, students
 * 张三 李四 王小明 in 心理学院 and 赵六 outside it) plus a second full-time counsellor, 王老师.
 * The admin is logged in when it is returned.
 */
export interface NoteWorld extends World {
  colleague: TestUser
}

export async function setUpNoteWorld(): Promise<NoteWorld> {
  const world = await setUpWorld()
  const colleague = await createUser(world.core, { username: 'wanglaoshi', displayName: '王老师', role: 'counsellor' })
  return { ...world, colleague }
}

let slot = 0

/** An appointment in October (before the test day), marked attended by the admin; returns its ID. */
export async function attendedAppointment(w: NoteWorld, studentId: string, counsellorId = w.counsellor.id): Promise<string> {
  const appointment = await bookOne(w, {
    kind: 'counselling',
    studentId,
    counsellorId,
    roomId: null,
    // 25 minutes apart: never two at once for a student or a counsellor.
    start: new Date(Date.parse(at('2026-10-01', '08:00')) + slot * 25 * 60_000).toISOString(),
    durationMinutes: 20,
    overrideReason: '补录'
  })
  slot += 1
  await ok(w.core, 'appointments.attend', { id: appointment.id })
  return appointment.id
}

/** Logs in as a user (the admin when none is given). */
export const as = async (w: NoteWorld, user?: TestUser): Promise<void> => {
  await ok(w.core, 'auth.lock', { reason: 'button' })
  if (user) await loginAs(w.core, user)
  else await loginAdmin(w.core)
}

export type DraftInput = ChannelInput<'notes.saveDraft'>

/** A whole draft of a SOAP session note, filed under 睡眠, without a risk assessment. */
export const soapDraft = (id: string, overrides: Partial<DraftInput> = {}): DraftInput => ({
  id,
  content: {
    subjective: '来访者自述近两周失眠，入睡困难，白天上课注意力不集中。',
    objective: '情绪低落，语速较慢，眼神接触少。',
    assessment: '考虑与期中考试压力有关的睡眠问题和焦虑情绪。',
    plan: '教授放松训练，布置睡眠日记，一周后复诊。'
  },
  categories: ['sleep'],
  risk: null,
  level: null,
  lowerReason: null,
  sensitive: false,
  ...overrides
})

/** Answers with no risk at all (computed: low). */
export const NO_RISK: RiskAnswers = {
  suicidalIdeation: 'none',
  plan: false,
  intent: false,
  means: false,
  pastAttempts: 'none',
  selfHarm: 'none',
  harmToOthers: 'none',
  protectiveFactors: ['family_support']
}

/** Active ideation with a plan (computed: high under the shipped rules). */
export const HIGH_RISK: RiskAnswers = { ...NO_RISK, suicidalIdeation: 'active', plan: true, protectiveFactors: [] }

/** Creates a draft as the logged-in user, saves it with `draft` overrides, and returns the note. */
export async function writeDraft(w: NoteWorld, studentId: string, appointmentId: string | null, overrides: Partial<DraftInput> = {}): Promise<NoteDto> {
  const note = await ok(w.core, 'notes.create', { studentId, appointmentId, templateKey: 'session_soap' })
  await ok(w.core, 'notes.saveDraft', soapDraft(note.id, overrides))
  return note
}

/** Writes and signs a SOAP note as the logged-in user. */
export async function writeSigned(w: NoteWorld, studentId: string, overrides: Partial<DraftInput> = {}): Promise<NoteDto> {
  const note = await writeDraft(w, studentId, null, overrides)
  return ok(w.core, 'notes.sign', { id: note.id })
}

/** The field paths of a VALIDATION error. */
export const paths = (error: CallError): string[] => (error.issues ?? []).map((i) => `${i.path}: ${i.messageKey}`)

export { err, ok }
