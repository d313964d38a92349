import type Database from 'better-sqlite3'
import { drizzle } from 'drizzle-orm/better-sqlite3'
import { beforeAll, describe, expect, test } from 'vitest'
import type { StatsRange } from '@shared/contract'
import type { Tx } from '../../../src/main/core/context'
import * as schema from '../../../src/main/core/db/schema'
import { countReport } from '../../../src/main/core/stats/counts'
import type { RawCounts } from '../../../src/main/core/stats/rawCounts'
import { RANGE, ROUND_NAMES, setUpCountsWorld, type CountsWorld } from './countsWorld'

/** The counts as the core would read them: one transaction on the vault's database. */
function countOn(raw: Database.Database, range: StatsRange): RawCounts {
  const now = new Date()
  const tx: Tx = { orm: drizzle(raw, { schema }), sqlite: raw, now, at: now.toISOString(), audit: () => undefined }
  return raw.transaction(() => countReport(tx, range))()
}

const NO_FIGURES: RawCounts['figures'] = {
  firstVisits: 0,
  noShows: 0,
  watchNew: 0,
  watchRaised: 0,
  watchLowered: 0,
  watchRemoved: 0,
  reviewDecisions: 0,
  planRevisions: 0,
  crisesHandled: 0,
  referralsSent: 0,
  referralsSeen: 0,
  referralsReturned: 0,
  peerSupport: 0,
  familyContacts: 0,
  dormVisits: 0,
  advisorTalks: 0,
  openDaySessions: 0,
  openDayVisits: 0,
  events525: 0,
  events1010: 0
}

let w: CountsWorld
let counts: RawCounts

beforeAll(async () => {
  w = await setUpCountsWorld()
  counts = countOn(w.raw, RANGE)
})

describe('countReport over 2026-11-03..2026-11-04 (see countsWorld.ts)', () => {
  test('sessions: attended only, from 00:00 on the first day to 23:59 on the last; a group counts each roster student, never its anonymous visitors', () => {
    const { psych, lang } = w.colleges
    // 张三: intake 11-03 10:00 and counselling 11-04 23:30 (not 11-05 00:10; nor 王小明's at 11-05 00:00); 李四: counselling 11-03 00:00 (not the crisis
    // session 11-02 23:40); the attended group of 11-03: 李四 and 孙七 (psych), 王小明 (lang); 赵六 (no college): remote.
    // Not counted: 王小明's no-show and cancelled follow-up, 赵六's booked follow-up, the cancelled group, open days.
    expect(counts.sessionsByCollegeKind).toEqual({
      [psych]: { intake: 1, counselling: 2, group: 2 },
      [lang]: { group: 1 },
      '': { remote: 1 }
    })
    expect(counts.figures.firstVisits).toBe(1)
    // 王小明's no-show of 11-03 14:00 (not the one of 11-05).
    expect(counts.figures.noShows).toBe(1)
  })

  test('persons: each student with an attended session once, by college × gender and grade × gender', () => {
    const { psych, lang } = w.colleges
    // 张三 has two sessions and 李四 a session and a group: each counts once. 周八 came only to an open day.
    expect(counts.studentsByCollegeGender).toEqual({
      [psych]: { male: 1, female: 1, other: 1 },
      [lang]: { male: 1 },
      '': { female: 1 }
    })
    expect(counts.studentsByGradeGender).toEqual({
      '2025': { male: 1, female: 1 },
      '2024': { male: 1, other: 1 },
      '': { female: 1 }
    })
  })

  test('open days: attended sessions in the range, visitors = roster students + anonymous counts', () => {
    // 11-04: 周八 + 7 + 3. The booked open day of 11-03 and the one of 11-05 are left out.
    expect(counts.figures.openDaySessions).toBe(1)
    expect(counts.figures.openDayVisits).toBe(11)
  })

  test('categories: distinct students of signed notes written in the range, each category of a note', () => {
    // 张三: sleep + mood, then sleep again (once); 李四: sleep; 孙七: crisis, written 11-04 23:50 and signed after the range.
    // Left out: 王小明's draft, 赵六's notes of 11-02 23:55 and 11-05 00:00.
    expect(counts.studentsByCategoryGender).toEqual({
      sleep: { male: 1, female: 1 },
      mood: { male: 1 },
      crisis: { other: 1 }
    })
  })

  test('watch: the tier each student had when the range ended, and the changes made in it', () => {
    const { psych, lang } = w.colleges
    // At 2026-11-05 00:00: 张三 serious (taken off at that very instant), 李四 general (raised to serious and lowered again at one
    // instant 11-04 23:50: the later change holds), 孙七 general (raised to crisis at that instant), 王小明 general; 赵六 put in
    // crisis and taken off within the range.
    expect(counts.watchByCollegeTier).toEqual({ [psych]: { serious: 1, general: 2 }, [lang]: { general: 1 } })
    // New: 王小明, 赵六, 孙七 (11-04 23:50); raised: 张三, 李四; lowered: 李四 twice; removed: 赵六. The changes of 11-02
    // and 11-05 are outside.
    expect(counts.figures).toMatchObject({ watchNew: 3, watchRaised: 2, watchLowered: 2, watchRemoved: 1 })
    // Meeting of 11-04: 王小明 (decided twice, one decision) and 张三; the meetings of 11-02 and 11-05 are outside.
    expect(counts.figures.reviewDecisions).toBe(2)
    // 张三's plan saved 11-03 and 11-04 (not 11-02 or 11-05 00:00).
    expect(counts.figures.planRevisions).toBe(2)
  })

  test('follow-ups by their own date and kind', () => {
    // The dorm visit of 11-02, the advisor talk of 11-05 and the 'review' follow-up are not counted.
    expect(counts.figures).toMatchObject({ peerSupport: 2, familyContacts: 1, dormVisits: 0, advisorTalks: 1 })
  })

  test('crises handled and referrals: alerts resolved in the range; each referral once per state it reached', () => {
    // Resolved 11-03 00:00 (张三) and 11-04 23:50 (赵六); 孙七's before, 李四's at 11-05 00:00.
    expect(counts.figures.crisesHandled).toBe(2)
    // Sent: 李四, 王小明 (张三 11-02, 赵六 11-05); seen: 张三, 李四 (twice, after a step back); returned: 张三.
    expect(counts.figures).toMatchObject({ referralsSent: 2, referralsSeen: 2, referralsReturned: 1 })
  })

  test('screening: rounds dated in the range, distinct students screened and flagged, today’s enrolment', () => {
    const { psych, lang } = w.colleges
    expect(counts.rounds).toEqual([ROUND_NAMES.r1, ROUND_NAMES.r2])
    // Flagged: 张三 (r1; not r2), 李四 (r2; not r1), 王小明, 赵六; 周八 screened, not flagged. 孙七's round of 10-20 is outside.
    expect(counts.screeningByCollege).toEqual({ [psych]: { flagged: 2 }, [lang]: { flagged: 1, notFlagged: 1 }, '': { flagged: 1 } })
    // 孙七 is on leave.
    expect(counts.enrolledByCollege).toEqual({ [psych]: 2, [lang]: 2, '': 1 })
  })

  test('activities: dated in the range and not taken out of the log; participants null count as 0', () => {
    expect(counts.activitiesByKind).toEqual({
      training: { count: 1, participants: 30 },
      lecture: { count: 1, participants: 120 },
      publicity: { count: 1, participants: 0 },
      event: { count: 3, participants: 210 }
    })
    expect(counts.figures).toMatchObject({ events525: 1, events1010: 1 })
  })

  test('every figure, all at once', () => {
    expect(counts.figures).toEqual({
      ...NO_FIGURES,
      firstVisits: 1,
      noShows: 1,
      watchNew: 3,
      watchRaised: 2,
      watchLowered: 2,
      watchRemoved: 1,
      reviewDecisions: 2,
      planRevisions: 2,
      crisesHandled: 2,
      referralsSent: 2,
      referralsSeen: 2,
      referralsReturned: 1,
      peerSupport: 2,
      familyContacts: 1,
      advisorTalks: 1,
      openDaySessions: 1,
      openDayVisits: 11,
      events525: 1,
      events1010: 1
    })
  })
})

