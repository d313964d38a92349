import type { Registry } from '../registry'
import { checkImport, commitImport } from './import/service'
import { listStudents, searchStudents } from './search'
import { createStudent, getStudent, studentTimeline, updateStudent } from './service'
import type { TimelineSources } from './timeline'

export function registerStudents(registry: Registry, timeline: TimelineSources): void {
  registry.handleTx('students.search', searchStudents)
  registry.handleTx('students.list', listStudents)
  registry.handleTx('students.get', getStudent)
  registry.handleTx('students.timeline', (t, input, ctx) => studentTimeline(t, input, ctx, timeline))
  registry.handleTx('students.create', createStudent)
  registry.handleTx('students.update', updateStudent)
  registry.handle('students.import.check', checkImport)
  registry.handle('students.import.commit', commitImport)
}
