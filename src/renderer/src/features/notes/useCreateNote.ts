import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { call } from '../../api'
import { notify } from '../../components/notify'
import { describeRefusal } from '../appointments/calendar/useAppointmentWrite'
import { invalidateNotes } from './invalidate'

export const editorPath = (studentId: string, noteId: string): string => `/students/${studentId}/notes/${noteId}`

interface NewNote {
  studentId: string
  appointmentId: string | null
  templateKey: string
}

/** Starts a draft and opens it in the editor; a refusal is said in a notice that stays. */
export function useCreateNote() {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const mutation = useMutation({ mutationFn: (input: NewNote) => call('notes.create', input) })
  const create = async (input: NewNote): Promise<boolean> => {
    const result = await mutation.mutateAsync(input)
    if (!result.ok) {
      notify(t, describeRefusal(t, result.error), t('notes.write.failed'))
      return false
    }
    await invalidateNotes(queryClient)
    notify(t, t('notes.create.created'))
    void navigate(editorPath(result.value.studentId, result.value.id))
    return true
  }
  return { create, pending: mutation.isPending }
}