describe('countReport over other ranges of the same vault', () => {
  test('the day after: what fell just outside the range is counted there', () => {
    const { psych, lang } = w.colleges
    expect(countOn(w.raw, { from: '2026-11-05', to: '2026-11-05' })).toEqual({
      // 王小明 at 00:00 and 张三 at 00:10.
      sessionsByCollegeKind: { [psych]: { counselling: 1 }, [lang]: { counselling: 1 } },
      studentsByCollegeGender: { [psych]: { male: 1 }, [lang]: { male: 1 } },
      studentsByGradeGender: { '2025': { male: 1 }, '2024': { male: 1 } },
      studentsByCategoryGender: { family: { female: 1 } },
      // 张三 taken off, 孙七 raised to crisis.
      watchByCollegeTier: { [psych]: { general: 1, crisis: 1 }, [lang]: { general: 1 } },
      screeningByCollege: {},
      enrolledByCollege: { [psych]: 2, [lang]: 2, '': 1 },
      activitiesByKind: { training: { count: 1, participants: 40 } },
      rounds: [],
      figures: {
        ...NO_FIGURES,
        noShows: 1,
        watchRaised: 1,
        watchRemoved: 1,
        reviewDecisions: 1,
        planRevisions: 1,
        crisesHandled: 1,
        referralsSent: 1,
        advisorTalks: 1,
        openDaySessions: 1,
        openDayVisits: 4
      }
    })
  })

  test('a range before anything happened counts nothing but today’s enrolment', () => {
    expect(countOn(w.raw, { from: '2025-01-01', to: '2025-12-31' })).toEqual({
      sessionsByCollegeKind: {},
      studentsByCollegeGender: {},
      studentsByGradeGender: {},
      studentsByCategoryGender: {},
      watchByCollegeTier: {},
      screeningByCollege: {},
      enrolledByCollege: { [w.colleges.psych]: 2, [w.colleges.lang]: 2, '': 1 },
      activitiesByKind: {},
      rounds: [],
      figures: NO_FIGURES
    })
  })
})
