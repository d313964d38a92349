import { useState } from 'react'
import { Alert, Button, Checkbox, CloseButton, Group, Stack, Table, Text, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { IconPlus } from '@tabler/icons-react'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { contract, type ChannelOutput } from '@shared/contract'
import { call, callOrThrow } from '../../../api'
import { describeError, issuesToFormErrors, schemaValidator } from '../../../components/forms'
import { notify } from '../../../components/notify'
import { QueryState } from '../../../components/QueryState'

type Category = ChannelOutput<'notes.categories.get'>[number]
interface CategoryValues extends Record<string, unknown> {
  categories: Category[]
}

/** The problem categories notes are filed under. */
export function CategoriesSection() {
  const { t } = useTranslation()
  const categories = useQuery({ queryKey: ['notes.categories.get', {}], queryFn: () => callOrThrow('notes.categories.get', {}) })
  return (
    <Stack>
      <Text size="sm">{t('notesAdmin.categories.intro')}</Text>
      <QueryState query={categories} failedKey="notesAdmin.loadFailed" />
      {/* A fresh form after each save: saved rows lose their editable key. */}
      {categories.data && <CategoriesForm key={categories.dataUpdatedAt} saved={categories.data} />}
    </Stack>
  )
}

/** Keys used twice, on the later row (the core would refuse the whole list). */
function duplicateKeys(rows: Category[]): Record<string, string> {
  const seen = new Set<string>()
  const errors: Record<string, string> = {}
  rows.forEach((row, n) => {
    if (seen.has(row.key)) errors[`categories.${n}.key`] = 'notesAdmin.categories.duplicateKey'
    seen.add(row.key)
  })
  return errors
}

function CategoriesForm({ saved }: { saved: Category[] }) {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const check = schemaValidator(contract['notes.categories.save'].input, t)
  const form = useForm<CategoryValues>({
    initialValues: { categories: saved.map((c) => ({ ...c })) },
    validate: (values) => ({
      ...check(values),
      ...Object.fromEntries(Object.entries(duplicateKeys(values.categories)).map(([path, key]) => [path, t(key)]))
    })
  })
  const [failure, setFailure] = useState<string | null>(null)
  const save = useMutation({ mutationFn: (values: CategoryValues) => call('notes.categories.save', { categories: values.categories }) })

  const submit = form.onSubmit(async (values) => {
    setFailure(null)
    const result = await save.mutateAsync(values)
    if (!result.ok) {
      form.setErrors(issuesToFormErrors(result.error.issues ?? [], t))
      return setFailure(describeError(t, result.error))
    }
    notify(t, t('notesAdmin.categories.saved'))
    await queryClient.invalidateQueries({ queryKey: ['notes.categories.get'] })
  })

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Table.ScrollContainer minWidth={720}>
          <Table captionSide="top" verticalSpacing="xs">
            <Table.Caption>{t('notesAdmin.categories.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('notesAdmin.categories.key')}</Table.Th>
                <Table.Th scope="col">{t('notesAdmin.categories.zh')}</Table.Th>
                <Table.Th scope="col">{t('notesAdmin.categories.en')}</Table.Th>
                <Table.Th scope="col">{t('notesAdmin.categories.active')}</Table.Th>
                <Table.Th scope="col">{t('notesAdmin.categories.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {form.getValues().categories.map((row, index) => {
                const n = index + 1
                // Saved rows keep their key (notes refer to it); only rows added here take one.
                const isNew = index >= saved.length
                return (
                  <Table.Tr key={index}>
                    <Table.Td>
                      {isNew ? (
                        <TextInput
                          aria-label={t('notesAdmin.categories.keyOf', { n })}
                          ff="monospace"
                          maxLength={40}
                          {...form.getInputProps(`categories.${index}.key`)}
                        />
                      ) : (
                        <Text ff="monospace" size="sm">
                          {row.key}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <TextInput
                        aria-label={t('notesAdmin.categories.zhOf', { n })}
                        {...form.getInputProps(`categories.${index}.zh-CN`)}
                      />
                    </Table.Td>
                    <Table.Td>
                      <TextInput
                        aria-label={t('notesAdmin.categories.enOf', { n })}
                        {...form.getInputProps(`categories.${index}.en`)}
                      />
                    </Table.Td>
                    <Table.Td>
                      <Checkbox
                        aria-label={t('notesAdmin.categories.activeOf', { n })}
                        {...form.getInputProps(`categories.${index}.active`, { type: 'checkbox' })}
                      />
                    </Table.Td>
                    <Table.Td>
                      {isNew && (
                        <CloseButton
                          aria-label={t('notesAdmin.categories.removeNewOf', { n })}
                          onClick={() => form.removeListItem('categories', index)}
                        />
                      )}
                    </Table.Td>
                  </Table.Tr>
                )
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {failure && (
          <Alert color="red" role="alert" title={t('notesAdmin.categories.failed')}>
            {failure}
          </Alert>
        )}
        <Group>
          <Button
            variant="default"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => form.insertListItem('categories', { key: '', 'zh-CN': '', en: '', active: true })}
          >
            {t('notesAdmin.categories.add')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
