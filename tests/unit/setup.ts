import { afterAll } from 'vitest'
import { closeTestCores } from './helpers/core'
import { closeTestDbs } from './helpers/db'

// Runs in every test file: with modules shared between the files of a worker (isolate: false),
// a hook registered by a helper module would run only for the first file that imported it.
afterAll(async () => {
  closeTestDbs()
  await closeTestCores()
})
