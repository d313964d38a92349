import type Database from 'better-sqlite3'
import type { Matrix } from '../rawCounts'
import { allRows, toMatrix, type Cell, type Span } from './span'

/**
 * Distinct students by problem category × gender, from signed notes written (created_at) in the
 * range. A note filed under several categories counts its student in each; two notes of one
 * student under one category count them once. Drafts are left out: an unsigned note may still
 * change.
 */
const BY_CATEGORY_GENDER = `
  SELECT c.value AS row, s.gender AS col, count(DISTINCT n.student_id) AS n
    FROM notes n, json_each(n.categories) c JOIN students s ON s.id = n.student_id
   WHERE n.created_at >= @start AND n.created_at < @end AND n.status = 'signed'
   GROUP BY 1, 2`

export const countCategories = (sqlite: Database.Database, span: Span): Matrix => toMatrix(allRows<Cell>(sqlite, BY_CATEGORY_GENDER, span))
