import { Modal } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { QueryState } from '../../../components/QueryState'
import type { BookingModalProps } from '../bookingTypes'
import { BookingForm } from './BookingForm'
import { useAppointmentSettings, useRooms, useStaff } from './useCalendarData'

/**
 * The booking dialog, opened from a free calendar slot, from the waitlist or from a student's
 * file. It stays mounted while closed so Mantine returns focus to what opened it; the form inside
 * starts afresh from the draft each time it opens.
 */
export function BookingModal({ opened, draft, onClose, onBooked }: BookingModalProps) {
  const { t } = useTranslation()
  const settings = useAppointmentSettings()
  const staff = useStaff()
  const rooms = useRooms()
  const pending = [settings, staff, rooms].find((q) => !q.data)
  return (
    <Modal opened={opened} onClose={onClose} title={t('calendar.booking.title')} size="lg" closeButtonProps={{ 'aria-label': t('actions.close') }}>
      {opened &&
        (pending || !settings.data || !staff.data || !rooms.data ? (
          <QueryState query={pending ?? settings} failedKey="calendar.loadFailed" />
        ) : (
          <BookingForm
            draft={draft}
            settings={settings.data}
            staff={staff.data}
            rooms={rooms.data}
            onClose={onClose}
            onBooked={(ids) => {
              onBooked?.(ids)
              onClose()
            }}
          />
        ))}
    </Modal>
  )
}
