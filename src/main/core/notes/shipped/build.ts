import type { TemplateField } from '@shared/contract/noteTemplates'

type Label = TemplateField['label']
type FieldExtra = Partial<Pick<TemplateField, 'hint' | 'required' | 'maxLength'>> & { options?: readonly (readonly [string, string, string])[] }

/** A bilingual label. */
export const l = (zh: string, en: string): Label => ({ 'zh-CN': zh, en })

/** A field of a shipped template; options are [value, 中文, English]. */
export function field(key: string, type: TemplateField['type'], zh: string, en: string, extra: FieldExtra = {}): TemplateField {
  const { options, ...rest } = extra
  return {
    key,
    type,
    label: l(zh, en),
    required: false,
    ...rest,
    ...(options ? { options: options.map(([value, z, e]) => ({ value, label: l(z, e) })) } : {})
  }
}

export const required = { required: true } as const
