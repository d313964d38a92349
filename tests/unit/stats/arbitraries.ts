import fc from 'fast-check'

/** Counts as a month's table has them: mostly small, some zeros, now and then up to 15. */
export const count = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 4 }), weight: 3 },
  { arbitrary: fc.integer({ min: 0, max: 15 }), weight: 2 }
)

/** A rows × cols grid of `cell`, with 2–5 rows and 2–5 columns unless told otherwise. */
export function grid<T>(cell: fc.Arbitrary<T>, min = 2, max = 5): fc.Arbitrary<T[][]> {
  return fc
    .record({ rows: fc.integer({ min, max }), cols: fc.integer({ min, max }) })
    .chain(({ rows, cols }) =>
      fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows })
    )
}

export const threshold = fc.integer({ min: 1, max: 11 })

/** Fixed seed: the same 200 tables on every run, so CI time and results stay put. */
export const RUNS = { seed: 20_260_801, numRuns: 200 }
