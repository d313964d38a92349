/**
 * What the report counts, before labels and suppression: keys (college ids, enum keys, grades),
 * not names. `counts.ts` reads them from the vault; `report.ts` labels, anonymises and lays them
 * out. Every count is a whole number ≥ 0.
 */

/** Kinds of attended counselling sessions the report counts (open days have their own section). */
export const SESSION_KINDS = ['intake', 'counselling', 'follow_up', 'crisis', 'remote', 'group'] as const
export type SessionKind = (typeof SESSION_KINDS)[number]

export const SCREENING_COLS = ['flagged', 'notFlagged'] as const

/** Row key → column key → count. Rows and columns with no count may be absent (= 0). */
export type Matrix = Record<string, Record<string, number>>

/** `''` as a college key: students with no college; as a grade key: no grade recorded. */
export const NO_KEY = ''

export interface RawCounts {
  /** Attended sessions (person-times) by the student's college × session kind; a group counts each roster participant. */
  sessionsByCollegeKind: Matrix
  /** Distinct students with at least one attended session (individual or group roster), by college × gender. */
  studentsByCollegeGender: Matrix
  /** The same students by grade × gender. */
  studentsByGradeGender: Matrix
  /**
   * Distinct students by problem category × gender, from signed notes written (createdAt) in the
   * range; a student with several categories counts once in each (the rows do not add up).
   */
  studentsByCategoryGender: Matrix
  /** Students on the watch list at the end of the range (their tier then), by college × tier. */
  watchByCollegeTier: Matrix
  /** Students screened in rounds dated in the range, by college × flagged / notFlagged (distinct students). */
  screeningByCollege: Matrix
  /** Enrolled students (status enrolled, now) by college key, for coverage. */
  enrolledByCollege: Record<string, number>
  /** The centre's activities in the range (not removed), by kind: how many, and participants summed (null counts as 0). */
  activitiesByKind: Record<string, { count: number; participants: number }>
  /** Names of the screening rounds dated in the range, by date. */
  rounds: string[]
  figures: {
    /** Attended intake sessions (person-times). */
    firstVisits: number
    /** Appointments cancelled as no-show whose start falls in the range. */
    noShows: number
    /** Tier changes in the range: onto the list (from none), raised, lowered, off the list (to none). */
    watchNew: number
    watchRaised: number
    watchLowered: number
    watchRemoved: number
    /** 每周研判 decisions with a meeting date in the range (person-times). */
    reviewDecisions: number
    /** 一生一策 revisions saved in the range. */
    planRevisions: number
    /** Crisis alerts resolved (action recorded) in the range. */
    crisesHandled: number
    /** Referrals that reached each state (a step, not a step back) with a date in the range; each referral once per state. */
    referralsSent: number
    referralsSeen: number
    referralsReturned: number
    /** Follow-ups (person-times) dated in the range, by kind. */
    peerSupport: number
    familyContacts: number
    dormVisits: number
    advisorTalks: number
    /** Attended open-day sessions in the range, and their visitors (roster participants + anonymous counts). */
    openDaySessions: number
    openDayVisits: number
    /** Events by theme in the range. */
    events525: number
    events1010: number
  }
}
