import type { ReactNode } from 'react'
import { Box, Button, Group, Paper, SimpleGrid, Text, Title } from '@mantine/core'
import { IconPencil } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { StudentDto } from '@shared/contract'

/** Contact and organisation data: what the front desk and the early-warning network work from. */
export function ContactCard({ student, onEdit }: { student: StudentDto; onEdit?: () => void }) {
  const { t } = useTranslation()
  const none = (
    <Text span c="dimmed" size="sm">
      {t('students.file.none')}
    </Text>
  )
  const value = (text: string | null | undefined): ReactNode => (text ? text : none)
  const guardian = [student.guardianName, student.guardianRelation].filter(Boolean).join(' · ')
  const advisor = [student.advisorName, student.advisorPhone].filter(Boolean).join(' · ')

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="student-contact">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="student-contact">
          {t('students.file.contactCard')}
        </Title>
        {onEdit && (
          <Button variant="light" size="sm" leftSection={<IconPencil size={16} aria-hidden />} onClick={onEdit}>
            {t('students.file.edit')}
          </Button>
        )}
      </Group>
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" verticalSpacing="xs" m={0}>
        <Item label={t('students.fields.phone')}>{value(student.phone)}</Item>
        <Item label={t('students.fields.dorm')}>{value(student.dorm)}</Item>
        <Item label={t('students.fields.college')}>{value(student.collegeName)}</Item>
        <Item label={t('students.fields.className')}>{value(student.className)}</Item>
        <Item label={t('students.fields.grade')}>{value(student.grade)}</Item>
        <Item label={t('students.fields.major')}>{value(student.major)}</Item>
        <Item label={t('students.file.advisor')}>{value(advisor)}</Item>
        <Item label={t('students.file.guardian')}>{value(guardian)}</Item>
        <Item label={t('students.fields.guardianPhone')}>{value(student.guardianPhone)}</Item>
        <Item label={t('students.fields.gender')}>{t(`students.genders.${student.gender}`)}</Item>
        <Item label={t('students.fields.birthDate')}>{value(student.birthDate)}</Item>
      </SimpleGrid>
      <Box component="dl" mt="sm" mb={0}>
        <Item label={t('students.fields.contactNotes')}>
          {student.contactNotes ? <span style={{ whiteSpace: 'pre-wrap' }}>{student.contactNotes}</span> : none}
        </Item>
      </Box>
    </Paper>
  )
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0}>
        {children}
      </Text>
    </div>
  )
}
