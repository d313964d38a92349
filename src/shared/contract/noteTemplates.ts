import { z } from 'zod'
import { APPOINTMENT_KINDS } from './appointmentEnums'

const key = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, { message: 'validation.key' })
const label = z.object({ 'zh-CN': z.string().trim().min(1, { message: 'validation.required' }).max(80), en: z.string().trim().min(1, { message: 'validation.required' }).max(80) }).strict()

export const templateField = z
  .object({
    key,
    type: z.enum(['text', 'textarea', 'select', 'multiselect', 'number', 'date', 'checkbox']),
    label,
    hint: label.optional(),
    required: z.boolean().default(false),
    options: z.array(z.object({ value: key, label }).strict()).max(40).optional(),
    /** For text and textarea. */
    maxLength: z.number().int().min(1).max(20_000).optional()
  })
  .strict()
  .refine((f) => (f.type === 'select' || f.type === 'multiselect' ? (f.options?.length ?? 0) > 0 : f.options === undefined), {
    message: 'validation.templateOptions',
    path: ['options']
  })
export type TemplateField = z.infer<typeof templateField>

/**
 * A note template as data: sections of typed fields, whether the risk assessment is part of it,
 * and the appointment kinds it suits. Editing makes a new version; notes keep the version they
 * were written with.
 */
export const templateDefinition = z
  .object({
    key,
    name: label,
    /** 'soap' and 'dap' are the counselling session layouts; 'free' any other. */
    layout: z.enum(['free', 'soap', 'dap']).default('free'),
    risk: z.enum(['required', 'optional', 'none']),
    kinds: z.array(z.enum(APPOINTMENT_KINDS)).max(APPOINTMENT_KINDS.length),
    sections: z
      .array(z.object({ key, title: label, fields: z.array(templateField).min(1).max(40) }).strict())
      .min(1)
      .max(20)
  })
  .strict()
  .refine((t) => new Set(t.sections.flatMap((s) => s.fields.map((f) => f.key))).size === t.sections.flatMap((s) => s.fields).length, {
    message: 'validation.templateDuplicateField',
    path: ['sections']
  })
export type TemplateDefinition = z.infer<typeof templateDefinition>

/** A field's value in a note: text, a choice, choices, a number, a date or a tick. */
export const fieldValue = z.union([z.string().max(20_000), z.array(z.string().max(100)).max(40), z.number(), z.boolean(), z.null()])
export type FieldValue = z.infer<typeof fieldValue>
