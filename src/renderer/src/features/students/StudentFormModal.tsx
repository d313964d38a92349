import { Select, SimpleGrid, Textarea, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { contract, GENDERS, STUDENT_STATUSES, type ChannelInput, type StudentDto } from '@shared/contract'
import { schemaValidator } from '../../components/forms'
import { FormModal } from '../../components/FormModal'
import { notify } from '../../components/notify'
import { useFormCall } from '../../components/useFormCall'
import { classOptions, collegeOptions, useOrg } from './useOrg'

type Gender = (typeof GENDERS)[number]
type Status = (typeof STUDENT_STATUSES)[number]

interface StudentValues extends Record<string, unknown> {
  studentNo: string
  name: string
  gender: Gender
  /** '' while empty: a date input's value; sent as null. */
  birthDate: string
  collegeId: string | null
  classId: string | null
  grade: string
  major: string
  dorm: string
  phone: string
  guardianName: string
  guardianRelation: string
  guardianPhone: string
  status: Status
  contactNotes: string
}

const BLANK: StudentValues = {
  studentNo: '',
  name: '',
  gender: 'unknown',
  birthDate: '',
  collegeId: null,
  classId: null,
  grade: '',
  major: '',
  dorm: '',
  phone: '',
  guardianName: '',
  guardianRelation: '',
  guardianPhone: '',
  status: 'enrolled',
  contactNotes: ''
}

function fromStudent(s: StudentDto): StudentValues {
  return {
    studentNo: s.studentNo,
    name: s.name,
    gender: s.gender,
    birthDate: s.birthDate ?? '',
    collegeId: s.collegeId,
    classId: s.classId,
    grade: s.grade,
    major: s.major,
    dorm: s.dorm,
    phone: s.phone,
    guardianName: s.guardianName,
    guardianRelation: s.guardianRelation,
    guardianPhone: s.guardianPhone,
    status: s.status,
    contactNotes: s.contactNotes
  }
}

const toFields = (v: StudentValues): ChannelInput<'students.create'> => ({ ...v, birthDate: v.birthDate || null })

/** New student (no `student`) or edit of one student's contact and organisation data. */
export function StudentFormModal({ student, onClose, onSaved }: { student?: StudentDto; onClose: () => void; onSaved?: (s: StudentDto) => void }) {
  const { t } = useTranslation()
  const org = useOrg()
  const check = student
    ? schemaValidator(contract['students.update'].input, t)
    : schemaValidator(contract['students.create'].input, t)
  const form = useForm<StudentValues>({
    initialValues: student ? fromStudent(student) : BLANK,
    validate: (values) => check(student ? { id: student.id, ...toFields(values) } : toFields(values))
  })
  const done = (saved: StudentDto) => {
    notify(t, t(student ? 'students.form.updated' : 'students.form.created', { name: saved.name }))
    onSaved?.(saved)
    onClose()
  }
  const invalidate = ['students.list', 'students.get', 'students.search'] as const
  const create = useFormCall('students.create', form, { toInput: toFields, invalidate: [...invalidate], onDone: done })
  const update = useFormCall('students.update', form, {
    toInput: (v) => ({ id: student?.id ?? '', ...toFields(v) }),
    invalidate: [...invalidate],
    onDone: done
  })
  const send = student ? update : create

  const onCollege = (collegeId: string | null) => {
    form.setFieldValue('collegeId', collegeId)
    const classes = org.data?.find((c) => c.id === collegeId)?.classes ?? []
    if (!classes.some((k) => k.id === form.values.classId)) form.setFieldValue('classId', null)
  }
  const onClass = (classId: string | null) => {
    form.setFieldValue('classId', classId)
    // A class knows its grade; saving the counsellor typing it twice.
    const grade = org.data?.flatMap((c) => c.classes).find((k) => k.id === classId)?.grade
    if (grade && !form.values.grade) form.setFieldValue('grade', grade)
  }
  const field = (name: keyof StudentValues & string) => form.getInputProps(name)

  return (
    <FormModal
      title={student ? t('students.form.editTitle', { name: student.name }) : t('students.form.createTitle')}
      onClose={onClose}
      onSubmit={send.submit}
      failure={send.failure}
      pending={send.pending}
      submitLabel={student ? t('actions.save') : t('students.form.createSubmit')}
    >
      <SimpleGrid type="container" cols={{ base: 1, '380px': 2 }} spacing="sm">
        <TextInput label={t('students.fields.studentNo')} withAsterisk data-autofocus autoComplete="off" {...field('studentNo')} />
        <TextInput label={t('students.fields.name')} withAsterisk autoComplete="off" {...field('name')} />
        <Select
          label={t('students.fields.gender')}
          data={GENDERS.map((g) => ({ value: g, label: t(`students.genders.${g}`) }))}
          allowDeselect={false}
          {...field('gender')}
        />
        <TextInput type="date" label={t('students.fields.birthDate')} {...field('birthDate')} />
        <Select
          label={t('students.fields.college')}
          data={collegeOptions(org.data)}
          placeholder={t('students.form.noCollege')}
          searchable
          clearable
          {...field('collegeId')}
          onChange={onCollege}
        />
        <Select
          label={t('students.fields.className')}
          data={classOptions(org.data, form.values.collegeId)}
          placeholder={form.values.collegeId ? t('students.form.noCollege') : t('students.filters.classNeedsCollege')}
          disabled={!form.values.collegeId}
          searchable
          clearable
          {...field('classId')}
          onChange={onClass}
        />
        <TextInput label={t('students.fields.grade')} {...field('grade')} />
        <TextInput label={t('students.fields.major')} {...field('major')} />
        <TextInput label={t('students.fields.dorm')} description={t('students.fields.dormHelp')} {...field('dorm')} />
        <TextInput label={t('students.fields.phone')} type="tel" autoComplete="off" {...field('phone')} />
        <TextInput label={t('students.fields.guardianName')} autoComplete="off" {...field('guardianName')} />
        <TextInput label={t('students.fields.guardianRelation')} {...field('guardianRelation')} />
        <TextInput label={t('students.fields.guardianPhone')} type="tel" autoComplete="off" {...field('guardianPhone')} />
        <Select
          label={t('students.fields.status')}
          data={STUDENT_STATUSES.map((s) => ({ value: s, label: t(`students.statuses.${s}`) }))}
          allowDeselect={false}
          {...field('status')}
        />
      </SimpleGrid>
      <Textarea
        label={t('students.fields.contactNotes')}
        description={t('students.fields.contactNotesHelp')}
        autosize
        minRows={2}
        maxRows={6}
        {...field('contactNotes')}
      />
    </FormModal>
  )
}
