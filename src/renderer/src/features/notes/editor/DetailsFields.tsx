import { Fieldset, MultiSelect, Stack, Switch } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { useCategories } from '../useCategories'
import type { DraftValues } from './draftValues'

/** Problem categories (for statistics) and whether the note is sensitive. */
export function DetailsFields({ form }: { form: UseFormReturnType<DraftValues> }) {
  const { t } = useTranslation()
  const values = form.getValues()
  const { choices } = useCategories(values.categories)
  return (
    <Fieldset legend={t('notes.editor.details')} variant="filled">
      <Stack gap="md">
        <MultiSelect
          label={t('notes.editor.categories')}
          description={t('notes.editor.categoriesHelp')}
          data={choices}
          value={values.categories}
          searchable
          clearable
          clearButtonProps={{ 'aria-label': t('actions.clear') }}
          error={form.errors['categories'] as string | undefined}
          onChange={(value) => {
            form.setFieldValue('categories', value)
            form.clearFieldError('categories')
          }}
        />
        <Switch
          label={t('notes.editor.sensitive')}
          description={t('notes.editor.sensitiveHelp')}
          checked={values.sensitive}
          onChange={(e) => form.setFieldValue('sensitive', e.currentTarget.checked)}
        />
      </Stack>
    </Fieldset>
  )
}
