/**
 * Shared helpers for the handout PDF tests: the real service over the real resources, the
 * expected text read straight from the handout source files (not through the compiler the
 * service uses), and readers that look at the PDF the way a viewer or screen reader does.
 */
import { readdir, readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { join } from 'node:path'
import { inflateSync } from 'node:zlib'
import { parse as parseYaml } from 'yaml'
import { getDocumentProxy } from 'unpdf'
import {
  HandoutService,
  type HandoutServiceOptions,
} from '../../../src/main/handouts/handout-service'

export const RESOURCES = fileURLToPath(new URL('../../../resources', import.meta.url))

export function handoutService(options: Partial<HandoutServiceOptions> = {}): HandoutService {
  // A generous limit: it guards against a hang (export-handout.test.ts tests it with 0), and a
  // busy two-core machine can take several times longer than the app's own 10 s.
  return new HandoutService({ resourcesDir: RESOURCES, timeoutMs: 60_000, ...options })
}

/** What a handout source file says will be printed. */
export interface HandoutSource {
  topic: string
  title: string
  summary: string
  lastReviewed: string
  sections: string[]
  /** Red-flag ids, printed with their patient wording from red-flags.yaml. */
  help: string[]
  checklist: string[]
  questions: string[]
}

/** Every handout in resources/content/handouts, read from its front matter and `##` headings. */
export async function handoutSources(): Promise<HandoutSource[]> {
  const dir = join(RESOURCES, 'content', 'handouts')
  const files = (await readdir(dir)).filter((name) => name.endsWith('.md')).sort()
  return Promise.all(
    files.map(async (name) => {
      const source = await readFile(join(dir, name), 'utf8')
      const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source)
      if (!match) throw new Error(`${name} has no front matter`)
      const meta = parseYaml(match[1]!) as Omit<HandoutSource, 'sections'>
      const sections = [...match[2]!.matchAll(/^## (.+)$/gm)].map((m) => m[1]!.trim())
      return { ...meta, lastReviewed: String(meta.lastReviewed), sections }
    }),
  )
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/** "2026-11-21" as printed: "21 November 2026". */
export function longDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number)
  return `${day} ${MONTHS[month! - 1]} ${year}`
}

/** The fixed headings every handout adds after its own sections, in printed order. */
export const CLOSING_HEADINGS = ['Your checklist', 'Questions to ask', 'Your clinic']

/** A red flag as the safety data defines it, read straight from red-flags.yaml. */
export interface SourceFlag {
  id: string
  tier: string
  patient?: string
  short?: string
}

/** red-flags.yaml and urgency-tiers.yaml, read without the compiler the service uses. */
export async function safetySources(): Promise<{
  flags: Map<string, SourceFlag>
  tiers: { id: string; patient: { action: string; lead: string } }[]
}> {
  const read = async (name: string) =>
    parseYaml(await readFile(join(RESOURCES, 'content', name), 'utf8')) as Record<string, unknown>
  const flags = (await read('red-flags.yaml'))['flags'] as SourceFlag[]
  const tiers = (await read('urgency-tiers.yaml'))['tiers'] as {
    id: string
    patient: { action: string; lead: string }
  }[]
  return { flags: new Map(flags.map((f) => [f.id, f])), tiers }
}

type PdfDocument = Awaited<ReturnType<typeof getDocumentProxy>>

/** One run of text as pdf.js reads it, with the marked content it sits in. */
export interface PrintedText {
  str: string
  /** Font size in points (the text matrix scale). */
  size: number
  x: number
  y: number
  width: number
  /** The text line ends after this run. */
  eol: boolean
  /** Inside an /Artifact (decoration or pagination that screen readers skip). */
  artifact: boolean
  /** Marked-content id tying the text to a structure element; null when untagged. */
  mcid: string | null
  tag: string | null
}

export interface PrintedPage {
  width: number
  height: number
  /** Text in drawing order, one line per text line. */
  text: string
  lines: string[]
  items: PrintedText[]
}

export interface OpenedPdf {
  pdf: PdfDocument
  pages: PrintedPage[]
  /** All pages' text joined, for reading-order checks. */
  text: string
  lines: string[]
  /** All pages' text without artifacts (running header, footer): what a screen reader reads. */
  content: string
}

interface RawTextItem {
  str: string
  hasEOL: boolean
  transform: number[]
  width: number
}
interface RawMarker {
  type: string
  tag?: string
  id?: string | null
}

/** Opens PDF bytes with pdf.js (via unpdf) and reads every page's text and marked content. */
export async function openPdf(bytes: Uint8Array): Promise<OpenedPdf> {
  // pdf.js wants a plain Uint8Array it may transfer, not the service's Buffer.
  const pdf = await getDocumentProxy(new Uint8Array(bytes))
  const pages: PrintedPage[] = []
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number)
    const [x0, y0, x1, y1] = page.view as [number, number, number, number]
    const content = await page.getTextContent({
      includeMarkedContent: true,
      disableNormalization: true,
    })
    const stack: { tag: string | null; id: string | null }[] = []
    const items: PrintedText[] = []
    let text = ''
    for (const item of content.items as (RawTextItem | RawMarker)[]) {
      if ('type' in item) {
        if (item.type === 'endMarkedContent') stack.pop()
        else stack.push({ tag: item.tag ?? null, id: item.id ?? null })
        continue
      }
      text += item.str + (item.hasEOL ? '\n' : '')
      items.push({
        str: item.str,
        size: Math.abs(item.transform[3]!),
        x: item.transform[4]!,
        y: item.transform[5]!,
        width: item.width,
        eol: item.hasEOL,
        artifact: stack.some((m) => m.tag === 'Artifact'),
        mcid: [...stack].reverse().find((m) => m.id)?.id ?? null,
        tag: stack.at(-1)?.tag ?? null,
      })
    }
    pages.push({
      width: x1 - x0,
      height: y1 - y0,
      text,
      lines: text.split('\n').map((line) => line.trim()),
      items,
    })
  }
  const text = pages.map((p) => p.text).join('\n')
  const content = pages
    .flatMap((p) => p.items.filter((i) => !i.artifact))
    .map((i) => i.str + (i.eol ? '\n' : ''))
    .join('')
  return { pdf, pages, text, lines: text.split('\n').map((line) => line.trim()), content }
}

