/**
 * What an event reviews and what it plans for, read off its name.
 *
 *   "Hội nghị tổng kết công tác … năm 2023, phương hướng nhiệm vụ năm 2024" → review "năm 2023", plan "năm 2024"
 *   "Hội nghị sơ kết 6 tháng đầu năm 2024"                                → review "6 tháng đầu năm 2024"
 *   "Hội nghị triển khai nhiệm vụ năm 2024"                               → plan "năm 2024"
 *
 * Periods come from the period recognizer when the caller has them; otherwise the common forms
 * (năm 2023, 6 tháng đầu năm 2024, quý I/2024, giai đoạn 2021 - 2025, nhiệm kỳ 2020 - 2025) are
 * found here.
 */
import type { Range } from '../document.js'
import { PLAN_WORDS, REVIEW_WORDS } from '../lexicon/events.js'
import { LookbehindPattern } from '../text/lookbehind-pattern.js'
import { alternation, WORD_END, WORD_START } from '../text/pattern.js'

export interface ReviewPlan {
  review: Range | null
  plan: Range | null
}

// The leading word start is checked only where a body matches (src/text/lookbehind-pattern.ts): a
// look-behind before an alternation is tried at every position of the name.
const PERIOD = new LookbehindPattern(
  WORD_START,
  `(?:(?:\\d{1,2}|sáu|chín)[ \\t]+tháng[ \\t]+(?:đầu[ \\t]+|cuối[ \\t]+)?năm[ \\t]+\\d{4}` +
    `|quý[ \\t]+(?:I{1,3}|IV|[1-4])(?:[ \\t]*/[ \\t]*|[ \\t]+năm[ \\t]+)\\d{4}` +
    `|(?:giai đoạn|nhiệm kỳ|năm học)[ \\t]+\\d{4}[ \\t]*-[ \\t]*\\d{4}|năm[ \\t]+\\d{4})${WORD_END}`,
  'giu',
)
const REVIEW = new LookbehindPattern(WORD_START, `${alternation(REVIEW_WORDS)}${WORD_END}`, 'iu')
const PLAN = new LookbehindPattern(WORD_START, `${alternation(PLAN_WORDS)}${WORD_END}`, 'iu')
/** The first match of `pattern` in `text`, as `exec` of the whole pattern gives it. */
const firstMatch = (pattern: LookbehindPattern, text: string) => pattern.matchAll(text)[0] ?? null
// Where the plan part starts after a review part: ", phương hướng…", "; triển khai…", " và triển khai…".
const PLAN_PART = new RegExp(
  `(?:[,;][ \\t]*(?:và[ \\t]+)?|(?<![ \\t])[ \\t]+và[ \\t]+)${alternation(PLAN_WORDS)}${WORD_END}`,
  'iu',
)

/** Periods in `text` by the common forms, in order. */
export function recognizePeriodPhrases(text: string): Range[] {
  return PERIOD.matchAll(text).map((m) => ({ start: m.index, end: m.index + m[0].length }))
}

/**
 * The review and plan periods of an event name. `periods` are ranges in `name`'s offsets, in order;
 * without them the common forms are used.
 */
export function reviewAndPlan(
  name: string,
  periods: readonly Range[] = recognizePeriodPhrases(name),
): ReviewPlan {
  if (periods.length === 0) return { review: null, plan: null }
  const firstIn = (from: number, to: number) => periods.find((p) => p.start >= from && p.end <= to) ?? null
  const reviewWord = firstMatch(REVIEW, name)
  if (!reviewWord) {
    const planWord = firstMatch(PLAN, name)
    return { review: null, plan: planWord ? firstIn(planWord.index, name.length) : null }
  }
  const afterReview = reviewWord.index + reviewWord[0].length
  const planPart = PLAN_PART.exec(name.slice(afterReview))
  const planAt = planPart ? afterReview + planPart.index : name.length
  return {
    review: firstIn(afterReview, planAt),
    plan: planPart ? firstIn(planAt, name.length) : null,
  }
}
