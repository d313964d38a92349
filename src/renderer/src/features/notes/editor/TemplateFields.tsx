import { Fieldset, Stack } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import type { TemplateDefinition } from '@shared/contract'
import { useLabel } from '../templates'
import type { DraftValues } from './draftValues'
import { FieldInput } from './FieldInput'

/** The template's sections, each a fieldset named by its legend, with its fields in order. */
export function TemplateFields({ template, form }: { template: TemplateDefinition; form: UseFormReturnType<DraftValues> }) {
  const label = useLabel()
  const { content } = form.getValues()
  return (
    <>
      {template.sections.map((section) => (
        <Fieldset key={section.key} legend={label(section.title)} variant="filled">
          <Stack gap="sm">
            {section.fields.map((field) => {
              const path = `content.${field.key}`
              return (
                <FieldInput
                  key={field.key}
                  field={field}
                  value={content[field.key] ?? null}
                  error={form.errors[path] as string | undefined}
                  onChange={(value) => {
                    form.setFieldValue(path, value)
                    form.clearFieldError(path)
                  }}
                />
              )
            })}
          </Stack>
        </Fieldset>
      ))}
    </>
  )
}
