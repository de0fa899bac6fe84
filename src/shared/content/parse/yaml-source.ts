import { LineCounter, parseDocument, isNode, visit, type Document } from 'yaml'
import type { IssueList } from '../issues'

/** Parsed YAML that can say which line a field came from. */
export interface YamlSource {
  data: unknown
  /** 1-based file line of the value at `path`, or of its nearest present ancestor. */
  lineOf(path: readonly PropertyKey[]): number
}

/** A parsed document with what turns its offsets into lines. */
interface Positioned {
  doc: Document
  counter: LineCounter
}

function parsePositioned(text: string): Positioned {
  const counter = new LineCounter()
  return { doc: parseDocument(text, { lineCounter: counter, prettyErrors: false }), counter }
}

/**
 * Parses YAML, able to name the line of any field, so validation errors can say where.
 * `firstLine` is the 1-based file line the YAML text starts on (2 for front matter after the
 * opening `---`). The data comes from a parse whose document is dropped straight away: a
 * compile keeps every file's source until its end, and a 500-topic library's documents held
 * over 100 MB of nodes that only a reported problem ever looks at. Lines are asked for rarely
 * (only to place a problem), so the first `lineOf` parses the text again, the same way, and
 * keeps that document.
 */
export function parseYamlSource(
  text: string,
  file: string,
  firstLine: number,
  issues: IssueList,
): YamlSource {
  let positioned: Positioned | undefined
  const withPositions = (): Positioned => (positioned ??= parsePositioned(text))
  const lineAt = (offset: number): number =>
    withPositions().counter.linePos(offset).line + firstLine - 1
  const lineOf = (path: readonly PropertyKey[]): number => {
    const { doc } = withPositions()
    for (let depth = path.length; depth >= 0; depth--) {
      const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as unknown[], true)
      if (isNode(node) && node.range) return lineAt(node.range[0])
    }
    return firstLine
  }
  const doc = parseDocument(text, { prettyErrors: false })
  if (doc.errors.length) {
    // Bad YAML is rare: the document that can place its errors is made only then.
    const { doc: errorDoc } = withPositions()
    for (const error of errorDoc.errors) {
      // An unclosed quote is noticed where the text ends: name the line the quote opened on.
      const opened =
        error.code === 'MISSING_CHAR' ? quoteOpening(errorDoc, error.pos[0]) : undefined
      issues.add(
        file,
        lineAt(opened ?? error.pos[0]),
        'yaml',
        `${error.message.split('\n')[0]} (check indentation and quoting)`,
      )
    }
    return { data: null, lineOf }
  }
  return {
    data: toData(doc, file, () => aliasLine(withPositions().doc, lineAt) ?? firstLine, issues),
    lineOf,
  }
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

/** The line of the document's first alias, if it has one. */
function aliasLine(doc: Document, lineAt: (offset: number) => number): number | undefined {
  let at: number | undefined
  visit(doc, {
    Alias(_key, node) {
      at = node.range?.[0]
      return visit.BREAK
    },
  })
  return at === undefined ? undefined : lineAt(at)
}

/**
 * The document as plain data, or `null` with an issue: aliases that expand past the parser's
 * limit (a "billion laughs" file) throw here rather than exhaust memory.
 */
function toData(doc: Document, file: string, line: () => number, issues: IssueList): unknown {
  try {
    return doc.toJS({ maxAliasCount: 100 })
  } catch (error) {
    issues.add(
      file,
      line(),
      'yaml',
      `${error instanceof Error ? error.message : String(error)}; write the values out instead of repeating them with aliases (*name)`,
    )
    return null
  }
}
