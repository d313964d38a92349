import { centreDate } from '@shared/centreTime'
import type { ChannelOutput, FieldValue, RiskAnswers } from '@shared/contract'
import { and, asc, eq } from 'drizzle-orm'
import type { Tx } from '../context'
import { isRestricted, type NoteRow } from '../notes/access'
import { fieldsOf, noteTemplate } from '../notes/content'
import { notes } from '../notes/schema'
import { CASE_SUMMARY_STRINGS } from '../reports/caseSummaryStrings'
import type { Session } from '../state'
import { assertClinicalAccess } from '../students/access'
import { users } from '../users/schema'
import { watchStatus } from '../watch/schema'
import { screeningSummary } from '../screening/summary'

type Prefill = ChannelOutput<'referrals.prefill'>

/*
 * What a new referral starts from, so the counsellor edits rather than retypes: the history
 * condensed from the signed notes the caller may read (others' sensitive notes left out), the
 * latest risk assessment in words, the presenting problem from the latest intake, "emergency"
 * for a student in the crisis tier, and the caller as the referring counsellor. The letter goes
 * to a Chinese hospital, so the words are Chinese whatever the caller's language.
 */

const WORDS = CASE_SUMMARY_STRINGS['zh-CN']
/** One note's line in the history stays short; the counsellor can open the note for the rest. */
const LINE_MAX = 300
/** The form's history field holds 8000 characters. */
const HISTORY_MAX = 8000

const squeeze = (text: string): string => text.replace(/\s+/g, ' ').trim()
const clip = (text: string, max: number): string => ([...text].length > max ? `${[...text].slice(0, max - 1).join('')}…` : text)

/** The note's free text, field by field in the template's order. */
function textFields(t: Tx, note: NoteRow): { name: string; texts: Map<string, string> } {
  const definition = noteTemplate(t, note.templateKey, note.templateVersion)
  const content = JSON.parse(note.content) as Record<string, FieldValue>
  const texts = new Map<string, string>()
  for (const field of fieldsOf(definition).values()) {
    const value = content[field.key]
    if ((field.type === 'text' || field.type === 'textarea') && typeof value === 'string' && squeeze(value)) texts.set(field.key, squeeze(value))
  }
  return { name: definition.name['zh-CN'], texts }
}

/** "date · template name: text；text", one line per note, oldest first; the newest kept when too long. */
function historyOf(t: Tx, readable: NoteRow[]): string {
  const lines = readable.map((note) => {
    const { name, texts } = textFields(t, note)
    return clip(`${centreDate(note.signedAt!)} · ${name}：${[...texts.values()].join('；')}`, LINE_MAX)
  })
  const kept: string[] = []
  let length = 0
  for (const line of lines.reverse()) {
    length += [...line].length + 1
    if (length > HISTORY_MAX) break
    kept.unshift(line)
  }
  return kept.join('\n')
}

const yesNo = (value: boolean): string => (value ? WORDS.yes : WORDS.no)

/** The answers as a counsellor would write them: 自杀意念：主动；自杀计划：是；…（date 记录）. */
export function riskInWords(answers: RiskAnswers, date: string): string {
  const a = WORDS.answers
  const q = WORDS.questions
  const factors = answers.protectiveFactors.map((f) => a.protectiveFactors[f]).join(WORDS.listSeparator) || a.suicidalIdeation.none
  return [
    `${q.suicidalIdeation}：${a.suicidalIdeation[answers.suicidalIdeation]}`,
    `${q.plan}：${yesNo(answers.plan)}`,
    `${q.intent}：${yesNo(answers.intent)}`,
    `${q.means}：${yesNo(answers.means)}`,
    `${q.pastAttempts}：${a.pastAttempts[answers.pastAttempts]}`,
    `${q.selfHarm}：${a.selfHarm[answers.selfHarm]}`,
    `${q.harmToOthers}：${a.harmToOthers[answers.harmToOthers]}`,
    `${q.protectiveFactors}：${factors}`
  ].join('；') + `（${date} 评估）`
}

/** The intake's presenting problem, with its onset when written. */
function presentingOf(t: Tx, intake: NoteRow | undefined): string {
  if (!intake) return ''
  const { texts } = textFields(t, intake)
  return clip([texts.get('presenting_problem'), texts.get('onset')].filter(Boolean).join('\n'), 4000)
}

export function prefillReferral(t: Tx, session: Session, studentId: string): Prefill {
  assertClinicalAccess(t, session, studentId)
  const readable = t.orm
    .select()
    .from(notes)
    .where(and(eq(notes.studentId, studentId), eq(notes.status, 'signed')))
    .orderBy(asc(notes.signedAt), asc(notes.id))
    .all()
    .filter((note) => !isRestricted(session, note))
  const newestFirst = [...readable].reverse()
  const assessed = newestFirst.find((note) => note.level !== null && note.risk !== null)
  const tier = t.orm.select({ tier: watchStatus.tier }).from(watchStatus).where(eq(watchStatus.studentId, studentId)).get()?.tier ?? null
  const me = t.orm.select({ name: users.displayName }).from(users).where(eq(users.id, session.userId)).get()
  const prefill: Prefill = {
    tier,
    urgency: tier === 'crisis' ? 'emergency' : null,
    riskLevel: assessed?.level ?? null,
    riskSummary: assessed ? riskInWords(JSON.parse(assessed.risk!) as RiskAnswers, centreDate(assessed.signedAt!)) : '',
    history: historyOf(t, readable),
    presentingProblems: presentingOf(t, newestFirst.find((note) => note.templateKey === 'intake')),
    screening: screeningSummary(t, studentId),
    counsellorName: me?.name ?? ''
  }
  t.audit({ action: 'referrals.prefill', entity: 'student', entityId: studentId, summary: { notes: readable.length, tier } })
  return prefill
}
