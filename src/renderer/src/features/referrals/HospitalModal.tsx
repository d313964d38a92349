import { Switch, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useState } from 'react'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { hospitalInput, type HospitalDto } from '@shared/contract'
import { call } from '../../api'
import { describeError, issuesToFormErrors, schemaValidator } from '../../components/forms'
import { FormModal } from '../../components/FormModal'
import { notify } from '../../components/notify'

interface HospitalValues extends Record<string, unknown> {
  name: string
  department: string
  address: string
  phone: string
  contactName: string
  contactPhone: string
  active: boolean
}

const toHospital = (v: HospitalValues) => ({
  name: v.name,
  department: v.department,
  address: v.address,
  phone: v.phone,
  contactName: v.contactName,
  contactPhone: v.contactPhone,
  active: v.active
})

/** Adds a hospital to the directory, or edits `hospital` when given (admin). */
export function HospitalModal({ hospital, onClose }: { hospital?: HospitalDto; onClose: () => void }) {
  const { t } = useTranslation()
  const check = schemaValidator(hospitalInput, t)
  const form = useForm<HospitalValues>({
    initialValues: {
      name: hospital?.name ?? '',
      department: hospital?.department ?? '',
      address: hospital?.address ?? '',
      phone: hospital?.phone ?? '',
      contactName: hospital?.contactName ?? '',
      contactPhone: hospital?.contactPhone ?? '',
      active: hospital?.active ?? true
    },
    validate: (v) => check(toHospital(v))
  })
  const queryClient = useQueryClient()
  const [failure, setFailure] = useState<string | null>(null)
  const save = useMutation({ mutationFn: (v: HospitalValues) => call('referrals.hospitals.save', { id: hospital?.id ?? null, hospital: toHospital(v) }) })
  // The core names the fields `hospital.name` …; here they are `name` …, so its issues land on them.
  const submit = form.onSubmit(async (values) => {
    setFailure(null)
    const result = await save.mutateAsync(values)
    if (!result.ok) {
      const issues = (result.error.issues ?? []).map((i) => ({ ...i, path: i.path.replace(/^hospital\./, '') }))
      const onForm = issues.filter((i) => i.path in values)
      form.setErrors(issuesToFormErrors(onForm, t))
      if (onForm.length === 0) setFailure(describeError(t, result.error))
      return
    }
    await queryClient.invalidateQueries({ queryKey: ['referrals.hospitals.list'] })
    notify(t, t('referrals.hospitals.saved'))
    onClose()
  })

  return (
    <FormModal
      title={t(hospital ? 'referrals.hospitals.editTitle' : 'referrals.hospitals.newTitle')}
      onClose={onClose}
      onSubmit={submit}
      failure={failure}
      pending={save.isPending}
      submitLabel={t('actions.save')}
    >
      <TextInput label={t('referrals.hospitals.name')} withAsterisk data-autofocus {...form.getInputProps('name')} />
      <TextInput label={t('referrals.hospitals.department')} {...form.getInputProps('department')} />
      <TextInput label={t('referrals.hospitals.address')} {...form.getInputProps('address')} />
      <TextInput label={t('referrals.hospitals.phone')} type="tel" {...form.getInputProps('phone')} />
      <TextInput label={t('referrals.hospitals.contactName')} {...form.getInputProps('contactName')} />
      <TextInput label={t('referrals.hospitals.contactPhone')} type="tel" {...form.getInputProps('contactPhone')} />
      <Switch label={t('referrals.hospitals.active')} {...form.getInputProps('active', { type: 'checkbox' })} />
    </FormModal>
  )
}
