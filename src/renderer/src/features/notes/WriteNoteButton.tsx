import { Button } from '@mantine/core'
import { IconFileText, IconPencil } from '@tabler/icons-react'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { AppointmentDto } from '@shared/contract'
import { callOrThrow } from '../../api'
import { suggestTemplate, useLabel, useTemplates } from './templates'
import { editorPath, useCreateNote } from './useCreateNote'

/**
 * On an attended appointment (clinical roles): open its note if one was started, or start one
 * with the template its kind suggests.
 */
export function WriteNoteButton({ appointment, studentId }: { appointment: AppointmentDto; studentId: string }) {
  const { t } = useTranslation()
  const label = useLabel()
  const templates = useTemplates()
  const notes = useQuery({ queryKey: ['notes.forStudent', { studentId }], queryFn: () => callOrThrow('notes.forStudent', { studentId }) })
  const { create, pending } = useCreateNote()
  const existing = notes.data?.find((n) => n.appointmentId === appointment.id && !n.restricted)
  if (existing) {
    return (
      <Button component={Link} to={editorPath(studentId, existing.id)} variant="light" leftSection={<IconFileText size={18} aria-hidden />}>
        {t('notes.write.open')}
      </Button>
    )
  }
  const template = suggestTemplate(templates.data, appointment.kind)
  if (!notes.data || !template) return null
  return (
    <Button
      leftSection={<IconPencil size={18} aria-hidden />}
      loading={pending}
      onClick={() => void create({ studentId, appointmentId: appointment.id, templateKey: template.definition.key })}
    >
      {t('notes.write.button', { template: label(template.definition.name) })}
    </Button>
  )
}
