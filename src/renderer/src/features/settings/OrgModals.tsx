import { TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { contract, type ClassDto, type CollegeDto } from '@shared/contract'
import { schemaValidator } from '../../components/forms'
import { FormModal } from '../../components/FormModal'
import { useFormCall } from '../../components/useFormCall'
import { notify } from '../../components/notify'

/** Adds a college, or renames `college` when given. */
export function CollegeModal({ college, onClose }: { college?: CollegeDto; onClose: () => void }) {
  const { t } = useTranslation()
  const check = schemaValidator(contract['settings.college.create'].input, t)
  const form = useForm<{ name: string }>({ initialValues: { name: college?.name ?? '' }, validate: (v) => check(v) })
  const onDone = () => {
    notify(t, t('settings.org.collegeSaved'))
    onClose()
  }
  const create = useFormCall('settings.college.create', form, { toInput: (v) => v, invalidate: ['settings.org.get'], onDone })
  const update = useFormCall('settings.college.update', form, {
    toInput: (v) => ({ id: college?.id ?? '', ...v }),
    invalidate: ['settings.org.get'],
    onDone
  })
  const send = college ? update : create
  return (
    <FormModal
      title={t(college ? 'settings.org.editCollegeTitle' : 'settings.org.newCollegeTitle')}
      onClose={onClose}
      onSubmit={send.submit}
      failure={send.failure}
      pending={send.pending}
      submitLabel={t('actions.save')}
    >
      <TextInput label={t('settings.org.collegeName')} withAsterisk data-autofocus {...form.getInputProps('name')} />
    </FormModal>
  )
}

interface ClassValues extends Record<string, unknown> {
  name: string
  grade: string
  advisorName: string
  advisorPhone: string
}

/** Adds a class to `college`, or edits `klass` when given. */
export function ClassModal({ college, klass, onClose }: { college: CollegeDto; klass?: ClassDto; onClose: () => void }) {
  const { t } = useTranslation()
  const check = schemaValidator(contract['settings.class.create'].input, t)
  const form = useForm<ClassValues>({
    initialValues: {
      name: klass?.name ?? '',
      grade: klass?.grade ?? '',
      advisorName: klass?.advisorName ?? '',
      advisorPhone: klass?.advisorPhone ?? ''
    },
    validate: (v) => check({ collegeId: college.id, ...v })
  })
  const onDone = () => {
    notify(t, t('settings.org.classSaved'))
    onClose()
  }
  const fields = (v: ClassValues) => ({ name: v.name, grade: v.grade, advisorName: v.advisorName, advisorPhone: v.advisorPhone })
  const create = useFormCall('settings.class.create', form, {
    toInput: (v) => ({ collegeId: college.id, ...fields(v) }),
    invalidate: ['settings.org.get'],
    onDone
  })
  const update = useFormCall('settings.class.update', form, {
    toInput: (v) => ({ id: klass?.id ?? '', ...fields(v) }),
    invalidate: ['settings.org.get'],
    onDone
  })
  const send = klass ? update : create
  return (
    <FormModal
      title={klass ? t('settings.org.editClassTitle') : t('settings.org.newClassTitle', { college: college.name })}
      onClose={onClose}
      onSubmit={send.submit}
      failure={send.failure}
      pending={send.pending}
      submitLabel={t('actions.save')}
    >
      <TextInput label={t('settings.org.className')} withAsterisk data-autofocus {...form.getInputProps('name')} />
      <TextInput label={t('settings.org.grade')} {...form.getInputProps('grade')} />
      <TextInput label={t('settings.org.advisorName')} {...form.getInputProps('advisorName')} />
      <TextInput label={t('settings.org.advisorPhone')} type="tel" {...form.getInputProps('advisorPhone')} />
    </FormModal>
  )
}
