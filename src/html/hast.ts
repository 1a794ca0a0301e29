/**
 * Small, iterative helpers over a hast tree. Scraped pages can nest thousands of levels deep, so
 * nothing here recurses.
 */
import type { Element, Nodes, Root, RootContent } from 'hast'

export type Parent = Root | Element

/** Parent of every element, document order and subtree extents, from one pass over the tree. */
export interface TreeIndex {
  readonly parentOf: ReadonlyMap<Element, Parent>
  /** Elements in document order (pre-order). */
  readonly elements: readonly Element[]
  readonly order: ReadonlyMap<Element, number>
  /** One past the order of the element's last descendant. */
  readonly end: ReadonlyMap<Element, number>
  /** Characters of text under each element (its 64 nearest ancestors are credited), script and style left out. */
  readonly textLength: ReadonlyMap<Element, number>
  /** Elements inside one of the tags given to indexTree. */
  readonly inDroppedTag: ReadonlySet<Element>
}

const NO_TEXT = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'math'])

export function indexTree(tree: Root, dropTags: ReadonlySet<string>): TreeIndex {
  const parentOf = new Map<Element, Parent>()
  const elements: Element[] = []
  const order = new Map<Element, number>()
  const end = new Map<Element, number>()
  const textLength = new Map<Element, number>()
  const inDroppedTag = new Set<Element>()
  type Entry =
    | { node: RootContent; parent: Parent; ancestors: Element[]; dropped: boolean }
    | { exit: Element }
  const stack: Entry[] = []
  const push = (parent: Parent, ancestors: Element[], dropped: boolean) => {
    for (let i = parent.children.length - 1; i >= 0; i--) {
      stack.push({ node: parent.children[i] as RootContent, parent, ancestors, dropped })
    }
  }
  push(tree, [], false)
  while (stack.length > 0) {
    const entry = stack.pop() as Entry
    if ('exit' in entry) {
      end.set(entry.exit, elements.length)
      continue
    }
    const { node, parent, ancestors, dropped } = entry
    if (node.type === 'element') {
      parentOf.set(node, parent)
      order.set(node, elements.length)
      elements.push(node)
      textLength.set(node, 0)
      if (dropped) inDroppedTag.add(node)
      stack.push({ exit: node })
      // Text under script, style or head is credited to no one.
      const credited = NO_TEXT.has(node.tagName) ? [] : [...ancestors.slice(-63), node]
      push(node, credited, dropped || dropTags.has(node.tagName))
    } else if (node.type === 'text') {
      const length = node.value.trim().length
      if (length > 0) {
        for (const ancestor of ancestors) textLength.set(ancestor, (textLength.get(ancestor) ?? 0) + length)
      }
    }
  }
  return { parentOf, elements, order, end, textLength, inDroppedTag }
}

/** The element's ancestors, nearest first. */
export function ancestorsOf(index: TreeIndex, element: Element): Element[] {
  const out: Element[] = []
  let parent = index.parentOf.get(element)
  while (parent && parent.type === 'element') {
    out.push(parent)
    parent = index.parentOf.get(parent)
  }
  return out
}

export function contains(index: TreeIndex, outer: Element, inner: Element): boolean {
  const at = index.order.get(inner)
  const from = index.order.get(outer)
  const to = index.end.get(outer)
  return at !== undefined && from !== undefined && to !== undefined && at >= from && at < to
}

/** Lowest common ancestor of two elements (one of them when it contains the other). */
export function commonAncestor(index: TreeIndex, a: Element, b: Element): Element | null {
  const chain = new Set([a, ...ancestorsOf(index, a)])
  if (chain.has(b)) return b
  for (const ancestor of ancestorsOf(index, b)) if (chain.has(ancestor)) return ancestor
  return null
}

/** Class names and id, lower-cased, as one space-separated string. */
export function namesOf(element: Element): string {
  const classes = element.properties.className
  const list = Array.isArray(classes) ? classes.join(' ') : typeof classes === 'string' ? classes : ''
  const id = typeof element.properties.id === 'string' ? element.properties.id : ''
  return `${list} ${id}`.toLowerCase().trim()
}

export function stringProperty(element: Element, name: string): string | null {
  const value = element.properties[name]
  if (typeof value === 'string') return value
  if (Array.isArray(value)) return value.join(' ')
  return null
}

export function listProperty(element: Element, name: string): string[] {
  const value = element.properties[name]
  if (Array.isArray(value)) return value.map((v) => String(v).toLowerCase())
  if (typeof value === 'string') return value.toLowerCase().split(/\s+/)
  return []
}

/** The text of an element, whitespace collapsed (for metadata; the article text is built elsewhere). */
export function plainText(element: Element): string {
  const parts: string[] = []
  const stack: Nodes[] = [element]
  while (stack.length > 0) {
    const node = stack.pop() as Nodes
    if (node.type === 'text') parts.push(node.value)
    else if (node.type === 'element' && NO_TEXT.has(node.tagName)) continue
    else if ('children' in node)
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes)
  }
  return parts
    .join('')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
}

export function hasImage(element: Element): boolean {
  const stack: Element[] = [element]
  while (stack.length > 0) {
    const node = stack.pop() as Element
    if (IMAGE_TAGS.has(node.tagName)) return true
    for (const child of node.children) if (child.type === 'element') stack.push(child)
  }
  return false
}

export const IMAGE_TAGS: ReadonlySet<string> = new Set(['img', 'picture', 'amp-img', 'amp-anim', 'image'])
