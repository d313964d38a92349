import { useState } from 'react'
import { Button, Group, Paper, Title } from '@mantine/core'
import { IconFileDownload, IconFilePlus } from '@tabler/icons-react'
import { useMutation, useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { roleMayCall } from '@shared/permissions'
import { call, callOrThrow } from '../../api'
import { useSession } from '../../app/session'
import { describeError } from '../../components/forms'
import { notify } from '../../components/notify'
import { QueryState } from '../../components/QueryState'
import { downloadBase64 } from '../watch/download'
import { NewNoteModal } from './NewNoteModal'
import { NotesTable } from './NotesTable'
import { useTemplates } from './templates'

/** The student file's notes: every note the caller may know of, a new note, and the case summary. */
export function StudentNotes({ studentId }: { studentId: string }) {
  const { t, i18n } = useTranslation()
  const role = useSession().user.role
  const [creating, setCreating] = useState(false)
  const input = { studentId }
  const notes = useQuery({ queryKey: ['notes.forStudent', input], queryFn: () => callOrThrow('notes.forStudent', input) })
  const templates = useTemplates()
  const summary = useMutation({
    mutationFn: () => call('notes.summary.pdf', { studentId, locale: i18n.language === 'en' ? 'en' : 'zh-CN' }),
    onSuccess: (result) => {
      if (!result.ok) return notify(t, describeError(t, result.error), t('notes.list.summaryFailed'))
      downloadBase64(result.value.fileName, result.value.pdfBase64, 'application/pdf')
    }
  })

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="student-notes">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="student-notes">
          {t('notes.list.title')}
        </Title>
        <Group gap="xs">
          {roleMayCall(role, 'notes.summary.pdf') && (
            <Button variant="default" size="sm" leftSection={<IconFileDownload size={16} aria-hidden />} loading={summary.isPending} onClick={() => summary.mutate()}>
              {t('notes.list.summaryPdf')}
            </Button>
          )}
          {roleMayCall(role, 'notes.create') && (
            <Button size="sm" leftSection={<IconFilePlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
              {t('notes.list.newNote')}
            </Button>
          )}
        </Group>
      </Group>
      {!notes.data && <QueryState query={notes} failedKey="notes.list.loadFailed" />}
      {notes.data && <NotesTable rows={notes.data} templates={templates.data} />}
      {creating && <NewNoteModal studentId={studentId} onClose={() => setCreating(false)} />}
    </Paper>
  )
}
