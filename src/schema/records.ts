/**
 * The record contract: one zod schema per record, TypeScript types inferred from them,
 * JSON Schema generated from them (see ./json-schema.ts). Field names are part of the public API.
 */
import { z } from 'zod'

/** Half-open UTF-16 offsets into the string the caller passed: `input.slice(start, end)`. */
export const spanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
})
export type Span = z.infer<typeof spanSchema>

const nullableInt = z.number().int().nullable()

/** A calendar date as stated; parts the text leaves out stay null. */
export const datePartsSchema = z.object({ day: nullableInt, month: nullableInt, year: nullableInt })
export type DateParts = z.infer<typeof datePartsSchema>

export const timeOfDaySchema = z.enum(['morning', 'noon', 'afternoon', 'evening', 'night'])
export type TimeOfDay = z.infer<typeof timeOfDaySchema>

export const dateMentionSchema = z.object({
  text: z.string(),
  day: nullableInt,
  month: nullableInt,
  year: nullableInt,
  timeOfDay: timeOfDaySchema.nullable(),
  /** The relative word as written ("hôm qua", "sáng nay") when the date is relative. */
  relative: z.string().nullable(),
  /** True when day/month/year were filled from `referenceDate` or context rather than stated. */
  inferred: z.boolean(),
  span: spanSchema,
})
export type DateMention = z.infer<typeof dateMentionSchema>

export const periodKindSchema = z.enum(['year', 'quarter', 'half', 'months', 'month', 'range', 'term'])
export const periodSchema = z.object({
  text: z.string(),
  kind: periodKindSchema,
  fromYear: nullableInt,
  fromMonth: nullableInt,
  toYear: nullableInt,
  toMonth: nullableInt,
  span: spanSchema,
})
export type Period = z.infer<typeof periodSchema>

export const organizationKindSchema = z.enum([
  'party',
  'people_committee',
  'council',
  'front',
  'military',
  'police',
  'government',
  'department',
  'court',
  'procuracy',
  'mass_organization',
  'school',
  'health',
  'enterprise',
  'media',
  'other',
])
export const adminLevelSchema = z.enum(['central', 'province', 'district', 'commune'])

export const organizationSchema = z.object({
  /** As written ("UBND huyện Ngọc Lặc"). */
  text: z.string(),
  /** Abbreviations expanded ("Ủy ban nhân dân huyện Ngọc Lặc"). */
  canonical: z.string(),
  kind: organizationKindSchema,
  level: adminLevelSchema.nullable(),
  /** The administrative unit it belongs to, as written ("huyện Ngọc Lặc"). */
  place: z.string().nullable(),
  span: spanSchema,
})
export type Organization = z.infer<typeof organizationSchema>

export const positionSchema = z.object({
  /** The position phrase as written ("Bí thư Huyện uỷ"); the same string as in `titles`. */
  title: z.string(),
  /** The office without its body ("Bí thư", "Phó Chủ tịch"). */
  office: z.string().nullable(),
  /** Index into `Article.organizations` of the body the title names. */
  organization: z.number().int().nullable(),
})

export const officialSchema = z.object({
  name: z.string(),
  honorific: z.string().nullable(),
  rank: z.string().nullable(),
  academic: z.string().nullable(),
  titles: z.array(z.string()),
  positions: z.array(positionSchema),
  /** chair, speaker, attendee, presenter, recipient, delegation_head */
  roles: z.array(z.string()),
  /** Every place the person is named, the full introduction first. */
  mentions: z.array(spanSchema),
  /** The introduction: honorific, rank, name and titles. */
  span: spanSchema,
})
export type Official = z.infer<typeof officialSchema>

export const eventSchema = z.object({
  /** Lower-case head noun: "hội nghị", "lễ", "đại hội", "kỳ họp"… */
  type: z.string(),
  name: z.string(),
  organizer: z.string().nullable(),
  date: datePartsSchema.nullable(),
  timeOfDay: timeOfDaySchema.nullable(),
  location: z.string().nullable(),
  chair: z.string().nullable(),
  /** What the event reviews ("năm 2023" in "tổng kết … năm 2023"). */
  reviewPeriod: z.string().nullable(),
  /** What the event plans for ("năm 2024" in "phương hướng … năm 2024"). */
  planPeriod: z.string().nullable(),
  span: spanSchema,
})
export type Event = z.infer<typeof eventSchema>

export const directionSchema = z.enum(['increase', 'decrease', 'reach'])
export const approxSchema = z.enum(['more_than', 'less_than', 'about', 'nearly'])

export const metricSchema = z.object({
  text: z.string(),
  value: z.number(),
  /** As written, scale words kept: "triệu USD", "%", "hộ". */
  unit: z.string(),
  /** Upper bound of a range ("từ 5 đến 7%"). */
  upper: z.number().nullable(),
  /** Denominator of a fraction ("126.622/126.989 đối tượng"). */
  of: z.number().nullable(),
  normalized: z.object({ value: z.number(), unit: z.string() }),
  direction: directionSchema.nullable(),
  approx: approxSchema.nullable(),
  subject: z.string().nullable(),
  comparedTo: z.string().nullable(),
  /** The period the figure is about, as written ("năm 2023"). */
  period: z.string().nullable(),
  span: spanSchema,
})
export type Metric = z.infer<typeof metricSchema>

export const rankingSchema = z.object({
  text: z.string(),
  rank: z.number().int().positive(),
  /** Size of the field when stated ("15/63"). */
  of: z.number().int().positive().nullable(),
  scope: z.string(),
  subject: z.string().nullable(),
  span: spanSchema,
})
export type Ranking = z.infer<typeof rankingSchema>

export const awardSchema = z.object({
  text: z.string(),
  /** The award without its conferring authority ("Bằng khen"); null for a bare commendation. */
  award: z.string().nullable(),
  issuer: z.string().nullable(),
  collectives: nullableInt,
  individuals: nullableInt,
  /** All recipients: the stated total, or the sum of the known parts. */
  total: nullableInt,
  reason: z.string().nullable(),
  /** The decision it rests on ("Quyết định số 1632/QĐ-UBND ngày 22/5/2020"). */
  decision: z.string().nullable(),
  recipients: z.array(z.string()),
  /** "đề nghị tặng": proposed, not yet conferred. */
  proposed: z.boolean(),
  span: spanSchema,
})
export type Award = z.infer<typeof awardSchema>

export const diagnosticSchema = z.object({
  code: z.string(),
  message: z.string(),
  span: spanSchema.optional(),
})
export type Diagnostic = z.infer<typeof diagnosticSchema>

export const articleSchema = z.object({
  schemaVersion: z.literal(1),
  title: z.string().nullable(),
  lead: z.string().nullable(),
  author: z.string().nullable(),
  captions: z.array(z.string()),
  event: eventSchema.nullable(),
  events: z.array(eventSchema),
  officials: z.array(officialSchema),
  organizations: z.array(organizationSchema),
  metrics: z.array(metricSchema),
  rankings: z.array(rankingSchema),
  awards: z.array(awardSchema),
  dates: z.array(dateMentionSchema),
  periods: z.array(periodSchema),
  diagnostics: z.array(diagnosticSchema),
})
export type Article = z.infer<typeof articleSchema>
