import { Alert, Button, Fieldset, Group, SimpleGrid, Stack, Text } from '@mantine/core'
import { IconPrinter } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { ReferralDto, StudentDto } from '@shared/contract'
import { useWatchFormat } from '../watch/format'
import { StudentIdentity } from './StudentIdentity'
import { usePdf } from './usePdf'

/** A sent referral's letter as it was sent (it no longer changes), with a reprint. */
export function ReferralView({ referral, student }: { referral: ReferralDto; student: StudentDto }) {
  const { t } = useTranslation()
  const format = useWatchFormat()
  const letter = usePdf('referrals.letter.pdf')
  const { form, hospital } = referral
  const choice = (group: string, value: string | null) => (value ? t(`referrals.${group}.${value}`) : '')
  const groups: [string, [string, string][]][] = [
    [
      'hospital',
      [
        ['hospital', hospital ? [hospital.name, hospital.department, hospital.phone].filter(Boolean).join(' · ') : ''],
        ['urgency', choice('urgencies', form.urgency)],
        ['riskLevel', t(`alerts.levels.${form.riskLevel}`)],
        ['riskSummary', form.riskSummary]
      ]
    ],
    [
      'clinical',
      [
        ['reason', form.reason],
        ['presentingProblems', form.presentingProblems],
        ['history', form.history],
        ['screening', form.screening],
        ['medication', form.medication],
        ['previousTreatment', form.previousTreatment]
      ]
    ],
    ['requests', [['requests', form.requests.map((r) => t(`referrals.requests.${r}`)).join('、')]]],
    [
      'consent',
      [
        ['consentBy', choice('consentBy', form.consent.by)],
        ['consentDate', form.consent.date ? format.date(form.consent.date) : ''],
        ['consentHow', choice('consentHow', form.consent.how)],
        ['consentNote', form.consent.note]
      ]
    ],
    [
      'family',
      [
        ['familyWho', form.familyInformed.who],
        ['familyDate', form.familyInformed.date ? format.date(form.familyInformed.date) : ''],
        ['familyNote', form.familyInformed.note],
        ['escort', form.escort]
      ]
    ],
    [
      'counsellor',
      [
        ['counsellorName', form.counsellorName],
        ['counsellorPhone', form.counsellorPhone]
      ]
    ]
  ]

  return (
    <Stack gap="md">
      <Alert color="blue" variant="light">
        {t('referrals.form.readOnly')}
      </Alert>
      <Group>
        <Button variant="default" loading={letter.pending} onClick={() => void letter.print(referral.id)} leftSection={<IconPrinter size={18} aria-hidden />}>
          {t('referrals.form.printLetter')}
        </Button>
      </Group>
      <StudentIdentity student={student} />
      {groups.map(([group, items]) => (
        <Fieldset key={group} legend={t(`referrals.form.groups.${group}`)}>
          <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs" m={0}>
            {items.map(([key, value]) => (
              <div key={key}>
                <Text component="dt" size="xs" c="dimmed">
                  {t(`referrals.form.${key}`)}
                </Text>
                <Text component="dd" m={0} style={{ whiteSpace: 'pre-wrap' }}>
                  {value || t('referrals.form.noValue')}
                </Text>
              </div>
            ))}
          </SimpleGrid>
        </Fieldset>
      ))}
    </Stack>
  )
}
