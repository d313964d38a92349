import { createRandom, type Random } from './random'

/** The columns of the synthetic screening platform's export: the student number, the date, then PHQ-9 and GAD-7 items. */
export const SCREENING_HEADERS = ['学号', '测评日期', ...Array.from({ length: 9 }, (_, i) => `PHQ9_${i + 1}`), ...Array.from({ length: 7 }, (_, i) => `GAD7_${i + 1}`)]

/** The same layout as the import's column picker would send it. */
export const SCREENING_MAPPING = {
  studentNo: 0,
  takenOn: 1,
  instruments: [
    { key: 'phq9', items: Array.from({ length: 9 }, (_, i) => 2 + i), extras: {} },
    { key: 'gad7', items: Array.from({ length: 7 }, (_, i) => 11 + i), extras: {} }
  ]
}

/**
 * One student's answers (0–3) to `count` items: most students are well, some distressed. The
 * distress level shifts every answer, so PHQ-9 and GAD-7 agree as they do in life.
 */
function answers(random: Random, distress: number, count: number): number[] {
  return Array.from({ length: count }, () => {
    const x = distress + random.next() * 1.6 - 0.8
    return Math.max(0, Math.min(3, Math.round(x)))
  })
}

export interface ScreeningRows {
  csv: Buffer
  rows: number
  /** Rows with PHQ-9 item 9 above 0 (each raises a crisis alert). */
  item9: number
}

/**
 * A screening platform's export (UTF-8 CSV with BOM, as such platforms write it) for these
 * students: about 80 % well, 15 % with mild to moderate symptoms, 5 % severe; item 9 above 0 for
 * about 2 % of students. Synthetic only; the same seed gives the same file.
 */
export function screeningExportCsv(studentNos: readonly string[], date: string, seed: number): ScreeningRows {
  const random = createRandom(seed, 'screening-export')
  const lines = [SCREENING_HEADERS.join(',')]
  let item9 = 0
  for (const no of studentNos) {
    const roll = random.next()
    const distress = roll < 0.8 ? random.next() * 0.6 : roll < 0.95 ? 0.8 + random.next() * 0.9 : 1.8 + random.next() * 1.2
    const phq = answers(random, distress, 9)
    // Thoughts of self-harm are rarer than the other symptoms, even among the distressed.
    phq[8] = random.chance(distress > 1.8 ? 0.3 : distress > 0.8 ? 0.04 : 0.004) ? random.int(1, 3) : 0
    if ((phq[8] ?? 0) > 0) item9++
    lines.push([no, date, ...phq, ...answers(random, distress * 0.9, 7)].join(','))
  }
  return { csv: Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8'), rows: studentNos.length, item9 }
}
