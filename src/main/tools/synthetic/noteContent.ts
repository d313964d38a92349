import type { FieldValue } from '@shared/contract'
import * as P from './notePhrases'
import type { Theme } from './notePhrases'
import type { Random } from './random'

/** The shipped templates the seed writes (src/main/core/notes/shipped). */
export type SeedTemplate = 'intake' | 'session_soap' | 'session_dap' | 'crisis' | 'group' | 'remote' | 'closure'

export type Content = Record<string, FieldValue>

export interface ContentContext {
  theme: Theme
  /** The next session's date (centre date), or null. */
  nextSession: string | null
  /** For closures: the sessions of the episode. */
  sessions: number
  /** For group notes: the programme's theme and the session's number. */
  groupTheme: string
  sessionNumber: number
}

/** `n` different phrases of `bank`, joined as one passage (the order drawn, so passages differ). */
function passage(random: Random, bank: readonly string[], min: number, max: number): string {
  const pool = [...bank]
  const out: string[] = []
  const n = Math.min(pool.length, random.int(min, max))
  for (let i = 0; i < n; i++) out.push(pool.splice(random.int(0, pool.length - 1), 1)[0] ?? '')
  return `${out.join('；')}。`
}

const mixed = (random: Random, theme: Theme, min: number, max: number): string =>
  passage(random, [...P.PLANNED[theme], ...P.PLANNED_ANY], min, max)

const withDate = (content: Content, nextSession: string | null): Content => (nextSession ? { ...content, next_session: nextSession } : content)

/**
 * A complete note of the template, every required field filled, the wording drawn from the
 * phrase banks of the student's theme (so that one student's notes tell one story).
 */
export function noteContent(template: SeedTemplate, random: Random, c: ContentContext): Content {
  const t = c.theme
  switch (template) {
    case 'intake':
      return withDate(
        {
          referral_source: random.pick(['self', 'self', 'advisor', 'teacher', 'peer', 'family', 'screening']),
          referral_detail: random.pick(P.REFERRAL_DETAILS),
          presenting_problem: passage(random, P.PRESENTING[t], 1, 2),
          onset: `${random.pick(['约两周前', '一个多月前', '本学期开学后', '上学期期末以来', '半年前'])}开始出现，${random.pick(P.SAYS[t])}。`,
          psych_history: random.pick(P.HISTORY_LINES),
          medical_history: '否认重大躯体疾病。',
          family_background: `${random.pick(P.FAMILY_LINES)}。`,
          social_functioning: passage(random, P.SAYS[t], 1, 2),
          support_system: `${random.pick(P.SUPPORT_LINES)}。`,
          appearance: random.pick(P.OBSERVED.slice(0, 7)),
          mood_affect: passage(random, P.OBSERVED, 1, 2),
          thought: '思维连贯，未见明显思维障碍。',
          perception_cognition: random.pick(P.OBSERVED.slice(8)),
          insight: random.pick(['full', 'full', 'partial']),
          assessment: passage(random, P.ASSESSED[t], 1, 2),
          psychiatric_referral: random.chance(0.08),
          plan: mixed(random, t, 2, 3)
        },
        c.nextSession
      )
    case 'session_soap':
      return withDate(
        {
          subjective: `${random.pick(P.PRESENTING[t])}。${passage(random, P.SAYS[t], 1, 3)}`,
          objective: passage(random, P.OBSERVED, 1, 2),
          assessment: passage(random, P.ASSESSED[t], 1, 2),
          plan: mixed(random, t, 1, 3)
        },
        c.nextSession
      )
    case 'session_dap':
      return withDate(
        {
          data: `${passage(random, P.SAYS[t], 1, 3)}${random.pick(P.OBSERVED)}。`,
          assessment: passage(random, P.ASSESSED[t], 1, 2),
          plan: mixed(random, t, 1, 3)
        },
        c.nextSession
      )
    case 'crisis':
      return {
        reported_by: random.pick(['self', 'roommate', 'advisor', 'family']),
        situation: `${random.pick(P.CRISIS_SITUATIONS)}。${random.pick(P.PRESENTING[t])}。`,
        intervention: passage(random, P.CRISIS_ACTIONS, 2, 4),
        safety_plan: passage(random, P.SAFETY_LINES, 3, 4),
        means_restricted: random.chance(0.7),
        contacts_made: random.chance(0.5) ? ['advisor', 'parents'] : ['advisor', 'parents', 'college_leader'],
        contacts_detail: '已电话告知辅导员和家长，说明情况及后续安排。',
        follow_up: passage(random, P.FOLLOW_UP_LINES, 1, 2),
        handed_to_guardian: random.chance(0.4)
      }
    case 'group':
      return {
        theme: c.groupTheme,
        session_number: c.sessionNumber,
        attendance: random.int(6, 14),
        engagement: passage(random, P.GROUP_LINES, 2, 3),
        observations: `该成员${random.pick(P.SAYS[t])}。`,
        next_session: '继续本主题，增加小组练习。'
      }
    case 'remote':
      return {
        channel: random.pick(['phone', 'phone', 'video', 'text']),
        duration_minutes: random.pick([10, 15, 20, 30, 40]),
        summary: `${random.pick(P.REMOTE_LINES[t])}。${random.pick(P.SAYS[t])}。`,
        plan: mixed(random, t, 1, 2)
      }
    case 'closure':
      return {
        closure_reason: random.pick(['goals_met', 'goals_met', 'student_request', 'left_school', 'no_contact']),
        sessions_total: c.sessions,
        summary_of_work: `来访者因${random.pick(P.PRESENTING[t])}前来咨询。${passage(random, P.CLOSURE_LINES, 1, 3)}`,
        outcome: random.pick(['improved', 'improved', 'partly', 'partly', 'unchanged']),
        outcome_detail: random.pick(P.SAYS[t]),
        recommendations: '如再次出现困扰，可随时预约咨询。'
      }
  }
}

/** A draft as first saved while typing: the first half of the fields, the last of them cut short. */
export function partialContent(full: Content): Content {
  const entries = Object.entries(full)
  const kept = entries.slice(0, Math.max(1, Math.ceil(entries.length / 2)))
  const last = kept.at(-1)
  if (last && typeof last[1] === 'string' && last[1].length > 4) kept[kept.length - 1] = [last[0], last[1].slice(0, Math.ceil(last[1].length / 2))]
  return Object.fromEntries(kept)
}