/** Text with every kind of space and line break removed, to find wrapped passages. */
export const squeeze = (text: string): string => text.replace(/[\s\u200b]+/g, '')

/** Text with runs of whitespace (and wrap points) collapsed to one space. */
export const collapse = (text: string): string =>
  text
    .replace(/\u200b/g, '')
    .replace(/\s+/g, ' ')
    .trim()

/** Asserts-friendly: the index of each needle in `haystack`, searched in order (-1 if missing). */
export function positionsInOrder(
  haystack: readonly string[],
  needles: readonly string[],
): number[] {
  let from = 0
  return needles.map((needle) => {
    const at = haystack.indexOf(needle, from)
    if (at >= 0) from = at + 1
    return at
  })
}

/** One indirect object of the raw file: its dictionary text and, if any, its decoded stream. */
export interface RawObject {
  dict: string
  stream: Buffer | null
}

/** Reads the raw PDF objects (dictionaries as text, streams inflated) without pdf.js. */
export function rawObjects(bytes: Uint8Array): Map<number, RawObject> {
  const raw = Buffer.from(bytes).toString('latin1')
  const objects = new Map<number, RawObject>()
  const header = /(\d+) 0 obj\s*/g
  let match: RegExpExecArray | null
  while ((match = header.exec(raw))) {
    const start = match.index + match[0].length
    const streamAt = raw.indexOf('stream', start)
    const endAt = raw.indexOf('endobj', start)
    if (streamAt >= 0 && streamAt < endAt) {
      const dict = raw.slice(start, streamAt)
      const dataStart = raw[streamAt + 6] === '\r' ? streamAt + 8 : streamAt + 7
      // pdfkit writes /Length directly (the XMP stream also has a stray lower-case /length).
      const length = Number(/\/Length (\d+)/.exec(dict)?.[1])
      const dataEnd = dataStart + length
      const data = Buffer.from(raw.slice(dataStart, dataEnd), 'latin1')
      const stream = /\/FlateDecode/.test(dict) ? inflateSync(data) : data
      objects.set(Number(match[1]), { dict, stream })
      header.lastIndex = raw.indexOf('endobj', dataEnd)
    } else {
      objects.set(Number(match[1]), { dict: raw.slice(start, endAt), stream: null })
      header.lastIndex = endAt
    }
  }
  return objects
}

/** The raw file's dictionaries with stream data left out: safe to search as text. */
export function rawDictionaries(bytes: Uint8Array): string {
  return [...rawObjects(bytes).values()].map((o) => o.dict).join('\n')
}

/** The object a `/Key n 0 R` entry of `dict` points at. */
export function follow(
  objects: Map<number, RawObject>,
  dict: string,
  key: string,
): RawObject | undefined {
  const ref = new RegExp(`/${key} (\\d+) 0 R`).exec(dict)
  return ref ? objects.get(Number(ref[1])) : undefined
}

/**
 * How many glyphs each page's content draws with glyph id 0 (.notdef, the "tofu" box a font
 * shows for a character it does not have). pdfkit writes text as Identity-H hex strings.
 */
export function notdefGlyphsDrawn(bytes: Uint8Array): number {
  const objects = rawObjects(bytes)
  let count = 0
  for (const { dict } of objects.values()) {
    if (!/\/Type \/Page\b/.test(dict)) continue
    const contents = follow(objects, dict, 'Contents')?.stream?.toString('latin1') ?? ''
    for (const array of contents.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
      for (const hex of array[1]!.matchAll(/<([0-9a-fA-F]*)>/g)) {
        for (let i = 0; i < hex[1]!.length; i += 4)
          if (/^0000$/.test(hex[1]!.slice(i, i + 4))) count++
      }
    }
  }
  return count
}
