/**
 * The scope of a ranking: the field it is compared in, as written.
 *
 *   "toàn tỉnh" · "cả nước" · "các huyện miền núi" · "các huyện, thị xã, thành phố" · "khu vực Bắc
 *   Trung Bộ" · "khối thi đua các huyện miền núi" · "63 tỉnh, thành phố" (of 63) · "trong khu vực" →
 *   "khu vực" · "trên 63 tỉnh" → "63 tỉnh" (of 63)
 */
import {
  ADMIN_NOUNS,
  FIXED_SCOPES,
  INDEX_SCOPE_HEADS,
  OPEN_SCOPES,
  PLURAL_SCOPE_NOUNS,
  SCOPE_PREPOSITIONS,
  SCOPE_STOPS,
} from '../lexicon/metric-words.js'
import { PhraseSet, type Token } from './clause.js'
import { isYearToken } from './subject-edges.js'

const FIXED = new PhraseSet(FIXED_SCOPES)
const OPEN = new PhraseSet(OPEN_SCOPES)
const PREPOSITIONS = new PhraseSet(SCOPE_PREPOSITIONS)
const ADMIN = new PhraseSet(ADMIN_NOUNS)
const STOPS = new PhraseSet(SCOPE_STOPS)
const PLURAL = new PhraseSet(PLURAL_SCOPE_NOUNS)
const INDEX = new PhraseSet(INDEX_SCOPE_HEADS)
const MAX_INDEX_NAME = 3
const MAX_OPEN_WORDS = 8
const MAX_ADMIN_LIST = 5

export interface ScopeFound {
  /** Token indices [start, end) of the scope. */
  readonly scope: readonly [number, number]
  /** The size of the field when the scope counts it ("63 tỉnh, thành phố"). */
  readonly of: number | null
}

/** The scope starting at token i, or null when none is stated there. */
export function scopeAt(tokens: readonly Token[], i: number): ScopeFound | null {
  const prep = PREPOSITIONS.at(tokens, i)
  const k = i + prep
  const fixed = FIXED.at(tokens, k)
  if (fixed > 0) return { scope: [k, k + fixed], of: null }
  const index = indexScopeAt(tokens, k)
  if (index) return { scope: index, of: null }
  const word = tokens[k]?.word ?? ''
  if (/^\d{1,3}$/.test(word) && ADMIN.at(tokens, k + 1) > 0) {
    return { scope: [k, adminListEnd(tokens, k + 1)], of: Number(word) }
  }
  // "các huyện miền núi", "khu vực Đồng bằng sông Cửu Long", "khối thi đua các huyện miền núi".
  const open = tokens[k]?.word === 'các' ? (PLURAL.at(tokens, k + 1) > 0 ? 1 : 0) : OPEN.at(tokens, k)
  if (open > 0) {
    let end = k + open
    let words = 0
    while (end < tokens.length && words < MAX_OPEN_WORDS) {
      const t = tokens[end] as Token
      if (t.boundary) {
        if (t.word === ',' && ADMIN.at(tokens, end + 1) > 0) {
          end = adminListEnd(tokens, end + 1)
          continue
        }
        break
      }
      // Grammar words stop the scope; a capitalised word is part of a name ("Đồng bằng sông …").
      if (!t.cap && STOPS.at(tokens, end) > 0) break
      if (/\d/.test(t.word) && tokens[end - 1]?.word !== 'số') break
      end++
      words++
    }
    return { scope: [k, end], of: null }
  }
  // "trong tỉnh": a preposition with a bare administrative noun.
  const admin = ADMIN.at(tokens, k)
  if (prep > 0 && tokens[i]?.word === 'trong' && admin > 0) return { scope: [i, k + admin], of: null }
  return null
}

/**
 * A named index table at token k: "bảng xếp hạng PCI 2023", "Chỉ số PCI năm 2023", "Chỉ số PAR
 * INDEX": the head, one to three capitalised words, and a year if one follows.
 */
export function indexScopeAt(tokens: readonly Token[], k: number): [number, number] | null {
  const head = INDEX.at(tokens, k)
  if (head === 0) return null
  let end = k + head
  while (end < k + head + MAX_INDEX_NAME && tokens[end]?.cap && !tokens[end]?.boundary) end++
  if (end === k + head) return null
  const yearAt = (i: number) => tokens[i] !== undefined && isYearToken(tokens[i] as Token)
  if (yearAt(end)) end++
  else if (tokens[end]?.word === 'năm' && yearAt(end + 1)) end += 2
  return [k, end]
}

/** "tỉnh, thành phố" · "huyện, thị xã, thành phố": the end of a comma list of administrative nouns. */
export function adminListEnd(tokens: readonly Token[], i: number): number {
  let end = i + ADMIN.at(tokens, i)
  for (let n = 0; n < MAX_ADMIN_LIST && tokens[end]?.word === ',' && ADMIN.at(tokens, end + 1) > 0; n++) {
    end = end + 1 + ADMIN.at(tokens, end + 1)
  }
  return end
}

export function startsAdminNoun(tokens: readonly Token[], i: number): boolean {
  return ADMIN.at(tokens, i) > 0
}
