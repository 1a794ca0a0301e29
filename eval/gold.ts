/** The shape of a gold file (fixtures/ANNOTATION.md), and the corpus on disk. */
import { readdirSync, readFileSync } from 'node:fs'
import { z } from 'zod'
import { approxSchema, datePartsSchema, directionSchema } from '../src/schema/records.js'

const nullableInt = z.number().int().nullable()

export const goldSchema = z.strictObject({
  title: z.string().min(1),
  author: z.string().min(1).nullable(),
  event: z
    .strictObject({
      type: z.string().min(1),
      organizer: z.string().min(1).nullable(),
      date: datePartsSchema.nullable(),
    })
    .nullable(),
  officials: z.array(
    z.strictObject({
      name: z.string().min(3),
      titles: z.array(z.string().min(2)),
      rank: z.string().min(2).nullable(),
    }),
  ),
  metrics: z.array(
    z.strictObject({
      value: z.number(),
      unit: z.string().min(1),
      direction: directionSchema.nullable(),
      approx: approxSchema.nullable(),
      subject: z.string().min(1).nullable(),
    }),
  ),
  rankings: z.array(z.strictObject({ rank: z.number().int().positive(), scope: z.string().min(1) })),
  awards: z.array(
    z.strictObject({
      award: z.string().min(1).nullable(),
      collectives: nullableInt,
      individuals: nullableInt,
      total: nullableInt,
    }),
  ),
})
export type Gold = z.infer<typeof goldSchema>

export interface Fixture {
  slug: string
  holdout: boolean
  text: string
  gold: Gold
}

export const ARTICLES_DIR = new URL('../fixtures/articles/', import.meta.url)

/** Every article (whose slug starts with `prefix`) with its gold, sorted by slug. Throws on a gold file that breaks the schema. */
export function loadCorpus(prefix = '', dir: URL = ARTICLES_DIR): Fixture[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt') && f.startsWith(prefix))
    .sort()
    .map((file) => {
      const slug = file.slice(0, -'.txt'.length)
      const text = readFileSync(new URL(file, dir), 'utf8')
      const raw = JSON.parse(readFileSync(new URL(`${slug}.gold.json`, dir), 'utf8'))
      const parsed = goldSchema.safeParse(raw)
      if (!parsed.success) throw new Error(`${slug}.gold.json: ${z.prettifyError(parsed.error)}`)
      return { slug, holdout: slug.startsWith('holdout-'), text, gold: parsed.data }
    })
}
