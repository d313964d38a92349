import { useRef, useState } from 'react'
import { Alert, Button, Group, Stack, Text } from '@mantine/core'
import { useForm } from '@mantine/form'
import { IconAlertTriangle, IconDeviceFloppy, IconPrinter } from '@tabler/icons-react'
import { useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { referralForm, type ReferralDto, type StudentDto } from '@shared/contract'
import type { CallError, FieldIssue } from '@shared/errors'
import { call } from '../../api'
import { describeError, issuesToFormErrors, schemaValidator } from '../../components/forms'
import { notify } from '../../components/notify'
import { toReferralForm, type ReferralValues } from './formValues'
import { MissingFields } from './MissingFields'
import { formIssues, REFERRAL_QUERIES, referralPath } from './paths'
import { ReferralFields } from './ReferralFields'
import { StudentIdentity } from './StudentIdentity'
import { Tracking } from './Tracking'
import { usePdf } from './usePdf'

interface ReferralEditorProps {
  student: StudentDto
  /** Null for a new referral, not yet saved. */
  referral: ReferralDto | null
  initial: ReferralValues
  crisis: boolean
}

/** A new referral or a draft: the form, save, print the letter, and (once saved) mark it sent. */
export function ReferralEditor({ student, referral, initial, crisis }: ReferralEditorProps) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const check = schemaValidator(referralForm, t)
  const form = useForm<ReferralValues>({ initialValues: initial, validate: (v) => check(toReferralForm(v)) })
  const [missing, setMissing] = useState<{ titleKey: string; issues: FieldIssue[] } | null>(null)
  const [saving, setSaving] = useState(false)
  const letter = usePdf('referrals.letter.pdf')
  // A new referral, once created, until the page shows it as a draft: a second click in between
  // updates it instead of creating another.
  const created = useRef<ReferralDto | null>(null)

  /** The core's field issues onto the fields, and named together above the buttons. */
  const showIssues = (titleKey: string, error: CallError): void => {
    const issues = formIssues(error.issues ?? [])
    form.setErrors(issuesToFormErrors(issues, t))
    if (issues.length > 0) setMissing({ titleKey, issues })
    else notify(t, describeError(t, error), t('referrals.form.saveFailed'))
  }

  /** Saves the form (creating the referral if new); the saved referral, or null when refused. */
  const persist = async (): Promise<ReferralDto | null> => {
    setMissing(null)
    if (form.validate().hasErrors) return null
    setSaving(true)
    try {
      const values = toReferralForm(form.getValues())
      const existing = referral ?? created.current
      const result = existing
        ? await call('referrals.update', { id: existing.id, form: values })
        : await call('referrals.create', { studentId: student.id, form: values })
      if (!result.ok) {
        showIssues('referrals.form.saveFailed', result.error)
        return null
      }
      if (!referral) created.current = result.value
      queryClient.setQueryData(['referrals.get', { id: result.value.id }], result.value)
      await Promise.all(REFERRAL_QUERIES.map((c) => queryClient.invalidateQueries({ queryKey: [c] })))
      form.resetDirty()
      return result.value
    } finally {
      setSaving(false)
    }
  }

  const opened = (saved: ReferralDto) => {
    if (!referral) void navigate(referralPath(student.id, saved.id), { replace: true })
  }

  const save = async () => {
    const saved = await persist()
    if (!saved) return
    notify(t, t(referral ? 'referrals.form.saved' : 'referrals.form.created'))
    opened(saved)
  }

  const printLetter = async () => {
    const saved = await persist()
    if (!saved) return
    await letter.print(saved.id, (error) => showIssues('referrals.form.letterMissing', error))
    opened(saved)
  }

  return (
    <Stack gap="md">
      {crisis && (
        <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('watch.tiers.crisis')}>
          {t('referrals.form.crisisNotice')}
        </Alert>
      )}
      <Text size="sm">{t('referrals.form.draftIntro')}</Text>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          void save()
        }}
      >
        <Stack gap="md">
          <StudentIdentity student={student} />
          <ReferralFields form={form} />
          {missing && <MissingFields titleKey={missing.titleKey} issues={missing.issues} />}
          <Group>
            <Button type="submit" loading={saving && !letter.pending} leftSection={<IconDeviceFloppy size={18} aria-hidden />}>
              {t('referrals.form.save')}
            </Button>
            <Button variant="default" loading={letter.pending} onClick={() => void printLetter()} leftSection={<IconPrinter size={18} aria-hidden />}>
              {t('referrals.form.printLetter')}
            </Button>
          </Group>
        </Stack>
      </form>
      {referral && (
        <Tracking
          referral={referral}
          beforeAdvance={async () => (await persist()) !== null}
          onFormIssues={(error) => showIssues('referrals.form.sendMissing', error)}
        />
      )}
    </Stack>
  )
}
