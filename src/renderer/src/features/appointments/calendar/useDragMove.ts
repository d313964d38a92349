import { useState } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { AppointmentDto } from '@shared/contract'
import { call } from '../../../api'
import { notify } from '../../../components/notify'
import { fromCentreWall } from './centreClock'
import type { MoveStart } from './MoveForm'
import type { Scope } from './ScopeChoice'
import { describeRefusal, invalidateAppointments, isOutsideAvailability } from './useAppointmentWrite'
import { REMOTE_ROOM, type CalendarBy } from './useCalendarData'

export interface Drop {
  appointment: AppointmentDto
  wall: string
  resourceId: string | undefined
}

/**
 * A drag on the schedule becomes appointments.move. The schedule draws only what the core
 * returns, so a refused move needs no undo: the appointment stays where it was, and the core's
 * reason (which names the clash) is shown. Outside available hours, the move form opens at the
 * new time so a reason can be given.
 */
export function useDragMove(by: CalendarBy, onNeedsReason: (appointment: AppointmentDto, start: MoveStart) => void) {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  /** A series appointment waiting for "this one / this and following". */
  const [asking, setAsking] = useState<Drop | null>(null)

  const target = (drop: Drop): Pick<MoveStart, 'counsellorId' | 'roomId'> => {
    if (drop.resourceId === undefined) return {}
    if (by === 'counsellor') return { counsellorId: drop.resourceId }
    return { roomId: drop.resourceId === REMOTE_ROOM ? null : drop.resourceId }
  }

  const move = async (drop: Drop, scope: Scope) => {
    setAsking(null)
    const where = target(drop)
    const result = await call('appointments.move', { id: drop.appointment.id, start: fromCentreWall(drop.wall), ...where, scope })
    if (result.ok) {
      await invalidateAppointments(queryClient)
      notify(t, t('calendar.move.done', { count: result.value.length }))
    } else if (isOutsideAvailability(result.error)) {
      onNeedsReason(drop.appointment, { wall: drop.wall, ...where, scope })
    } else {
      notify(t, describeRefusal(t, result.error), t('calendar.failed'))
    }
  }

  const drop = (d: Drop) => {
    if (d.appointment.seriesId) setAsking(d)
    else void move(d, 'one')
  }

  return { drop, asking, choose: (scope: Scope) => asking && void move(asking, scope), dismiss: () => setAsking(null) }
}
