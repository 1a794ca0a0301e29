// Writes dist/article.schema.json from the built package, so users in other languages get the schema
// generated from the same zod source as the TypeScript types.
import { writeFileSync } from 'node:fs'
import { articleJsonSchema } from '../dist/index.js'

writeFileSync(
  new URL('../dist/article.schema.json', import.meta.url),
  `${JSON.stringify(articleJsonSchema, null, 2)}\n`,
)
