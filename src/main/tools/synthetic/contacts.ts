import type { Random } from './random'

/**
 * Phone numbers that pass every format check (11 digits, a 13x mobile prefix) yet are plainly
 * made up: four zeros after the prefix, as in the 1380000xxxx numbers of textbooks.
 */
const pad4 = (n: number): string => String(n).padStart(4, '0')

/** Advisors (辅导员) draw from 1380000xxxx; students from the other 13x0000xxxx ranges, so the two never clash. */
export const ADVISOR_PREFIX = '1380000'
const STUDENT_PREFIXES = ['1300000', '1310000', '1320000', '1330000', '1340000', '1350000', '1360000', '1370000', '1390000']
/** Guardians (parents) draw from 15x0000xxxx, apart from students and advisors. */
const GUARDIAN_PREFIXES = ['1500000', '1510000', '1520000', '1530000', '1550000', '1560000', '1570000', '1580000', '1590000']
const PER_PREFIX = 10_000

export const MAX_ADVISOR_PHONES = PER_PREFIX
export const MAX_STUDENT_PHONES = STUDENT_PREFIXES.length * PER_PREFIX
export const MAX_GUARDIAN_PHONES = GUARDIAN_PREFIXES.length * PER_PREFIX

/** Hands out distinct numbers from a range in a seeded order. */
export class PhonePool {
  private readonly used = new Set<number>()

  constructor(
    private readonly random: Random,
    private readonly prefixes: readonly string[],
    private readonly size = prefixes.length * PER_PREFIX
  ) {}

  static forAdvisors(random: Random): PhonePool {
    return new PhonePool(random, [ADVISOR_PREFIX])
  }

  static forStudents(random: Random): PhonePool {
    return new PhonePool(random, STUDENT_PREFIXES)
  }

  static forGuardians(random: Random): PhonePool {
    return new PhonePool(random, GUARDIAN_PREFIXES)
  }

  next(): string {
    if (this.used.size >= this.size) throw new Error('the synthetic phone range is used up')
    let index = this.random.int(0, this.size - 1)
    // Linear probing keeps the draw count fixed per number, so the sequence stays reproducible.
    while (this.used.has(index)) index = (index + 1) % this.size
    this.used.add(index)
    return `${this.prefixes[Math.floor(index / PER_PREFIX)]}${pad4(index % PER_PREFIX)}`
  }
}

/** A Hangzhou-style landline, 0571-8000xxxx: right shape, obviously invented. */
export const syntheticLandline = (random: Random): string => `0571-8000${pad4(random.int(0, 9999))}`
