import type { RiskAnswers, RiskLevel } from '@shared/contract'
import type { AppointmentKind } from '@shared/contract/appointmentEnums'
import type { AppointmentPlan } from './apptPlan'
import type { SeedTemplate } from './noteContent'
import { GROUP_THEMES, LOWER_REASONS, THEMES, type Theme } from './notePhrases'
import { createRandom, weightedTable, type Random } from './random'

/** One note of the synthetic history, written (created, typed, usually signed) at `at`. */
export interface PlannedNote {
  at: number
  /** Roster row index. */
  student: number
  /** Schedule index: the full-time counsellors, then the part-time ones. */
  counsellor: number
  /** The attended appointment it records (plan reference), or null (closures, contacts between sessions). */
  ref: number | null
  template: SeedTemplate
  theme: Theme
  /** 'draft': started and saved, never signed (mostly the last weeks' notes). */
  fate: 'signed' | 'draft'
  sensitive: boolean
  risk: RiskAnswers | null
  /** The profile the answers were drawn from (the level the shipped rules give them). */
  riskProfile: RiskLevel | null
  /** Set by the counsellor: a raise, or a lowering with `lowerReason`; null = the computed level. */
  level: RiskLevel | null
  lowerReason: string | null
  /** Draft saves before signing: 1, or 2 (half typed, then whole). */
  saves: 1 | 2
  addendumAt: number | null
  /** For closures: the sessions of the episode. For group notes: the session's number. */
  sessions: number
  groupTheme: string
}

export interface NotePlanCounts {
  notes: number
  /** Notes for an attended appointment, by template. */
  byTemplate: Record<SeedTemplate, number>
  withAppointment: number
  drafts: number
  sensitive: number
  withRisk: number
  lowered: number
  raised: number
  addenda: number
  /** Signed notes whose planned level raises a crisis alert (high, imminent). */
  alerting: number
}

export interface NotePlan {
  notes: PlannedNote[]
  counts: NotePlanCounts
}

export interface NotePlanOptions {
  seed: number
  notes: number
  appointments: AppointmentPlan
  students: number
  fullTimers: number
  nowMs: number
  /** The seed's clock starts here; no note before. */
  notBeforeMs: number
}

const MINUTE = 60_000
const DAY = 24 * 60 * MINUTE
/** Notes of the last two weeks may still be drafts; older ones almost never are. */
const RECENT = 14 * DAY

const TEMPLATE_OF_KIND: Record<AppointmentKind, SeedTemplate | null> = {
  intake: 'intake',
  counselling: 'session_soap',
  follow_up: 'session_soap',
  crisis: 'crisis',
  group: 'group',
  open_day: 'group',
  remote: 'remote'
}

const NONE: RiskAnswers = {
  suicidalIdeation: 'none',
  plan: false,
  intent: false,
  means: false,
  pastAttempts: 'none',
  selfHarm: 'none',
  harmToOthers: 'none',
  protectiveFactors: ['family_support', 'friends', 'future_plans']
}

/** Answers and the level the shipped rules (notes/shipped/riskRules.ts) give them. */
const PROFILES: Record<RiskLevel, readonly RiskAnswers[]> = {
  low: [NONE, { ...NONE, protectiveFactors: ['help_seeking'] }],
  moderate: [
    { ...NONE, suicidalIdeation: 'passive', protectiveFactors: ['family_support'] },
    { ...NONE, selfHarm: 'past' },
    { ...NONE, pastAttempts: 'one', protectiveFactors: ['help_seeking', 'future_plans'] }
  ],
  high: [
    { ...NONE, suicidalIdeation: 'active', intent: true, protectiveFactors: ['help_seeking'] },
    { ...NONE, selfHarm: 'recent', protectiveFactors: ['friends'] },
    { ...NONE, suicidalIdeation: 'passive', plan: true, protectiveFactors: [] }
  ],
  imminent: [{ ...NONE, suicidalIdeation: 'active', plan: true, intent: true, means: true, pastAttempts: 'one', protectiveFactors: [] }]
}

