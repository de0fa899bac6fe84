import {
  constructFromEvents,
  EVENT_ID,
  getScalarValue,
  parseEvents,
  SCALAR_STYLE,
  type Event,
} from 'js-yaml'
import { lineFinder, type Lines } from './yaml-lines'

/**
 * Plain YAML read fast: js-yaml's event parser, about seven times quicker than the `yaml`
 * package on the content's quizzes and front matter (a 500-topic library holds about 12 MB of
 * YAML), with the lines of its nodes taken from the events' offsets. Both read YAML 1.2 with
 * the core schema, so a file gives the same data and lines either way
 * (tests/shared/content/yaml-quick.test.ts holds them equal on the content and on generated
 * and mistyped YAML). Anything this path does not vouch for gives null, and the caller reads
 * the file with the `yaml` package, whose messages name the problem: a syntax error, a
 * repeated key, more or fewer than one document, an anchor, alias or tag, an empty value, a
 * key that is not a word, a tab, a number too large for JavaScript.
 */
export function quickYaml(text: string): { data: unknown; lines: Lines | undefined } | null {
  // Tabs are where the two parsers' readings of the spec part (a tab-only line after a block
  // scalar is refused by `yaml`, read by js-yaml): a text with one goes the careful way.
  if (text.includes('\t')) return null
  let events: Event[]
  let documents: unknown[]
  try {
    events = parseEvents(text, {})
    documents = constructFromEvents(events, { source: text, maxAliases: 0 })
  } catch {
    return null
  }
  if (documents.length !== 1) return null
  const lines = linesOfEvents(events, text)
  return lines === null ? null : { data: documents[0], lines }
}

const BLOCK_SCALAR: ReadonlySet<number> = new Set([
  SCALAR_STYLE.LITERAL_BLOCK,
  SCALAR_STYLE.FOLDED_BLOCK,
])

/** The node tree's lines from the event stream, or null for anything not vouched for. */
function linesOfEvents(events: Event[], text: string): Lines | undefined | null {
  const lineOf = lineFinder(text)
  let next = 0
  /** The next node's lines, and for a scalar its text and style (what a key is checked by). */
  const read = (): { lines: Lines; scalar?: { text: string; style: number } } | null => {
    const event = events[next++]
    if (!event) return null
    switch (event.type) {
      case EVENT_ID.SCALAR: {
        if (event.anchorStart !== -1 || event.tagStart !== -1) return null
        // An empty value (`key:`, `{ key }`, `- `) has a node in `yaml` in some places and
        // not in others: left to it.
        if (event.style === SCALAR_STYLE.PLAIN && event.valueStart === event.valueEnd) return null
        const scalar = { text: getScalarValue(text, event), style: event.style }
        if (scalar.style === SCALAR_STYLE.PLAIN && overflows(scalar.text)) return null
        // A block scalar's line is its header's (`key: |`), as `yaml` gives it; the value
        // starts on a later line, and only blank lines can come between.
        const at = BLOCK_SCALAR.has(event.style)
          ? lastNonSpaceBefore(text, event.valueStart)
          : event.valueStart
        return { lines: { line: lineOf(at) }, scalar }
      }
      case EVENT_ID.SEQUENCE: {
        if (event.anchorStart !== -1 || event.tagStart !== -1) return null
        const items: Lines[] = []
        while (events[next]?.type !== EVENT_ID.POP) {
          const item = read()
          if (!item) return null
          items.push(item.lines)
        }
        next++
        return { lines: { line: lineOf(event.start), items } }
      }
      case EVENT_ID.MAPPING: {
        if (event.anchorStart !== -1 || event.tagStart !== -1) return null
        const keys = new Map<unknown, Lines | undefined>()
        while (events[next]?.type !== EVENT_ID.POP) {
          const key = read()?.scalar
          if (!key || !isWordKey(key.text, key.style)) return null
          const value = read()
          if (!value) return null
          if (!keys.has(key.text)) keys.set(key.text, value.lines)
        }
        next++
        return { lines: { line: lineOf(event.start), keys } }
      }
      default:
        return null
    }
  }
  if (events[next]?.type === EVENT_ID.DOCUMENT) next++
  const root = read()
  return root ? root.lines : null
}

/**
 * Whether a mapping key is one this path vouches for: a string under the core schema. `yaml`
 * keeps an unquoted `1`, `true` or `null` key as a number, boolean or null, so lines for such
 * keys are left to it, as is `__proto__`, which it handles on its own terms.
 */
function isWordKey(key: string, style: number): boolean {
  if (key === '__proto__') return false
  if (style !== SCALAR_STYLE.PLAIN) return true
  return !NOT_A_WORD.test(key)
}
/** Starts a plain scalar that the core schema may read as a number, or is null or boolean. */
const NOT_A_WORD = /^(?:$|[-+.~0-9]|(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE)$)/

/** `1e400`: `yaml` reads it as Infinity, js-yaml keeps the text. */
function overflows(plain: string): boolean {
  return /^[-+.\d]/.test(plain) && !Number.isFinite(Number(plain)) && FLOAT_EXP.test(plain)
}
const FLOAT_EXP = /^[-+]?(?:\.\d+|\d+(?:\.\d*)?)[eE][-+]?\d+$/

/** Offset of the last character before `end` that is not a space, tab or line break. */
function lastNonSpaceBefore(text: string, end: number): number {
  let at = end - 1
  while (at > 0 && /[ \t\r\n]/.test(text[at]!)) at--
  return Math.max(at, 0)
}
