import { useState } from 'react'
import { Box, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import { IconPlus } from '@tabler/icons-react'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { contract, type NoteDto } from '@shared/contract'
import { call } from '../../../api'
import { describeError, issuesToFormErrors, schemaValidator } from '../../../components/forms'
import { notify } from '../../../components/notify'
import { useWatchFormat } from '../../watch/format'
import { invalidateNotes } from '../invalidate'

/** Corrections and additions under a signed note: dated and signed; the note itself never changes. */
export function Addenda({ note, mayAdd }: { note: NoteDto; mayAdd: boolean }) {
  const { t } = useTranslation()
  const format = useWatchFormat()
  const [adding, setAdding] = useState(false)
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="note-addenda">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="note-addenda">
          {t('notes.addenda.title')}
        </Title>
        {mayAdd && !adding && (
          <Button variant="light" size="sm" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setAdding(true)}>
            {t('notes.addenda.add')}
          </Button>
        )}
      </Group>
      {note.addenda.length === 0 && <Text size="sm">{t('notes.addenda.empty')}</Text>}
      {note.addenda.length > 0 && (
        <Stack component="ol" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
          {note.addenda.map((a) => (
            <Box component="li" key={a.id} pl="sm" style={{ borderInlineStart: '3px solid var(--mantine-color-teal-9)' }}>
              <Text style={{ whiteSpace: 'pre-wrap' }}>{a.text}</Text>
              <Text size="sm" c="dimmed">
                {t('notes.addenda.by', { name: a.authorName ?? t('notes.unknownAuthor'), time: format.time(a.signedAt) })}
              </Text>
            </Box>
          ))}
        </Stack>
      )}
      {adding && <AddendumForm noteId={note.id} onDone={() => setAdding(false)} />}
    </Paper>
  )
}

function AddendumForm({ noteId, onDone }: { noteId: string; onDone: () => void }) {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const check = schemaValidator(contract['notes.addendum'].input, t)
  const form = useForm({ initialValues: { text: '' }, validate: (values) => check({ noteId, text: values.text }) })
  const [failure, setFailure] = useState<string | null>(null)
  const add = useMutation({ mutationFn: (text: string) => call('notes.addendum', { noteId, text }) })
  const submit = form.onSubmit(async ({ text }) => {
    setFailure(null)
    const result = await add.mutateAsync(text)
    if (!result.ok) {
      const errors = issuesToFormErrors((result.error.issues ?? []).filter((i) => i.path === 'text'), t)
      if (Object.keys(errors).length) form.setErrors(errors)
      else setFailure(describeError(t, result.error))
      return
    }
    queryClient.setQueryData(['notes.get', { id: noteId }], result.value)
    await invalidateNotes(queryClient)
    notify(t, t('notes.addenda.added'))
    onDone()
  })
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm" mt="md">
        <Textarea
          label={t('notes.addenda.text')}
          description={t('notes.addenda.textHelp')}
          required
          autosize
          minRows={3}
          maxRows={12}
          autoFocus
          {...form.getInputProps('text')}
        />
        {failure && (
          <Text c="var(--mantine-color-error)" role="alert" size="sm">
            {failure}
          </Text>
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onDone}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" loading={add.isPending}>
            {t('notes.addenda.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
