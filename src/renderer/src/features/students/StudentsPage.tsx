import { Navigate, Route, Routes } from 'react-router'
import { roleMayCall } from '@shared/permissions'
import { useSession } from '../../app/session'
import { NoteEditorPage } from '../notes/editor/NoteEditorPage'
import { ReferralPage } from '../referrals/ReferralPage'
import { ImportWizard } from './import/ImportWizard'
import { StudentFilePage } from './StudentFilePage'
import { StudentListPage } from './StudentListPage'

/** /students: the list, a student's file (/students/:id) and the roster import (/students/import). */
export function StudentsPage() {
  const role = useSession().user.role
  return (
    <Routes>
      <Route index element={<StudentListPage />} />
      <Route
        path="import"
        element={roleMayCall(role, 'students.import.commit') ? <ImportWizard /> : <Navigate to="/students" replace />}
      />
      <Route path=":id" element={<StudentFilePage />} />
      <Route path=":id/notes/:noteId" element={<NoteEditorPage />} />
      <Route
        path=":id/referrals/:referralId"
        element={roleMayCall(role, 'referrals.get') ? <ReferralPage /> : <Navigate to="/students" replace />}
      />
      <Route path="*" element={<Navigate to="/students" replace />} />
    </Routes>
  )
}