const RISK_MIX = {
  intake: weightedTable<RiskLevel>([['low', 80], ['moderate', 14], ['high', 5], ['imminent', 1]]),
  crisis: weightedTable<RiskLevel>([['moderate', 30], ['high', 50], ['imminent', 20]]),
  optional: weightedTable<RiskLevel>([['low', 70], ['moderate', 25], ['high', 5]])
}

interface Booked {
  kind: AppointmentKind
  student: number | null
  counsellor: number
  participants: number[]
}

/** Every attended appointment's note (a group: one per named member), in the order written. */
function sessionNotes(o: NotePlanOptions, random: Random): Omit<PlannedNote, 'fate' | 'sensitive' | 'risk' | 'riskProfile' | 'level' | 'lowerReason' | 'saves' | 'addendumAt' | 'theme'>[] {
  const booked = new Map<number, Booked>()
  const out: ReturnType<typeof sessionNotes> = []
  const groupSession = new Map<number, number>()
  const last = o.nowMs - MINUTE
  for (const e of o.appointments.events) {
    if (e.type === 'book') {
      for (let k = 0; k < e.weeks; k++) booked.set(e.ref + k, { kind: e.kind, student: e.student, counsellor: e.counsellor, participants: [] })
    } else if (e.type === 'participant' && e.student !== null) {
      booked.get(e.ref)?.participants.push(e.student)
    } else if (e.type === 'attend') {
      const b = booked.get(e.ref)
      const template = b ? TEMPLATE_OF_KIND[b.kind] : null
      if (!b || !template || e.at > last) continue
      // Written after the session: minutes later, or at the end of the day.
      const at = Math.max(e.at, Math.min(last, e.at + random.int(5, random.chance(0.2) ? 300 : 60) * MINUTE))
      const students = template === 'group' ? b.participants : b.student === null ? [] : [b.student]
      const number = (groupSession.get(b.counsellor) ?? 0) + 1
      if (template === 'group') groupSession.set(b.counsellor, number)
      const groupTheme = GROUP_THEMES[b.counsellor % GROUP_THEMES.length] ?? GROUP_THEMES[0]
      for (const student of students) {
        // Half the counsellors write their sessions as SOAP, half as DAP.
        const t = template === 'session_soap' && b.counsellor % 2 === 1 ? 'session_dap' : template
        out.push({ at, student, counsellor: b.counsellor, ref: e.ref, template: t, sessions: ((number - 1) % 8) + 1, groupTheme })
      }
    }
  }
  return out
}

/** A closure after each episode of three or more counselling sessions that ended at least three weeks ago. */
function closures(sessions: ReturnType<typeof sessionNotes>, o: NotePlanOptions, random: Random): ReturnType<typeof sessionNotes> {
  const byStudent = new Map<number, { at: number; counsellor: number }[]>()
  for (const n of sessions) {
    if (n.template !== 'session_soap' && n.template !== 'session_dap') continue
    const list = byStudent.get(n.student) ?? []
    list.push({ at: n.at, counsellor: n.counsellor })
    byStudent.set(n.student, list)
  }
  const out: ReturnType<typeof sessionNotes> = []
  for (const [student, list] of byStudent) {
    let start = 0
    for (let i = 1; i <= list.length; i++) {
      const current = list[i]
      const previous = list[i - 1]
      if (current && previous && current.at - previous.at < 45 * DAY) continue
      const count = i - start
      if (previous && count >= 3 && previous.at < o.nowMs - 21 * DAY) {
        out.push({ at: previous.at + random.int(1, 5) * DAY, student, counsellor: previous.counsellor, ref: null, template: 'closure', sessions: count, groupTheme: '' })
      }
      start = i
    }
  }
  return out
}

/**
 * Which notes the seed writes: one for every attended session (the appointment's template,
 * its counsellor the author), a closure after finished episodes, and — when `notes` asks for
 * more than that — phone and online contacts between sessions; when it asks for fewer, an even
 * sample. Then each note's fate: a few drafts (mostly recent), sensitive ones, risk sections
 * (always in intake and crisis notes), levels raised or lowered with a reason, and addenda.
 */
