/**
 * Military and police ranks before a name ("Đại tá Lê Văn Hùng", "Thượng tướng X"). A rank alone
 * makes a named person an official; it goes to `rank`, as written.
 */
import type { Range } from '../document.js'
import { RANKS } from '../lexicon/ranks.js'
import { lexiconAt } from './lexicon-at.js'

const rankWordAt = lexiconAt(RANKS)
/** Lower-cased words a rank starts with ("đại", "thiếu"…), for scanners to skip others. */
export const RANK_STARTS: ReadonlySet<number> = rankWordAt.starts

export function rankAt(text: string, at: number): Range | null {
  const end = rankWordAt.endAt(text, at)
  return end >= 0 ? { start: at, end } : null
}
