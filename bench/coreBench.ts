import { addDays, centreDate } from '@shared/centreTime'
import type { Channel, ChannelInput, ChannelOutput } from '@shared/contract'
import type { Core } from '../src/main/core/core'
import { callOrThrow } from '../src/main/tools/coreCall'
import { createRandom } from '../src/main/tools/synthetic/random'
import type { RosterRow } from '../src/main/tools/synthetic/roster'
import { QUERY_KINDS, queryOf, type QueryKind } from './queries'
import { distribution, type Distribution } from './stats'

/** Calls per round; the rounds multiply them. */
export const PER_ROUND = { searchesPerKind: 20, fileLoads: 40, agendas: 5, watchLists: 3, dashboards: 3 } as const

export const CORE_TARGETS = { searchP95: 15, fileLoadP95: 30, agendaP95: 100 } as const

export type Verdict = 'PASS' | 'OVER'
const verdict = (value: number, target: number): Verdict => (value <= target ? 'PASS' : 'OVER')

export interface CoreLatencies {
  search: { byKind: Record<QueryKind, Distribution>; all: Distribution; target: number; verdict: Verdict }
  fileLoad: { get: Distribution; timeline: Distribution; watch: Distribution; sum: Distribution; target: number; verdict: Verdict }
  agenda: { date: string; entries: number; latency: Distribution; target: number; verdict: Verdict }
  watchList: { rows: number; latency: Distribution }
  dashboard: { dueReviews: number; overdueItems: number; crisis: number; latency: Distribution }
}

/** Milliseconds one core.call takes, end to end (validation, session check, handler, audit row, output check). */
async function timed<C extends Channel>(core: Core, channel: C, input: ChannelInput<C>): Promise<{ ms: number; value: ChannelOutput<C> }> {
  const start = performance.now()
  const value = await callOrThrow(core, channel, input)
  return { ms: performance.now() - start, value }
}

/** The next weekly review (每周研判) on or after today: Wednesday, as the seed holds them. */
export function nextMeetingDate(now = new Date()): string {
  const today = centreDate(now)
  const weekday = new Date(`${today}T00:00:00Z`).getUTCDay()
  return addDays(today, (3 - weekday + 7) % 7)
}

async function measureSearch(core: Core, rows: readonly RosterRow[], rounds: number): Promise<CoreLatencies['search']> {
  const byKind = new Map<QueryKind, number[]>(QUERY_KINDS.map((k) => [k, []]))
  // One call before timing: the first prepare of a statement is not what a user waits for twice.
  await callOrThrow(core, 'students.search', { q: 'zs' })
  for (let r = 0; r < rounds; r++) {
    const random = createRandom(r + 1, 'bench:search')
    // Kinds interleaved, so a slow spell of the machine does not land on one kind.
    for (let i = 0; i < PER_ROUND.searchesPerKind; i++) {
      for (const kind of QUERY_KINDS) {
        const q = queryOf(kind, random.pick(rows), random)
        byKind.get(kind)?.push((await timed(core, 'students.search', { q, limit: 20 })).ms)
      }
    }
  }
  const all = [...byKind.values()].flat()
  const stats = distribution(all)
  return {
    byKind: Object.fromEntries(QUERY_KINDS.map((k) => [k, distribution(byKind.get(k) ?? [])])) as Record<QueryKind, Distribution>,
    all: stats,
    target: CORE_TARGETS.searchP95,
    verdict: verdict(stats.p95, CORE_TARGETS.searchP95)
  }
}

/** What the student file page calls when it opens: the student, the timeline, the watch panel. */
async function measureFileLoad(core: Core, watchedIds: readonly string[], rounds: number): Promise<CoreLatencies['fileLoad']> {
  const get: number[] = []
  const timeline: number[] = []
  const watch: number[] = []
  const sum: number[] = []
  for (let r = 0; r < rounds; r++) {
    const random = createRandom(r + 1, 'bench:file')
    for (let i = 0; i < PER_ROUND.fileLoads; i++) {
      const id = random.pick(watchedIds)
      const a = (await timed(core, 'students.get', { id })).ms
      const b = (await timed(core, 'students.timeline', { id })).ms
      const c = (await timed(core, 'watch.get', { studentId: id })).ms
      get.push(a)
      timeline.push(b)
      watch.push(c)
      sum.push(a + b + c)
    }
  }
  const total = distribution(sum)
  return {
    get: distribution(get),
    timeline: distribution(timeline),
    watch: distribution(watch),
    sum: total,
    target: CORE_TARGETS.fileLoadP95,
    verdict: verdict(total.p95, CORE_TARGETS.fileLoadP95)
  }
}

async function repeat<C extends Channel>(core: Core, channel: C, input: ChannelInput<C>, times: number): Promise<{ samples: number[]; last: ChannelOutput<C> }> {
  let last = await callOrThrow(core, channel, input)
  const samples: number[] = []
  for (let i = 0; i < times; i++) {
    const { ms, value } = await timed(core, channel, input)
    samples.push(ms)
    last = value
  }
  return { samples, last }
}

/**
 * The latencies a counsellor feels, measured through core.call as the admin on the seeded
 * vault: search, opening a student file, the weekly agenda, the watch list, the dashboard.
 */
export async function measureCoreLatencies(core: Core, rows: readonly RosterRow[], rounds: number, log: (line: string) => void): Promise<CoreLatencies> {
  log(`  search: ${rounds} × ${PER_ROUND.searchesPerKind} queries of each of ${QUERY_KINDS.length} kinds …`)
  const search = await measureSearch(core, rows, rounds)

  const watched = await callOrThrow(core, 'watch.list', {})
  log(`  student file: ${rounds} × ${PER_ROUND.fileLoads} opens of random watched students (${watched.length} on the list) …`)
  const fileLoad = await measureFileLoad(core, watched.map((w) => w.studentId), rounds)

  const date = nextMeetingDate()
  log(`  weekly agenda of ${date}, watch list, dashboard …`)
  const agenda = await repeat(core, 'watch.review.agenda', { date }, rounds * PER_ROUND.agendas)
  const list = await repeat(core, 'watch.list', {}, rounds * PER_ROUND.watchLists)
  const dashboard = await repeat(core, 'watch.dashboard', {}, rounds * PER_ROUND.dashboards)
  const agendaStats = distribution(agenda.samples)
  return {
    search,
    fileLoad,
    agenda: {
      date,
      entries: agenda.last.entries.length,
      latency: agendaStats,
      target: CORE_TARGETS.agendaP95,
      verdict: verdict(agendaStats.p95, CORE_TARGETS.agendaP95)
    },
    watchList: { rows: list.last.length, latency: distribution(list.samples) },
    dashboard: {
      dueReviews: dashboard.last.dueReviews.length,
      overdueItems: dashboard.last.overdueItems.length,
      crisis: dashboard.last.crisis.length,
      latency: distribution(dashboard.samples)
    }
  }
}
