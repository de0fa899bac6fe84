import { isWordChar } from './word-char'

/**
 * A run of plain text, marked when it is a word the search matched. Views render segments as
 * text nodes (and `<mark>` elements), never as HTML, so nothing in content can become markup.
 */
export interface Segment {
  text: string
  mark: boolean
}

/** Where a matched word sits in a text. */
export interface Span {
  start: number
  end: number
  word: string
}

/**
 * Finds the matched words in a text, in order; with `within`, only those that start fewer than
 * `within` characters after the first.
 */
export type MatchFinder = (text: string, within?: number) => Span[]

/**
 * How far past its first match a long text is read for its snippet. A comparison table grows
 * a row per topic: at 500 topics one is 276,000 characters, and reading all of it for every
 * results page took over a quarter of the page's time. The snippet is the densest run of
 * matches within this stretch. The atlas's longest texts (a module's red flags, 24,000
 * characters) are read whole, so their snippets are as before: 16,000 chose worse ones.
 */
const STRETCH = 64_000

/** What may sit between two matched words and still be marked with them: "cauda equina". */
const JOINER = /^[\s\-/]{1,2}$/

/**
 * Segments of `text` from `from` to `to`, with the spans inside marked; neighbouring matched
 * words make one mark, so a phrase reads as one highlight rather than a row of boxes.
 */
function segmentsOf(text: string, spans: Span[], from = 0, to = text.length): Segment[] {
  const segments: Segment[] = []
  let at = from
  for (const span of spans) {
    if (span.start < from || span.end > to) continue
    const gap = text.slice(at, span.start)
    const last = segments[segments.length - 1]
    if (last?.mark && JOINER.test(gap)) {
      last.text += gap + text.slice(span.start, span.end)
      at = span.end
      continue
    }
    if (span.start > at) segments.push({ text: gap, mark: false })
    segments.push({ text: text.slice(span.start, span.end), mark: true })
    at = span.end
  }
  if (to > at) segments.push({ text: text.slice(at, to), mark: false })
  return segments
}

/** The whole of a short text (a title) with its matched words marked. */
export function highlight(text: string, find: MatchFinder): Segment[] {
  return segmentsOf(text, find(text))
}

/** Moves `at` forward to the start of a word (or back to the end of one, with `back`). */
function wordEdge(text: string, at: number, back: boolean): number {
  if (back) {
    while (at > 0 && isWordChar(text, at)) at--
    return at
  }
  while (at < text.length && at > 0 && isWordChar(text, at - 1)) at++
  return at
}

/**
 * About `length` characters of `text` around the densest run of matched words (most different
 * words, then most matches, then earliest), cut between words, with "…" where cut.
 */
export function snippet(text: string, find: MatchFinder, length = 180): Segment[] {
  if (text.length <= length) return segmentsOf(text, find(text))
  const spans = find(text, STRETCH)
  let from = 0
  if (spans.length) {
    let best = { distinct: 0, count: 0, start: 0 }
    for (let i = 0; i < spans.length; i++) {
      const words = new Set<string>()
      let count = 0
      for (let j = i; j < spans.length && spans[j]!.end - spans[i]!.start <= length - 40; j++) {
        words.add(spans[j]!.word.toLowerCase())
        count++
      }
      if (words.size > best.distinct || (words.size === best.distinct && count > best.count))
        best = { distinct: words.size, count, start: spans[i]!.start }
    }
    // A little lead-in, so the match is read in its sentence rather than at the very edge.
    from = Math.max(0, best.start - 40)
  }
  let to = Math.min(text.length, from + length)
  if (to === text.length) from = Math.max(0, to - length)
  from = from > 0 ? wordEdge(text, from, false) : 0
  to = to < text.length ? wordEdge(text, to, true) : to
  const segments = segmentsOf(text, spans, from, to)
  if (from > 0) segments.unshift({ text: '… ', mark: false })
  if (to < text.length) segments.push({ text: ' …', mark: false })
  return segments
}
