import { Alert, Anchor, Center, Group, Loader, Stack, Text } from '@mantine/core'
import { IconArrowLeft } from '@tabler/icons-react'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { ALERT_LEVELS, type NoteDto, type TemplateDefinition } from '@shared/contract'
import { callOrThrow } from '../../../api'
import { useSession } from '../../../app/session'
import { PageTitle } from '../../../components/PageTitle'
import { errorCode, queryErrorMessage } from '../../students/queryError'
import { useWatchFormat } from '../../watch/format'
import { NoteStatusBadge, RiskBadge, SensitiveMark } from '../badges'
import { findTemplate, useLabel, useTemplates } from '../templates'
import { Addenda } from './Addenda'
import { CrisisBanner } from './CrisisBanner'
import { DraftEditor } from './DraftEditor'
import { NoteView } from './NoteView'

/** /students/:id/notes/:noteId — the author's draft to write, or the note to read. */
export function NoteEditorPage() {
  const { t } = useTranslation()
  const label = useLabel()
  const params = useParams()
  const studentId = params['id'] ?? ''
  const noteId = params['noteId'] ?? ''
  const note = useQuery({ queryKey: ['notes.get', { id: noteId }], queryFn: () => callOrThrow('notes.get', { id: noteId }) })
  const student = useQuery({ queryKey: ['students.get', { id: studentId }], queryFn: () => callOrThrow('students.get', { id: studentId }) })
  const templates = useTemplates()
  const template = note.data ? findTemplate(templates.data, note.data.templateKey, note.data.templateVersion) : undefined
  const name = student.data?.student.name
  const title = template && name ? t('notes.editor.title', { template: label(template.definition.name), name }) : t('notes.editor.titleLoading')

  return (
    <>
      <Anchor component={Link} to={`/students/${studentId}`} size="sm" mb="xs" display="inline-flex" style={{ alignItems: 'center', gap: 4 }}>
        <IconArrowLeft size={16} aria-hidden />
        {t('notes.editor.back')}
      </Anchor>
      <PageTitle>{title}</PageTitle>
      {(note.isPending || (note.data && templates.isPending)) && (
        <Center p="xl">
          <Loader aria-label={t('app.loading')} />
        </Center>
      )}
      {note.isError && <NoteError error={note.error} />}
      {templates.isError && (
        <Alert color="red" role="alert">
          {t('notes.editor.loadFailed', { message: queryErrorMessage(t, templates.error) })}
        </Alert>
      )}
      {note.data && templates.data && !template && (
        <Alert color="red" role="alert">
          {t('notes.editor.templateMissing', { key: note.data.templateKey, version: note.data.templateVersion })}
        </Alert>
      )}
      {note.data && template && <NoteBody note={note.data} template={template.definition} />}
    </>
  )
}

function NoteBody({ note, template }: { note: NoteDto; template: TemplateDefinition }) {
  const { t } = useTranslation()
  const { user } = useSession()
  const format = useWatchFormat()
  const author = note.authorName ?? t('notes.unknownAuthor')
  if (note.restricted) {
    return (
      <Alert color="orange" role="alert">
        {t('notes.editor.restricted')}
      </Alert>
    )
  }
  const mine = note.authorId === user.id
  const signed = note.status === 'signed'
  return (
    <Stack gap="md">
      <Group gap="sm">
        <NoteStatusBadge status={note.status} />
        {note.sensitive && <SensitiveMark />}
        {signed && note.level && <RiskBadge level={note.level} />}
        <Text size="sm">{t('notes.editor.meta', { author, time: format.time(note.createdAt) })}</Text>
      </Group>
      {signed && note.level && ALERT_LEVELS.includes(note.level) && <CrisisBanner level={note.level} />}
      {!signed && mine && <DraftEditor note={note} template={template} />}
      {!signed && !mine && (
        <Alert color="blue" variant="light">
          {t('notes.editor.othersDraft', { author })}
        </Alert>
      )}
      {(signed || !mine) && <NoteView note={note} template={template} />}
      {signed && note.signedAt && (
        <Text fw={600} id="note-signature" tabIndex={-1} style={{ outline: 'none' }}>
          {t('notes.view.signature', { name: author, time: format.time(note.signedAt) })}
        </Text>
      )}
      {signed && <Addenda note={note} mayAdd={mine || user.role === 'admin'} />}
    </Stack>
  )
}

function NoteError({ error }: { error: unknown }) {
  const { t } = useTranslation()
  const code = errorCode(error)
  const message =
    code === 'NOT_FOUND' || code === 'VALIDATION'
      ? t('notes.editor.notFound')
      : code === 'FORBIDDEN'
        ? t('notes.editor.forbidden')
        : t('notes.editor.loadFailed', { message: queryErrorMessage(t, error) })
  return (
    <Alert color={code === 'FORBIDDEN' ? 'orange' : 'red'} role="alert">
      {message}
    </Alert>
  )
}
