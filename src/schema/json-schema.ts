import { z } from 'zod'
import { articleSchema } from './records.js'

/** JSON Schema (draft 2020-12) of `Article`, generated from the zod schema for users in other languages. */
export const articleJsonSchema: Record<string, unknown> = z.toJSONSchema(articleSchema, {
  target: 'draft-2020-12',
})
