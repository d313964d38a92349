import type { ChannelOutput, Tier } from '@shared/contract'
import type { MeteredCaller } from './meter'
import type { SeedAct } from './seedTimeline'
import { DECISION_NOTES } from './synthetic/phrases'
import { createRandom } from './synthetic/random'
import type { TierStep, WatchEvent, WatchPlan } from './synthetic/history'

export interface WatchSeedCounts {
  /** On the list at the end, by tier. */
  watched: Record<Tier, number>
  removed: number
  tierChanges: number
  planRevisions: number
  /** Students with a plan. */
  plans: number
  followUps: number
  checklistDone: number
  meetings: number
  decisions: number
}

export interface WatchSeedInput {
  caller: MeteredCaller
  plan: WatchPlan
  /** Student id by roster row index. */
  studentIds: readonly string[]
  counsellorIds: readonly string[]
  seed: number
  /**
   * How many agenda entries each past meeting records a decision for. Not all: every
   * watch.review.decide answers with the whole agenda, recomputed, so deciding a whole agenda
   * of n students costs n agenda builds (at 16,000 students ~500 entries a meeting: minutes).
   */
  decisionsPerMeeting: number
  log: (line: string) => void
}

const RANK: Record<Tier, number> = { general: 0, serious: 1, crisis: 2 }
const WEEK_MS = 7 * 86_400_000

type Decision = ChannelOutput<'watch.review.agenda'>['entries'][number]['decision'] & string

/**
 * What the meeting decides: what the history does next within the week (raise, lower, remove),
 * else keep — or, for some crisis students, refer. Decisions are minutes; the tier change itself
 * follows as its own act.
 */
function decide(next: TierStep | undefined, tier: Tier, chance: () => boolean): Decision {
  if (next) {
    if (next.tier === null) return 'remove'
    return RANK[next.tier] > RANK[tier] ? 'raise' : 'lower'
  }
  return tier === 'crisis' && chance() ? 'refer' : 'keep'
}

/**
 * The planned watch-list history as acts through the core as the admin, each at its time (the
 * timeline moves the clock). Each weekly meeting opens its agenda and records decisions for
 * some of it. `counts` is complete once every act has run.
 */
export function watchActs(input: WatchSeedInput): { acts: SeedAct[]; counts: () => WatchSeedCounts } {
  const { caller, plan, studentIds } = input
  const random = createRandom(input.seed, 'watch:decisions')
  const rowOf = new Map(studentIds.map((id, row) => [id, row]))
  const stepsOf = new Map(plan.watched.map((w) => [w.student, w.steps]))
  const itemIds = new Map<string, string>()
  const planned = new Set<number>()
  const counts: WatchSeedCounts = {
    watched: { general: 0, serious: 0, crisis: 0 },
    removed: 0,
    tierChanges: 0,
    planRevisions: 0,
    plans: 0,
    followUps: 0,
    checklistDone: 0,
    meetings: 0,
    decisions: 0
  }
  /** `n` entries of the agenda in its own order (crisis first), chosen with the seeded stream. */
  function sample<T>(entries: readonly T[], n: number): T[] {
    if (entries.length <= n) return [...entries]
    const chosen = new Set<number>()
    while (chosen.size < n) chosen.add(random.int(0, entries.length - 1))
    return entries.filter((_, i) => chosen.has(i))
  }
  const id = (student: number): string => {
    const found = studentIds[student]
    if (!found) throw new Error(`no stored student for roster row ${student}`)
    return found
  }

  async function act(event: WatchEvent): Promise<void> {
    switch (event.type) {
      case 'tier': {
        const step = stepsOf.get(event.student)?.[event.step]
        if (!step) throw new Error('a tier event without its step')
        const watch = await caller.call('watch.setTier', {
          studentId: id(event.student),
          tier: step.tier,
          reason: step.reason,
          riskFactors: step.riskFactors,
          specialPeriod: step.specialPeriod
        })
        for (const item of watch.checklist) itemIds.set(`${event.student}:${event.step}:${item.item}`, item.id)
        counts.tierChanges++
        return
      }
      case 'checklist': {
        const itemId = itemIds.get(`${event.student}:${event.step}:${event.item}`)
        if (!itemId) throw new Error('a checklist event before its tier change')
        await caller.call('watch.checklist.complete', { itemId, note: event.note })
        counts.checklistDone++
        return
      }
      case 'plan': {
        const { counsellor, ...plan } = event.plan
        const counsellorId = input.counsellorIds[counsellor % input.counsellorIds.length] ?? null
        await caller.call('watch.plan.save', { studentId: id(event.student), counsellorId, ...plan })
        counts.planRevisions++
        planned.add(event.student)
        return
      }
      case 'followUp':
        await caller.call('watch.followUp.add', { studentId: id(event.student), ...event.followUp })
        counts.followUps++
        return
      case 'meeting': {
        const agenda = await caller.call('watch.review.agenda', { date: event.date })
        for (const entry of sample(agenda.entries, input.decisionsPerMeeting)) {
          const row = rowOf.get(entry.student.studentId)
          const steps = (row === undefined ? undefined : stepsOf.get(row)) ?? []
          const current = steps.filter((s) => s.at <= event.at).at(-1)
          const next = steps.find((s) => s.at > event.at && s.at <= event.at + WEEK_MS)
          // A student taken off the list this week is on the agenda too: the meeting records it.
          const decision = current?.tier === null ? 'remove' : decide(next, entry.student.tier, () => random.chance(0.25))
          await caller.call('watch.review.decide', {
            date: event.date,
            studentId: entry.student.studentId,
            decision,
            note: random.pick(DECISION_NOTES)
          })
          counts.decisions++
        }
        counts.meetings++
        input.log(`  weekly review ${event.date}: ${agenda.entries.length} students on the agenda`)
        return
      }
    }
  }

  function finalCounts(): WatchSeedCounts {
    const final = { ...counts, watched: { general: 0, serious: 0, crisis: 0 }, removed: 0, plans: planned.size }
    for (const { steps } of plan.watched) {
      const tier = steps.at(-1)?.tier ?? null
      if (tier) final.watched[tier]++
      else final.removed++
    }
    return final
  }

  return { acts: plan.events.map((event) => ({ at: event.at, run: () => act(event) })), counts: finalCounts }
}
