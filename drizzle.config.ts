import { defineConfig } from 'drizzle-kit'

/**
 * drizzle-kit only generates SQL here: it cannot open the encrypted database. The app applies
 * the migrations itself at unlock (src/main/core/db/migrate.ts).
 */
export default defineConfig({
  dialect: 'sqlite',
  schema: './src/main/core/db/schema.ts',
  out: './src/main/core/db/migrations'
})
