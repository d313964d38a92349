import { z } from 'zod'
import { id, localDate } from '../validation'
import { defineChannels } from './define'

export const auditRowDto = z.object({
  seq: z.number().int(),
  at: z.string(),
  userId: z.string().nullable(),
  userName: z.string().nullable(),
  action: z.string(),
  entity: z.string().nullable(),
  entityId: z.string().nullable(),
  summary: z.string().nullable()
})
export type AuditRowDto = z.infer<typeof auditRowDto>

export const auditChannels = defineChannels({
  'audit.list': {
    input: z
      .object({
        userId: id.optional(),
        action: z.string().max(80, { message: 'validation.tooLong' }).optional(),
        /** Local calendar dates, both inclusive. */
        from: localDate.optional(),
        to: localDate.optional(),
        page: z.number().int().min(1).default(1),
        pageSize: z.number().int().min(1).max(500).default(50)
      })
      .strict(),
    output: z.object({ rows: z.array(auditRowDto), total: z.number().int() })
  },
  'audit.actions': { input: z.object({}).strict(), output: z.array(z.string()) },
  /** Walks the hash chain; names the first row that does not match. */
  'audit.verify': {
    input: z.object({}).strict(),
    output: z.object({
      ok: z.boolean(),
      checked: z.number().int(),
      firstBroken: z
        .object({ seq: z.number().int(), reason: z.enum(['hash', 'link', 'gap']) })
        .nullable()
    })
  }
})
