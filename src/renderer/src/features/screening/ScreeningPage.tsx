import { Navigate, Route, Routes } from 'react-router'
import { roleMayCall } from '@shared/permissions'
import { useSession } from '../../app/session'
import { ScreeningHome } from './ScreeningHome'
import { ImportPage } from './wizard/ImportPage'

/** /screening: a round's interviews, heat map, coverage and imports; /screening/import: the import wizard. */
export function ScreeningPage() {
  const role = useSession().user.role
  return (
    <Routes>
      <Route index element={<ScreeningHome />} />
      <Route path="import" element={roleMayCall(role, 'screening.import.commit') ? <ImportPage /> : <Navigate to="/screening" replace />} />
      <Route path="*" element={<Navigate to="/screening" replace />} />
    </Routes>
  )
}
