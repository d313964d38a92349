import { useState } from 'react'
import { Alert, Button, Center, Group, Loader, Text } from '@mantine/core'
import { IconFileImport, IconUserPlus } from '@tabler/icons-react'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import { roleMayCall } from '@shared/permissions'
import { callOrThrow } from '../../api'
import { useSession } from '../../app/session'
import { PageTitle } from '../../components/PageTitle'
import { queryErrorMessage } from './queryError'
import { StudentFiltersBar } from './StudentFiltersBar'
import { StudentFormModal } from './StudentFormModal'
import { StudentTable } from './StudentTable'
import { useOrg } from './useOrg'
import { listInput, useStudentFilters } from './useStudentFilters'

/** Every student the caller may see, filtered; the way into each student's file. */
export function StudentListPage() {
  const { t } = useTranslation()
  const role = useSession().user.role
  const navigate = useNavigate()
  const clinical = roleMayCall(role, 'watch.list')
  const [filters, setFilters] = useStudentFilters()
  const [creating, setCreating] = useState(false)
  const org = useOrg()
  const input = listInput(filters, clinical)
  const list = useQuery({
    queryKey: ['students.list', input],
    queryFn: () => callOrThrow('students.list', input),
    // The old rows stay while the next filter loads, so the table does not blink at each key.
    placeholderData: keepPreviousData
  })
  const filtered = Object.keys(input).length > 0

  return (
    <>
      <PageTitle>{t('students.title')}</PageTitle>
      <Group justify="flex-end" mb="sm">
        {roleMayCall(role, 'students.import.commit') && (
          <Button component={Link} to="/students/import" variant="default" leftSection={<IconFileImport size={18} aria-hidden />}>
            {t('students.importRoster')}
          </Button>
        )}
        {roleMayCall(role, 'students.create') && (
          <Button leftSection={<IconUserPlus size={18} aria-hidden />} onClick={() => setCreating(true)}>
            {t('students.newStudent')}
          </Button>
        )}
      </Group>
      <StudentFiltersBar filters={filters} onChange={setFilters} org={org.data} clinical={clinical} />
      <Text role="status" size="sm" mb="xs" fw={500}>
        {list.data ? t('students.total', { count: list.data.total }) : list.isPending ? t('students.totalLoading') : ''}
      </Text>
      {list.isPending && (
        <Center p="xl">
          <Loader aria-label={t('app.loading')} />
        </Center>
      )}
      {list.isError && (
        <Alert color="red" role="alert">
          {t('students.loadFailed', { message: queryErrorMessage(t, list.error) })}
        </Alert>
      )}
      {list.data && list.data.rows.length === 0 && <Text c="dimmed">{filtered ? t('students.empty') : t('students.emptyAll')}</Text>}
      {list.data && list.data.rows.length > 0 && <StudentTable rows={list.data.rows} clinical={clinical} />}
      {creating && <StudentFormModal onClose={() => setCreating(false)} onSaved={(s) => void navigate(`/students/${s.id}`)} />}
    </>
  )
}
