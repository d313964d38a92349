import { Fieldset, SimpleGrid, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { StudentDto } from '@shared/contract'
import { useWatchFormat } from '../watch/format'

/** Who is referred, as the student file has it (edited there, not here). */
export function StudentIdentity({ student }: { student: StudentDto }) {
  const { t } = useTranslation()
  const format = useWatchFormat()
  const unknown = t('referrals.form.unknown')
  const guardian = [student.guardianName, student.guardianRelation, student.guardianPhone].filter(Boolean).join(' · ')
  const items: [string, string][] = [
    ['identityName', student.name],
    ['identityNo', student.studentNo],
    ['identityGender', t(`students.genders.${student.gender}`)],
    ['identityBirth', student.birthDate ? format.date(student.birthDate) : ''],
    ['identityCollege', student.collegeName ?? ''],
    ['identityClass', student.className ?? ''],
    ['identityPhone', student.phone],
    ['identityGuardian', guardian]
  ]
  return (
    <Fieldset legend={t('referrals.form.identity')}>
      <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 4 }} spacing="xs" verticalSpacing="xs" m={0}>
        {items.map(([key, value]) => (
          <div key={key}>
            <Text component="dt" size="xs" c="dimmed">
              {t(`referrals.form.${key}`)}
            </Text>
            <Text component="dd" m={0}>
              {value || unknown}
            </Text>
          </div>
        ))}
      </SimpleGrid>
    </Fieldset>
  )
}
