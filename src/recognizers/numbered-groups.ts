/**
 * A pattern written with named groups, compiled with numbered ones. The engine builds a `groups`
 * object for every match of a pattern with named groups (a slow path); the recognizers that run a
 * pattern over every sentence read the groups by number instead: `const { re, G } = numbered(…)`,
 * then `m[G.name]`. No backreferences are allowed (CONTRIBUTING.md), so renaming changes no match.
 */
import { captureNames, rewriteGroups } from '../text/lookbehind-pattern.js'

export interface Numbered<Name extends string> {
  readonly re: RegExp
  /** The number of each named group in the matches. */
  readonly G: Readonly<Record<Name, number>>
}

export function numbered<Name extends string>(
  source: string,
  flags: string,
  ...names: Name[]
): Numbered<Name> {
  const all = captureNames(source)
  const G = {} as Record<Name, number>
  for (const name of names) {
    const k = all.indexOf(name)
    if (k < 0) throw new TypeError(`numbered: expected a group named ${name}`)
    G[name] = k + 1
  }
  return { re: new RegExp(rewriteGroups(source, '('), flags), G }
}
