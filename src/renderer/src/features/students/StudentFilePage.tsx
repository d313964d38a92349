import { useState } from 'react'
import { Alert, Anchor, Badge, Center, Group, Loader, Stack, Text } from '@mantine/core'
import { IconArrowLeft } from '@tabler/icons-react'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { roleMayCall } from '@shared/permissions'
import { callOrThrow } from '../../api'
import { useSession } from '../../app/session'
import { PageTitle } from '../../components/PageTitle'
import { StudentAppointments } from '../appointments/desk/StudentAppointments'
import { RecordPdfButton } from '../backup/RecordPdfButton'
import { StudentNotes } from '../notes/StudentNotes'
import { StudentReferrals } from '../referrals/StudentReferrals'
import { StudentScreening } from '../screening/student/StudentScreening'
import { WatchPanel } from '../watch/WatchPanel'
import { ContactCard } from './ContactCard'
import { errorCode, queryErrorMessage } from './queryError'
import { StudentFormModal } from './StudentFormModal'
import { StudentTimeline } from './StudentTimeline'
import { TierBadge } from '../watch/TierBadge'

/** One student's file: contact data for everyone; tier, plan and timeline for clinical roles. */
export function StudentFilePage() {
  const { t } = useTranslation()
  const id = useParams()['id'] ?? ''
  const role = useSession().user.role
  const [editing, setEditing] = useState(false)
  const file = useQuery({ queryKey: ['students.get', { id }], queryFn: () => callOrThrow('students.get', { id }) })
  const clinical = file.data?.clinical ?? false
  // The same query the watch panel reads, so the header's tier changes with it.
  const watch = useQuery({
    queryKey: ['watch.get', { studentId: id }],
    queryFn: () => callOrThrow('watch.get', { studentId: id }),
    enabled: clinical
  })
  const student = file.data?.student
  const tier = watch.data?.tier

  return (
    <>
      <Anchor component={Link} to="/students" size="sm" mb="xs" display="inline-flex" style={{ alignItems: 'center', gap: 4 }}>
        <IconArrowLeft size={16} aria-hidden />
        {t('students.file.back')}
      </Anchor>
      <PageTitle>{student ? student.name : t('students.file.title')}</PageTitle>
      {file.isPending && (
        <Center p="xl">
          <Loader aria-label={t('app.loading')} />
        </Center>
      )}
      {file.isError && <FileError error={file.error} />}
      {student && (
        <Stack>
          <Group gap="sm" mt={-8}>
            <Text>{t('students.file.summary', { studentNo: student.studentNo })}</Text>
            <Badge variant="outline" color="gray">
              {t(`students.statuses.${student.status}`)}
            </Badge>
            {clinical && tier && <TierBadge tier={tier} />}
            {clinical && watch.isSuccess && !tier && (
              <Text size="sm" c="dimmed">
                {t('students.notWatched')}
              </Text>
            )}
            {roleMayCall(role, 'records.student.pdf') && (
              <div style={{ marginInlineStart: 'auto' }}>
                <RecordPdfButton studentId={student.id} />
              </div>
            )}
          </Group>
          {!clinical && (
            <Alert color="blue" variant="light">
              {t('students.file.contactOnly')}
            </Alert>
          )}
          <ContactCard student={student} onEdit={roleMayCall(role, 'students.update') ? () => setEditing(true) : undefined} />
          <StudentAppointments student={student} />
          {clinical && <StudentNotes studentId={student.id} />}
          {clinical && roleMayCall(role, 'referrals.forStudent') && <StudentReferrals studentId={student.id} />}
          {clinical && <WatchPanel studentId={student.id} />}
          {clinical && roleMayCall(role, 'screening.student.results') && <StudentScreening studentId={student.id} />}
          {clinical && <StudentTimeline studentId={student.id} />}
        </Stack>
      )}
      {editing && student && <StudentFormModal student={student} onClose={() => setEditing(false)} />}
    </>
  )
}

function FileError({ error }: { error: unknown }) {
  const { t } = useTranslation()
  const code = errorCode(error)
  // A malformed address is, to the reader, a student that does not exist.
  const message =
    code === 'NOT_FOUND' || code === 'VALIDATION'
      ? t('students.file.notFound')
      : code === 'FORBIDDEN'
        ? t('students.file.forbidden')
        : t('students.file.loadFailed', { message: queryErrorMessage(t, error) })
  return (
    <Alert color={code === 'FORBIDDEN' ? 'orange' : 'red'} role="alert">
      {message}
    </Alert>
  )
}
