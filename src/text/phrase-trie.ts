/**
 * Lexicon alternations as tries: "buổi sáng|buổi chiều|buổi tối" → "buổi[ \t]+(?:sáng|chiều|tối)".
 *
 * The regex engine tries the branches of an alternation one after another wherever it looks for a
 * match, so a flat list of sixty phrases costs sixty attempts at every word of the text; a trie costs
 * one per character it shares. `alternationTrie(phrases, flags)` matches what `alternation(phrases)`
 * matches, and prefers what it prefers, in a pattern compiled with `flags`:
 * - the phrases are folded and de-duplicated as `alternation()` folds them;
 * - sibling branches can never match the same text (characters that `flags` make equal, "Đ" and "đ"
 *   under "i", share a branch), so their order does not matter;
 * - where a phrase ends and a longer one goes on, the longer one is tried first, as in the flat list
 *   sorted longest first: among the phrases that match at one place, each is a prefix of the next.
 */
import { foldForMatching } from './normalize.js'
import { alternation, escapeRegExp } from './pattern.js'

interface Node {
  /** Branches by their first character (or SPACE), each holding the character it was written with. */
  readonly next: Map<string, { written: string; node: Node }>
  end: boolean
}

/** A run of spaces in a phrase, which matches any run of spaces and tabs (as in `alternation()`). */
const SPACE = ' '
const SPACE_PATTERN = '[ \\t]+'

export function alternationTrie(phrases: readonly string[], flags: string): string {
  const folded = [...new Set(phrases.map((p) => foldForMatching(p.normalize('NFC')).trim()))]
  // A tab written in a phrase could match where a run of spaces does: keep the flat list then.
  if (folded.some((p) => p.includes('\t'))) return alternation(phrases)
  const sameUnder = equivalence(flags)
  const root: Node = { next: new Map(), end: false }
  for (const phrase of folded) {
    let node = root
    for (const written of unitsOf(phrase.replace(/ +/g, SPACE), flags.includes('u'))) {
      const key = written === SPACE ? SPACE : keyOf(node, written, sameUnder)
      let branch = node.next.get(key)
      if (branch === undefined) {
        branch = { written, node: { next: new Map(), end: false } }
        node.next.set(key, branch)
      }
      node = branch.node
    }
    node.end = true
  }
  return `(?:${emit(root)})`
}

/** The key of the branch `written` belongs to: an existing sibling it is equal to, or itself. */
function keyOf(node: Node, written: string, sameUnder: (a: string, b: string) => boolean): string {
  if (node.next.has(written)) return written
  for (const key of node.next.keys()) if (key !== SPACE && sameUnder(key, written)) return key
  return written
}

function emit(node: Node): string {
  const branches = [...node.next.values()].map(
    ({ written, node: child }) => (written === SPACE ? SPACE_PATTERN : escapeRegExp(written)) + emit(child),
  )
  if (branches.length === 0) return ''
  const choice = branches.length === 1 ? (branches[0] as string) : `(?:${branches.join('|')})`
  // Greedy: going on to a longer phrase is tried before ending here.
  return node.end ? `(?:${choice})?` : choice
}

/** Characters one at a time: code points for a "u" pattern, code units otherwise. */
function unitsOf(s: string, unicode: boolean): string[] {
  return unicode ? [...s] : s.split('')
}

/** Whether two characters match each other in a pattern with these flags (memoized). */
function equivalence(flags: string): (a: string, b: string) => boolean {
  const base = flags.replace(/[gdy]/g, '')
  if (!base.includes('i')) return (a, b) => a === b
  const known = new Map<string, boolean>()
  return (a, b) => {
    const key = `${a}\u0000${b}`
    let same = known.get(key)
    if (same === undefined) {
      same = new RegExp(`^${escapeRegExp(a)}$`, base).test(b)
      known.set(key, same)
    }
    return same
  }
}
