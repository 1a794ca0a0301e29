/**
 * Scanning for patterns that start with a look-behind, several times faster than the regex engine
 * does it on its own.
 *
 * A pattern `new RegExp(before + body, flags)` whose `before` is a look-behind (WORD_START, "not after
 * a digit"…) is matched here as the regex engine would match it, with three costs removed:
 * - the engine checks a leading look-behind at every position of the text before anything else, which
 *   makes a scan several times slower than a scan for the body alone: the text is scanned for the body,
 *   and the look-behind is checked only where the body matches;
 * - capture groups slow the scan down again: the scan runs without them, and the groups are read,
 *   with a second, sticky match, only where a match was found;
 * - named groups make every match cost microseconds (the engine builds a `groups` object through a
 *   slow path): matches have numbered groups only, and `groups()` tells the names' numbers.
 * No backreferences are allowed (see CONTRIBUTING.md), so removing or renumbering captures changes no
 * match. Group offsets (the "d" flag, slow as well) are not offered: derive them from group lengths.
 */

export class LookbehindPattern {
  readonly #scan: RegExp
  readonly #read: RegExp
  readonly #before: RegExp
  readonly #unicode: boolean
  /** The number of each named group in the matches. */
  readonly #numbers: ReadonlyMap<string, number>

  /**
   * `required`, when given, is something every match contains ("a digit"): a text without it is not
   * scanned at all. It must hold of every match, or matches are lost.
   */
  constructor(
    readonly before: string,
    readonly body: string,
    readonly flags: string,
    readonly required?: RegExp,
  ) {
    if (flags.includes('d')) throw new TypeError('LookbehindPattern: expected flags without "d"')
    const base = flags.replace(/[gy]/g, '')
    this.#numbers = new Map(
      captureNames(body).flatMap((name, k) => (name === undefined ? [] : [[name, k + 1] as const])),
    )
    this.#scan = new RegExp(rewriteGroups(body, '(?:'), `${base}g`)
    this.#read = new RegExp(rewriteGroups(body, '('), `${base}y`)
    this.#before = new RegExp(before, `${base}y`)
    this.#unicode = flags.includes('u')
  }

  /**
   * The matches `text.matchAll(new RegExp(before + body, flags + 'g'))` finds, in order, with their
   * groups numbered (see `groups()`).
   */
  matchAll(text: string): RegExpExecArray[] {
    const found: RegExpExecArray[] = []
    if (this.required !== undefined && !this.required.test(text)) return found
    for (let at = this.#next(text, 0); at >= 0; ) {
      this.#read.lastIndex = at
      const m = this.#read.exec(text) as RegExpExecArray
      found.push(m)
      at = this.#next(text, m[0].length > 0 ? at + m[0].length : this.#after(text, at))
    }
    return found
  }

  /** The numbers of named groups, to read matches with: `const G = DATE.groups('tod')`, then `m[G.tod]`. */
  groups<Name extends string>(...names: Name[]): Readonly<Record<Name, number>> {
    const numbers = {} as Record<Name, number>
    for (const name of names) {
      const number = this.#numbers.get(name)
      if (number === undefined) throw new TypeError(`LookbehindPattern: expected a group named ${name}`)
      numbers[name] = number
    }
    return numbers
  }

  /** Whether `new RegExp(before + body, flags)` matches somewhere in `text`. */
  test(text: string): boolean {
    if (this.required !== undefined && !this.required.test(text)) return false
    return this.#next(text, 0) >= 0
  }

  /** Where the next match starts, at or after `from`, or -1. */
  #next(text: string, from: number): number {
    let at = from
    while (at <= text.length) {
      this.#scan.lastIndex = at
      const m = this.#scan.exec(text)
      if (m === null) return -1
      this.#before.lastIndex = m.index
      if (this.#before.test(text)) return m.index
      at = this.#after(text, m.index)
    }
    return -1
  }

  /** The next position the regex engine would try after `at`: one code point on. */
  #after(text: string, at: number): number {
    const code = text.charCodeAt(at)
    const pair = this.#unicode && code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(at + 1))
    return at + (pair ? 2 : 1)
  }
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff

/** The names of a pattern's capture groups, in the order of their numbers (undefined: unnamed). */
export function captureNames(source: string): (string | undefined)[] {
  const names: (string | undefined)[] = []
  forEachGroupOpening(source, (name) => {
    names.push(name)
    return undefined
  })
  return names
}

/**
 * A pattern's source with every capture group opened by `opening` instead: "(?:" removes the captures,
 * "(" makes named groups numbered ones. Look-arounds, escapes and character classes are left as they are.
 */
export function rewriteGroups(source: string, opening: '(' | '(?:'): string {
  return forEachGroupOpening(source, () => opening)
}

/** A pattern's source without its capture groups ("(?<name>" and "(" become "(?:"). */
export function withoutCaptures(source: string): string {
  return rewriteGroups(source, '(?:')
}

/**
 * Walks a pattern's source and calls `visit` at every capture group's opening, in order, with the
 * group's name (undefined when it has none); what `visit` returns replaces the opening.
 */
function forEachGroupOpening(
  source: string,
  visit: (name: string | undefined) => string | undefined,
): string {
  let out = ''
  let inClass = false
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string
    if (c === '\\') {
      out += source.slice(i, i + 2)
      i++
    } else if (inClass) {
      if (c === ']') inClass = false
      out += c
    } else if (c === '[') {
      inClass = true
      out += c
    } else if (c === '(' && source[i + 1] !== '?') {
      out += visit(undefined) ?? c
    } else if (c === '(' && source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!') {
      // "(?<name>"
      const close = source.indexOf('>', i)
      const opening = source.slice(i, close + 1)
      out += visit(source.slice(i + 3, close)) ?? opening
      i = close
    } else {
      out += c
    }
  }
  return out
}
