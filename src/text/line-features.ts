/**
 * One line of the text as the segmenter sees it: its shape, and what the line tests of
 * ./chrome-lines.ts, ./attribution-lines.ts and ./caption-lines.ts say about it. The segmenter asks
 * the same question of a line from several places (the headline search, the lead search, the body,
 * the trailing widgets); each answer is computed on first use and kept, so every test runs at most
 * once per line.
 */
import {
  bylinePrefixLength,
  datedBylineNameLength,
  isCreditLine,
  isDeskLine,
  isEditorLine,
  isNameLine,
  isNumberedPhotoCaption,
  isSourceLine,
  trailingCreditStart,
} from './attribution-lines.js'
import { hasCaptionCue, hasInnerSentenceEnd, hasPhotoCue } from './caption-lines.js'
import {
  endsLikeSentence,
  isFurniture,
  isNavigation,
  isSponsorLine,
  isToolbar,
  isTrailingWidget,
  splitParts,
} from './chrome-lines.js'

export class Line {
  readonly text: string
  /** Ends like a sentence: ".", "!", "?", "…", ";", ":" (quotes and brackets after them allowed). */
  readonly endsSentence: boolean
  /** Display offsets of the trimmed line. */
  readonly start: number
  readonly end: number

  /** The whole text the line is in: read in place by `hasTokens` (faster than reading a slice). */
  readonly #whole: string

  constructor(source: string, start: number, end: number) {
    this.#whole = source
    this.text = source.slice(start, end)
    this.endsSentence = endsLikeSentence(this.text)
    this.start = start
    this.end = end
  }

  // Words are counted only as far as a question needs ("at least 6?" stops at the sixth): a paragraph
  // is never read to its end for its length.
  #tokens = 0
  #counted = 0
  #inToken = false

  /** Whether the line has at least `n` whitespace-separated tokens (as `countTokens` counts them). */
  hasTokens(n: number): boolean {
    const whole = this.#whole
    let tokens = this.#tokens
    let i = this.start + this.#counted
    let inToken = this.#inToken
    while (tokens < n && i < this.end) {
      const space = whole.charCodeAt(i) <= 0x20
      if (!space && !inToken) tokens++
      inToken = !space
      i++
    }
    this.#tokens = tokens
    this.#counted = i - this.start
    this.#inToken = inToken
    return tokens >= n
  }

  #parts: readonly string[] | undefined
  /** The chrome tests split the line into parts: once per line. */
  readonly #partsOf = () => {
    this.#parts ??= splitParts(this.text)
    return this.#parts
  }
  #trailingWidget: boolean | undefined
  #furniture: boolean | undefined
  #navigation: boolean | undefined
  #toolbar: boolean | undefined
  #bylinePrefix: number | undefined
  #datedByline: boolean | undefined
  #sponsor: boolean | undefined
  #editor: boolean | undefined
  #credit: boolean | undefined
  #source: boolean | undefined
  #name: boolean | undefined
  #desk: boolean | undefined
  #numberedPhoto: boolean | undefined
  #trailingCredit: number | undefined
  #captionCue: boolean | undefined
  #photoCue: boolean | undefined
  #innerSentenceEnd: boolean | undefined

  get trailingWidget(): boolean {
    this.#trailingWidget ??= isTrailingWidget(this.text, this.#partsOf)
    return this.#trailingWidget
  }
  get furniture(): boolean {
    this.#furniture ??= isFurniture(this.text, this.#partsOf)
    return this.#furniture
  }
  get navigation(): boolean {
    this.#navigation ??= isNavigation(this.text, this.#partsOf)
    return this.#navigation
  }
  get toolbar(): boolean {
    this.#toolbar ??= isToolbar(this.text, this.#partsOf)
    return this.#toolbar
  }
  get bylinePrefix(): number {
    this.#bylinePrefix ??= bylinePrefixLength(this.text)
    return this.#bylinePrefix
  }
  /** "Minh Anh - 14:20 28/09/2023 GMT+7": the writer with the time of posting. */
  get datedByline(): boolean {
    this.#datedByline ??= datedBylineNameLength(this.text) > 0
    return this.#datedByline
  }
  /** "Công ty Phân lân nung chảy Văn Điển": a company name alone, an advertiser above the headline. */
  get sponsor(): boolean {
    this.#sponsor ??= isSponsorLine(this.text)
    return this.#sponsor
  }
  get editor(): boolean {
    this.#editor ??= isEditorLine(this.text)
    return this.#editor
  }
  get credit(): boolean {
    this.#credit ??= isCreditLine(this.text)
    return this.#credit
  }
  get source(): boolean {
    this.#source ??= isSourceLine(this.text)
    return this.#source
  }
  get name(): boolean {
    this.#name ??= isNameLine(this.text)
    return this.#name
  }
  get desk(): boolean {
    this.#desk ??= isDeskLine(this.text)
    return this.#desk
  }
  get numberedPhoto(): boolean {
    this.#numberedPhoto ??= isNumberedPhotoCaption(this.text)
    return this.#numberedPhoto
  }
  /** Where a trailing photo credit begins, or -1. */
  get trailingCredit(): number {
    this.#trailingCredit ??= trailingCreditStart(this.text)
    return this.#trailingCredit
  }
  get captionCue(): boolean {
    this.#captionCue ??= hasCaptionCue(this.text)
    return this.#captionCue
  }
  get photoCue(): boolean {
    this.#photoCue ??= hasPhotoCue(this.text)
    return this.#photoCue
  }
  get innerSentenceEnd(): boolean {
    this.#innerSentenceEnd ??= hasInnerSentenceEnd(this.text)
    return this.#innerSentenceEnd
  }
}
