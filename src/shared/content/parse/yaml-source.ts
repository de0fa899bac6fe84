import {
  LineCounter,
  parseDocument,
  isMap,
  isNode,
  isScalar,
  isSeq,
  visit,
  type Document,
} from 'yaml'
import type { IssueList } from '../issues'
import { deepestLine, type Lines } from './yaml-lines'
import { quickYaml } from './yaml-quick'

/** Parsed YAML that can say which line a field came from. */
export interface YamlSource {
  data: unknown
  /** 1-based file line of the value at `path`, or of its nearest present ancestor. */
  lineOf(path: readonly PropertyKey[]): number
}

/**
 * Parses YAML keeping positions, so validation errors can name the line. `firstLine` is the
 * 1-based file line the YAML text starts on (2 for front matter after the opening `---`).
 */
export function parseYamlSource(
  text: string,
  file: string,
  firstLine: number,
  issues: IssueList,
): YamlSource {
  const { data, lines } = quickYaml(text) ?? parseWithPositions(text, file, firstLine, issues)
  const lineOf = (path: readonly PropertyKey[]): number => {
    const line = deepestLine(lines, path)
    return line === undefined ? firstLine : line + firstLine - 1
  }
  return { data, lineOf }
}

/**
 * The `yaml` package's reading, for what the quick path does not vouch for (yaml-quick.ts):
 * its errors name the line and the problem. Only the lines are kept, not the document: a
 * compile keeps every file's source to its end, and a 500-topic library's documents held
 * 123 MB of nodes, where their lines take a few.
 */
export function parseWithPositions(
  text: string,
  file: string,
  firstLine: number,
  issues: IssueList,
): { data: unknown; lines: Lines | undefined } {
  const counter = new LineCounter()
  const doc: Document = parseDocument(text, { lineCounter: counter, prettyErrors: false })
  for (const error of doc.errors) {
    // An unclosed quote is noticed where the text ends: name the line the quote opened on.
    const opened = error.code === 'MISSING_CHAR' ? quoteOpening(doc, error.pos[0]) : undefined
    const line = counter.linePos(opened ?? error.pos[0]).line + firstLine - 1
    issues.add(
      file,
      line,
      'yaml',
      `${error.message.split('\n')[0]} (check indentation and quoting)`,
    )
  }
  return {
    data: doc.errors.length ? null : toData(doc, file, firstLine, counter, issues),
    lines: linesOf(doc.contents, counter),
  }
}

function linesOf(node: unknown, counter: LineCounter): Lines | undefined {
  if (!isNode(node) || !node.range) return undefined
  const line = counter.linePos(node.range[0]).line
  if (isMap(node)) {
    const keys = new Map<unknown, Lines | undefined>()
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? pair.key.value : pair.key
      if (!keys.has(key)) keys.set(key, linesOf(pair.value, counter))
    }
    return { line, keys }
  }
  if (isSeq(node)) return { line, items: node.items.map((item) => linesOf(item, counter)) }
  return { line }
}

/** Start of the quoted scalar that runs up to `end` (an unclosed quote), if there is one. */
function quoteOpening(doc: Document, end: number): number | undefined {
  let start: number | undefined
  visit(doc, {
    Scalar(_key, node) {
      const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE'
      if (quoted && node.range && node.range[0] < end && node.range[1] >= end) start = node.range[0]
    },
  })
  return start
}

/**
 * The document as plain data, or `null` with an issue: aliases that expand past the parser's
 * limit (a "billion laughs" file) throw here rather than exhaust memory.
 */
function toData(
  doc: Document,
  file: string,
  firstLine: number,
  counter: LineCounter,
  issues: IssueList,
): unknown {
  try {
    return doc.toJS({ maxAliasCount: 100 })
  } catch (error) {
    let at: number | undefined
    visit(doc, {
      Alias(_key, node) {
        at = node.range?.[0]
        return visit.BREAK
      },
    })
    const line = at === undefined ? firstLine : counter.linePos(at).line + firstLine - 1
    issues.add(
      file,
      line,
      'yaml',
      `${error instanceof Error ? error.message : String(error)}; write the values out instead of repeating them with aliases (*name)`,
    )
    return null
  }
}
