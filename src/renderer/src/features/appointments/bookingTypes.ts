import type { AppointmentKind } from '@shared/contract'

/**
 * What the booking dialog (features/appointments/calendar/BookingModal.tsx) may be opened with:
 * from a free calendar slot (start, counsellor or room), from the waitlist (student and waitlist
 * entry) or from the student file (student).
 */
export interface BookingDraft {
  kind?: AppointmentKind
  studentId?: string
  /** Shown in the dialog when booking for a student picked elsewhere. */
  studentLabel?: string
  waitlistId?: string
  counsellorId?: string
  roomId?: string | null
  /** ISO instant. */
  start?: string
}

export interface BookingModalProps {
  opened: boolean
  draft: BookingDraft
  onClose: () => void
  /** After a successful booking, with the booked appointment ids. */
  onBooked?: (ids: string[]) => void
}
