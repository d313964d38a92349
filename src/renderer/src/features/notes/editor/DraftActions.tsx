import { useState } from 'react'
import { Button, Group, Paper, Text } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { modals } from '@mantine/modals'
import { IconLock, IconTrash } from '@tabler/icons-react'
import { useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { NoteDto, RiskLevel, TemplateDefinition } from '@shared/contract'
import { call } from '../../../api'
import { notify } from '../../../components/notify'
import { describeRefusal } from '../../appointments/calendar/useAppointmentWrite'
import { invalidateNotes } from '../invalidate'
import type { DraftValues } from './draftValues'
import { SaveStatus } from './SaveStatus'
import { checkBeforeSign, issuesToErrors } from './signChecks'
import type { useDraftAutosave } from './useDraftAutosave'

interface DraftActionsProps {
  note: NoteDto
  template: TemplateDefinition
  form: UseFormReturnType<DraftValues>
  computed: RiskLevel | null
  autosave: ReturnType<typeof useDraftAutosave>
  onProblems: (errors: Record<string, string>, other: string[]) => void
  onProblem: (message: string) => void
}

/** The bar under the draft: how saving stands, delete, and sign (after a confirmation). */
export function DraftActions({ note, template, form, computed, autosave, onProblems, onProblem }: DraftActionsProps) {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const [signing, setSigning] = useState(false)
  const input = { id: note.id }

  const sign = async () => {
    setSigning(true)
    try {
      if (!(await autosave.flush())) return onProblem(t('notes.editor.signUnsaved'))
      const result = await call('notes.sign', input)
      if (!result.ok) {
        const { errors, other } = issuesToErrors(t, result.error.issues ?? [], template)
        if (Object.keys(errors).length > 0 || other.length > 0) onProblems(errors, other)
        else onProblem(describeRefusal(t, result.error))
        return
      }
      autosave.forget()
      queryClient.setQueryData(['notes.get', input], result.value)
      await invalidateNotes(queryClient)
      notify(t, t('notes.editor.signed'))
      // The editor gives way to the signed note; its signature line takes focus.
      window.setTimeout(() => document.getElementById('note-signature')?.focus(), 50)
    } finally {
      setSigning(false)
    }
  }

  const askToSign = () => {
    const errors = checkBeforeSign(t, form.getValues(), computed)
    if (Object.keys(errors).length > 0) return onProblems(errors, [])
    modals.openConfirmModal({
      title: t('notes.editor.signTitle'),
      children: <Text size="sm">{t('notes.editor.signBody')}</Text>,
      labels: { confirm: t('notes.editor.signConfirm'), cancel: t('actions.cancel') },
      closeButtonProps: { 'aria-label': t('actions.close') },
      onConfirm: () => void sign()
    })
  }

  const discard = async () => {
    autosave.forget()
    // Let a save already on its way finish first, so it cannot land after the delete.
    await autosave.flush()
    const result = await call('notes.discardDraft', input)
    if (!result.ok) {
      autosave.change(form.getValues())
      notify(t, describeRefusal(t, result.error), t('notes.failed'))
      return
    }
    queryClient.removeQueries({ queryKey: ['notes.get', input] })
    await invalidateNotes(queryClient)
    notify(t, t('notes.editor.discarded'))
    void navigate(`/students/${note.studentId}`)
  }

  const askToDiscard = () =>
    modals.openConfirmModal({
      title: t('notes.editor.discardTitle'),
      children: <Text size="sm">{t('notes.editor.discardBody')}</Text>,
      labels: { confirm: t('notes.editor.discard'), cancel: t('actions.cancel') },
      confirmProps: { color: 'red' },
      closeButtonProps: { 'aria-label': t('actions.close') },
      onConfirm: () => void discard()
    })

  return (
    <Paper withBorder p="sm" pos="sticky" bottom={0} style={{ zIndex: 2 }}>
      <Group justify="space-between">
        <SaveStatus state={autosave.state} savedAt={note.updatedAt} />
        <Group gap="xs">
          <Button variant="default" color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={askToDiscard}>
            {t('notes.editor.discard')}
          </Button>
          <Button leftSection={<IconLock size={16} aria-hidden />} loading={signing} onClick={askToSign}>
            {t('notes.editor.sign')}
          </Button>
        </Group>
      </Group>
    </Paper>
  )
}
