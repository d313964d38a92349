import type { Sample } from './stats'

export const RATIO_TARGET = 1.5

export interface StepResult {
  id: string
  label: string
  encrypted: Sample
  plain: Sample
  ratio: number
}

export interface BenchResult {
  at: string
  node: string
  platform: string
  students: number
  rounds: number
  seedSeconds: Record<string, number>
  /** auth.login end to end, scrypt included, in ms. */
  unlock: Sample
  steps: StepResult[]
  total: { encrypted: Sample; plain: Sample; ratio: number; target: number; verdict: 'PASS' | 'OVER' }
}

const ms = (n: number): string => `${n.toFixed(1)} ms`
const pad = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - [...text].length))
const left = (text: string, width: number): string => ' '.repeat(Math.max(0, width - text.length)) + text

/** The table printed at the end of a run; numbers only, no judgement beyond the informational target. */
export function formatReport(r: BenchResult): string {
  const lines = [
    `XinAn bench — ${r.students} synthetic students, ${r.rounds} rounds, Node ${r.node} on ${r.platform}`,
    '',
    `Unlock (auth.login end to end, scrypt N=2^17 included): median ${ms(r.unlock.median)}  (min ${ms(r.unlock.min)}, max ${ms(r.unlock.max)})`,
    '',
    `Workload, medians over ${r.rounds} rounds (identical pragmas: WAL, synchronous=FULL, foreign_keys=ON)`
  ]
  const w = Math.max(...r.steps.map((s) => [...s.label].length), 10) + 2
  lines.push(`${pad('step', w)}${left('encrypted', 14)}${left('plain', 14)}${left('ratio', 8)}`)
  for (const s of r.steps) {
    lines.push(`${pad(s.label, w)}${left(ms(s.encrypted.median), 14)}${left(ms(s.plain.median), 14)}${left(s.ratio.toFixed(2), 8)}`)
  }
  lines.push(
    `${pad('total (median of per-round totals)', w)}${left(ms(r.total.encrypted.median), 14)}${left(ms(r.total.plain.median), 14)}${left(r.total.ratio.toFixed(2), 8)}`,
    '',
    `Overall ratio encrypted/plain: ${r.total.ratio.toFixed(2)}   target ≤ ${r.total.target}   ${r.total.verdict} (informational)`
  )
  return lines.join('\n')
}