export function planNotes(o: NotePlanOptions): NotePlan {
  const random = createRandom(o.seed, 'notes')
  const last = o.nowMs - MINUTE
  const sessions = sessionNotes(o, random)
  let base = [...sessions, ...closures(sessions, o, random)]
  if (base.length > o.notes) {
    // An even sample, so that every year and kind keeps its share.
    const keep = new Set<number>()
    const step = base.length / o.notes
    for (let i = 0; i < o.notes; i++) keep.add(Math.floor(i * step))
    base = base.filter((_, i) => keep.has(i))
  }
  const extra: typeof base = []
  for (let i = base.length; i < o.notes; i++) {
    const of = base.length > 0 ? random.pick(base) : null
    const from = of ? of.at : Math.max(o.notBeforeMs, o.nowMs - 120 * DAY)
    const at = Math.max(from, Math.min(last, from + random.int(1, 14) * DAY + random.int(0, 8 * 60) * MINUTE))
    const student = of ? of.student : random.int(0, o.students - 1)
    extra.push({ at, student, counsellor: of ? of.counsellor : random.int(0, o.fullTimers - 1), ref: null, template: 'remote', sessions: 0, groupTheme: '' })
  }
  const all = [...base, ...extra].filter((n) => n.at >= o.notBeforeMs).sort((a, b) => a.at - b.at)

  const themes = new Map<number, Theme>()
  const themeOf = (student: number): Theme => {
    let theme = themes.get(student)
    if (!theme) themes.set(student, (theme = THEMES[(student * 7919 + o.seed) % THEMES.length] ?? 'mood'))
    return theme
  }
  const notes = all.map((n): PlannedNote => {
    const recent = n.at > o.nowMs - RECENT
    const fate = random.chance(recent ? 0.25 : 0.003) ? 'draft' : 'signed'
    const theme = themeOf(n.student)
    const assessed = n.template === 'intake' || n.template === 'crisis' || (n.template !== 'group' && random.chance(n.template === 'closure' ? 0.05 : 0.12))
    const mix = n.template === 'intake' ? RISK_MIX.intake : n.template === 'crisis' ? RISK_MIX.crisis : RISK_MIX.optional
    const riskProfile = assessed ? random.weighted(mix) : null
    const risk = riskProfile ? random.pick(PROFILES[riskProfile]) : null
    const lowered = riskProfile === 'moderate' && random.chance(0.15)
    const raised = riskProfile === 'low' && random.chance(0.05)
    const addendumAt = fate === 'signed' && random.chance(0.03) ? Math.min(last, n.at + random.int(1, 10) * DAY) : null
    return {
      ...n,
      theme,
      fate,
      sensitive: random.chance(theme === 'family' || theme === 'romance' ? 0.08 : 0.03),
      risk,
      riskProfile,
      level: lowered ? 'low' : raised ? 'moderate' : null,
      lowerReason: lowered ? random.pick(LOWER_REASONS) : null,
      saves: random.chance(0.3) ? 2 : 1,
      addendumAt: addendumAt !== null && addendumAt > n.at ? addendumAt : null
    }
  })
  return { notes, counts: countsOf(notes) }
}

function countsOf(notes: readonly PlannedNote[]): NotePlanCounts {
  const byTemplate: Record<SeedTemplate, number> = { intake: 0, session_soap: 0, session_dap: 0, crisis: 0, group: 0, remote: 0, closure: 0 }
  const c: NotePlanCounts = { notes: notes.length, byTemplate, withAppointment: 0, drafts: 0, sensitive: 0, withRisk: 0, lowered: 0, raised: 0, addenda: 0, alerting: 0 }
  for (const n of notes) {
    byTemplate[n.template]++
    if (n.ref !== null) c.withAppointment++
    if (n.fate === 'draft') c.drafts++
    if (n.sensitive) c.sensitive++
    if (n.risk) c.withRisk++
    if (n.lowerReason) c.lowered++
    if (n.level === 'moderate') c.raised++
    if (n.addendumAt !== null) c.addenda++
    if (n.fate === 'signed' && (n.riskProfile === 'high' || n.riskProfile === 'imminent')) c.alerting++
  }
  return c
}
