/**
 * `text.indexOf(needle, from)` for needles with a letter outside ASCII ("họp", "tổ chức"): the engine
 * searches for a string of several two-byte characters much more slowly than for one character, so
 * the needle's rarest character (the highest code unit: a toned vowel) is searched for, and the
 * needle checked around each occurrence. Same answer as indexOf.
 */
export class TextFinder {
  readonly #pivot: number
  readonly #char: string

  constructor(readonly needle: string) {
    let pivot = 0
    for (let i = 1; i < needle.length; i++) if (needle.charCodeAt(i) > needle.charCodeAt(pivot)) pivot = i
    this.#pivot = pivot
    this.#char = needle.charAt(pivot)
  }

  /** Where `needle` first occurs in `text` at or after `from`, or -1. */
  indexIn(text: string, from = 0): number {
    const pivot = this.#pivot
    for (
      let at = text.indexOf(this.#char, Math.max(0, from) + pivot);
      at >= 0;
      at = text.indexOf(this.#char, at + 1)
    ) {
      if (text.startsWith(this.needle, at - pivot)) return at - pivot
    }
    return -1
  }
}
