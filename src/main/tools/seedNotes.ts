import { centreDate } from '@shared/centreTime'
import { ALERT_LEVELS, type Channel, type ChannelInput, type ChannelOutput } from '@shared/contract'
import { MeteredCaller } from './meter'
import type { SeedAct } from './seedTimeline'
import type { AppointmentPlan } from './synthetic/apptPlan'
import { noteContent, partialContent } from './synthetic/noteContent'
import { ADDENDA, ALERT_ACTIONS, THEME_CATEGORIES } from './synthetic/notePhrases'
import type { NotePlan, PlannedNote } from './synthetic/notePlan'
import { createRandom } from './synthetic/random'

/**
 * The seed's caller, which also keeps the IDs of every appointment it books (in the order
 * booked), so that a note can name the appointment it records: the appointment acts are
 * replayed in plan order, so the nth booking is the plan's nth 'book' event.
 */
export class BookingRecorder extends MeteredCaller {
  readonly booked: { start: string; ids: string[] }[] = []

  override async call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
    const value = await super.call(channel, input)
    if (channel === 'appointments.book') {
      const ids = (value as ChannelOutput<'appointments.book'>).map((a) => a.id)
      this.booked.push({ start: (input as ChannelInput<'appointments.book'>).start, ids })
    }
    return value
  }
}

/** Appointment ID by plan reference, from what the recorder saw booked. */
export function appointmentIdsOf(plan: AppointmentPlan, recorder: BookingRecorder): (ref: number) => string {
  const place = new Map<number, { booking: number; week: number; start: string }>()
  let booking = 0
  for (const e of plan.events) {
    if (e.type !== 'book') continue
    for (let k = 0; k < e.weeks; k++) place.set(e.ref + k, { booking, week: k, start: e.start })
    booking++
  }
  return (ref) => {
    const p = place.get(ref)
    const stored = p ? recorder.booked[p.booking] : undefined
    const id = p ? stored?.ids[p.week] : undefined
    if (!p || !stored || id === undefined) throw new Error(`no stored appointment for plan reference ${ref}`)
    // The replay order is what ties the two together; a mismatch would file notes under the wrong session.
    if (stored.start !== p.start) throw new Error(`booking ${p.booking} was made for ${stored.start}, the plan says ${p.start}`)
    return id
  }
}

export interface NoteSeedInput {
  /** The caller each note is written through: its author's session (schedule index). */
  authorOf: (counsellor: number) => MeteredCaller
  /** Someone clinical who records what was done about a crisis alert. */
  resolver: MeteredCaller
  plan: NotePlan
  studentIds: readonly string[]
  appointmentId: (ref: number) => string
  seed: number
  nowMs: number
}

export interface NoteSeedCounts {
  signed: number
  drafts: number
  addenda: number
  alertsRaised: number
  alertsResolved: number
}

const MINUTE = 60_000
/** Alerts of the last three days stay open, so that the dashboard shows some. */
const OPEN_ALERTS_MS = 3 * 24 * 60 * MINUTE

/**
 * Each planned note as acts through the core, as its author would write it: notes.create
 * (from the appointment when there is one), one or two notes.saveDraft as the text grows,
 * notes.sign (unless left a draft); later an addendum, and for a high or imminent level the
 * alert's resolution a few hours on (the last days' alerts stay open).
 */
export function noteActs(input: NoteSeedInput): { acts: SeedAct[]; counts: () => NoteSeedCounts } {
  const counts: NoteSeedCounts = { signed: 0, drafts: 0, addenda: 0, alertsRaised: 0, alertsResolved: 0 }
  const noteIds: string[] = []
  const student = (i: number): string => {
    const id = input.studentIds[i]
    if (id === undefined) throw new Error(`no stored student for roster row ${i}`)
    return id
  }

  async function write(n: PlannedNote, i: number): Promise<void> {
    const caller = input.authorOf(n.counsellor)
    const random = createRandom(input.seed, `note:${i}`)
    const nextSession = n.template === 'intake' || n.template.startsWith('session') ? centreDate(new Date(n.at + 7 * 24 * 60 * MINUTE)) : null
    const content = noteContent(n.template, random, { theme: n.theme, nextSession, sessions: n.sessions, groupTheme: n.groupTheme, sessionNumber: n.sessions })
    const note = await caller.call('notes.create', {
      studentId: student(n.student),
      appointmentId: n.ref === null ? null : input.appointmentId(n.ref),
      templateKey: n.template
    })
    noteIds[i] = note.id
    const draft = { id: note.id, risk: n.risk, level: n.level, lowerReason: n.lowerReason, sensitive: n.sensitive }
    const own = THEME_CATEGORIES[n.theme]
    const categories = [...new Set([own[0], ...(random.chance(0.35) ? own.slice(1) : []), ...(n.template === 'crisis' ? ['crisis'] : [])])]
    if (n.saves === 2) await caller.call('notes.saveDraft', { ...draft, content: partialContent(content), categories: [] })
    await caller.call('notes.saveDraft', { ...draft, content, categories })
    if (n.fate === 'draft') {
      counts.drafts++
      return
    }
    const signed = await caller.call('notes.sign', { id: note.id })
    counts.signed++
    if (signed.level !== null && ALERT_LEVELS.includes(signed.level)) counts.alertsRaised++
  }

  const acts: SeedAct[] = []
  input.plan.notes.forEach((n, i) => {
    acts.push({ at: n.at, run: () => write(n, i) })
    if (n.addendumAt !== null) {
      const at = n.addendumAt
      acts.push({
        at,
        run: async () => {
          await input.authorOf(n.counsellor).call('notes.addendum', { noteId: noteIds[i] ?? '', text: ADDENDA[i % ADDENDA.length] ?? ADDENDA[0] })
          counts.addenda++
        }
      })
    }
    const alerting = n.fate === 'signed' && (n.level ?? n.riskProfile) !== null && ALERT_LEVELS.includes((n.level ?? n.riskProfile)!)
    if (alerting && n.at < input.nowMs - OPEN_ALERTS_MS) {
      acts.push({ at: n.at + (30 + (i % 210)) * MINUTE, run: () => resolve(i) })
    }
  })

  async function resolve(i: number): Promise<void> {
    const open = await input.resolver.call('alerts.list', {})
    const alert = open.find((a) => a.source === 'note' && a.sourceId === noteIds[i])
    if (!alert) throw new Error(`no open alert for seeded note ${i}`)
    await input.resolver.call('alerts.resolve', { id: alert.id, action: ALERT_ACTIONS[i % ALERT_ACTIONS.length] ?? ALERT_ACTIONS[0], moveToCrisis: false })
    counts.alertsResolved++
  }

  return { acts, counts: () => ({ ...counts }) }
}
