import { Alert, Modal, Select, Text } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { AppointmentDto, TemplateDto } from '@shared/contract'
import { callOrThrow } from '../../api'
import { FormModal } from '../../components/FormModal'
import { QueryState } from '../../components/QueryState'
import { kindLabel, useDeskFormat } from '../appointments/desk/format'
import { activeTemplates, suggestTemplate, useLabel, useTemplates } from './templates'
import { useCreateNote } from './useCreateNote'

const NONE = 'none'

interface NewNoteModalProps {
  studentId: string
  /** Preselected, e.g. the appointment just marked attended. */
  appointmentId?: string | null
  /** Opened by itself after an attendance: worded as an offer that can be put off. */
  offer?: boolean
  onClose: () => void
}

/** Choose the template (suggested by the appointment's kind) and the appointment, then write. */
export function NewNoteModal(props: NewNoteModalProps) {
  const { t } = useTranslation()
  const { studentId } = props
  const templates = useTemplates()
  const appointments = useQuery({
    queryKey: ['appointments.forStudent', { studentId }],
    queryFn: () => callOrThrow('appointments.forStudent', { studentId })
  })
  const notes = useQuery({ queryKey: ['notes.forStudent', { studentId }], queryFn: () => callOrThrow('notes.forStudent', { studentId }) })
  const title = t(props.offer ? 'notes.create.offerTitle' : 'notes.create.title')
  if (!templates.data || !appointments.data || !notes.data) {
    const waiting = !templates.data ? templates : !appointments.data ? appointments : notes
    return (
      <Modal opened onClose={props.onClose} title={title} closeButtonProps={{ 'aria-label': t('actions.close') }}>
        <QueryState query={waiting} failedKey="notes.create.loadFailed" />
      </Modal>
    )
  }
  const written = new Set(notes.data.map((n) => n.appointmentId))
  // Attended, seen in full, and without a note yet (the preselected one always stays listed).
  const open = appointments.data
    .filter((a) => a.id === props.appointmentId || (a.status === 'attended' && a.visibility === 'full' && !written.has(a.id)))
    .sort((a, b) => b.start.localeCompare(a.start))
  return <NewNoteForm {...props} templates={templates.data} appointments={open} />
}

function NewNoteForm({ studentId, appointmentId, offer, onClose, templates, appointments }: NewNoteModalProps & { templates: TemplateDto[]; appointments: AppointmentDto[] }) {
  const { t } = useTranslation()
  const label = useLabel()
  const format = useDeskFormat()
  const { create, pending } = useCreateNote()
  const choices = activeTemplates(templates)
  const kindOf = (id: string) => appointments.find((a) => a.id === id)?.kind ?? null
  const firstAppointment = appointmentId ?? NONE
  const form = useForm({
    initialValues: { appointmentId: firstAppointment, templateKey: suggestTemplate(templates, kindOf(firstAppointment))?.definition.key ?? null },
    validate: { templateKey: (value: string | null) => (value ? null : t('validation.required')) },
    onValuesChange: (values, previous) => {
      if (values.appointmentId !== previous.appointmentId) {
        form.setFieldValue('templateKey', suggestTemplate(templates, kindOf(values.appointmentId))?.definition.key ?? null)
      }
    }
  })
  const submit = form.onSubmit(async (values) => {
    const done = await create({
      studentId,
      appointmentId: values.appointmentId === NONE ? null : values.appointmentId,
      templateKey: values.templateKey ?? ''
    })
    if (done) onClose()
  })

  return (
    <FormModal
      title={t(offer ? 'notes.create.offerTitle' : 'notes.create.title')}
      onClose={onClose}
      onSubmit={submit}
      failure={null}
      pending={pending}
      submitLabel={t('notes.create.submit')}
    >
      {offer && <Text>{t('notes.create.offerIntro')}</Text>}
      {choices.length === 0 && (
        <Alert color="orange" role="alert">
          {t('notes.create.noTemplates')}
        </Alert>
      )}
      <Select
        label={t('notes.create.appointment')}
        description={t('notes.create.appointmentHelp')}
        allowDeselect={false}
        data={[
          { value: NONE, label: t('notes.create.noAppointment') },
          ...appointments.map((a) => ({
            value: a.id,
            label: t('notes.create.appointmentOption', { time: format.when(a.start, a.end), kind: kindLabel(t, a.kind), counsellor: a.counsellorName })
          }))
        ]}
        {...form.getInputProps('appointmentId')}
      />
      <Select
        label={t('notes.create.template')}
        description={t('notes.create.templateHelp')}
        required
        data-autofocus
        allowDeselect={false}
        placeholder={t('notes.editor.selectPlaceholder')}
        data={choices.map((tpl) => ({ value: tpl.definition.key, label: label(tpl.definition.name) }))}
        {...form.getInputProps('templateKey')}
      />
    </FormModal>
  )
}
