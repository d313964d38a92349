import { useEffect, useState } from 'react'
import { Modal } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { AppointmentDto } from '@shared/contract'
import { callOrThrow } from '../../../api'
import { focusOrigin, returnFocus } from '../../../components/focusReturn'
import { QueryState } from '../../../components/QueryState'
import { AppointmentDetails } from './AppointmentDetails'
import { CancelForm } from './CancelForm'
import { MoveForm, type MoveStart } from './MoveForm'

type Mode = { name: 'view' } | { name: 'move'; start?: MoveStart } | { name: 'cancel' }

interface DetailsModalProps {
  /** The appointment as the calendar has it; the dialog loads the rest (participants). */
  appointment: AppointmentDto
  /** Opens straight on the move form, e.g. after a drag outside available hours. */
  initialMove?: MoveStart
  onClose: () => void
}

/**
 * One dialog for an appointment: its details, and in place of them the move or cancel form, so
 * focus never has to travel between stacked dialogs.
 */
export function DetailsModal({ appointment, initialMove, onClose }: DetailsModalProps) {
  const { t } = useTranslation()
  const [mode, setMode] = useState<Mode>(initialMove ? { name: 'move', start: initialMove } : { name: 'view' })
  const [origin] = useState(focusOrigin)
  useEffect(() => () => returnFocus(origin), [origin])
  const { id } = appointment
  // Someone else's booking seen as busy has nothing more to load.
  const full = appointment.visibility === 'full'
  const details = useQuery({
    queryKey: ['appointments.get', { id }],
    queryFn: () => callOrThrow('appointments.get', { id }),
    enabled: full
  })
  const current = details.data?.appointment ?? appointment
  const title = t(mode.name === 'move' ? 'calendar.move.title' : mode.name === 'cancel' ? 'calendar.cancel.title' : 'calendar.details.title')
  const back = () => setMode({ name: 'view' })

  return (
    <Modal opened onClose={onClose} title={title} size="lg" closeButtonProps={{ 'aria-label': t('actions.close') }}>
      {full && !details.data && <QueryState query={details} failedKey="calendar.details.loadFailed" />}
      {mode.name === 'view' && (
        <AppointmentDetails
          appointment={current}
          participants={details.data?.participants ?? null}
          onMove={() => setMode({ name: 'move' })}
          onCancel={() => setMode({ name: 'cancel' })}
        />
      )}
      {mode.name === 'move' && <MoveForm appointment={current} start={mode.start} onDone={back} onBack={back} />}
      {mode.name === 'cancel' && <CancelForm appointment={current} onDone={back} onBack={back} />}
    </Modal>
  )
}
