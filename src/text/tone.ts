/**
 * Tone-mark placement. Vietnamese writes the open syllables "oa", "oe", "uy" two ways: the older style
 * marks the first vowel (hòa, khỏe, thủy), the newer one the second (hoà, khoẻ, thuỷ). Both are
 * correct and both appear in government text, often in the same article. For matching we fold every
 * such syllable to the older style; the change is one code unit for one, so offsets are kept.
 * Syllables with a final consonant (hoàn, thuyết) are the same in both styles and are left alone.
 */
const TONES = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'] as const
const PAIRS = [
  ['o', 'a'],
  ['o', 'e'],
  ['u', 'y'],
] as const

/** "oà" → "òa" and so on. */
const NEW_TO_OLD = new Map<string, string>()
for (const tone of TONES) {
  for (const [first, second] of PAIRS) {
    // lower, Capitalized and UPPER forms: "uỷ", "Uỷ", "UỶ"
    for (const [f, s] of [
      [first, second],
      [first.toUpperCase(), second],
      [first.toUpperCase(), second.toUpperCase()],
    ] as const) {
      NEW_TO_OLD.set(f + (s + tone).normalize('NFC'), (f + tone).normalize('NFC') + s)
    }
  }
}

const MARKED_SECOND = [...NEW_TO_OLD.keys()].map((k) => k[1]).join('')
// Not after q: in "quý", "qu" is the consonant and the mark sits on "y" in both styles.
const NEW_STYLE = new RegExp(`(?<![qQ])[oOuU][${MARKED_SECOND}](?![\\p{L}\\p{M}])`, 'gu')

export function foldToneMarks(s: string): string {
  return s.replace(NEW_STYLE, (pair) => NEW_TO_OLD.get(pair) ?? pair)
}
