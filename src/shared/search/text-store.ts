import type { TextFileRef } from './index-format'
import { checkTextRefs, textsOf } from './text-files'

/** Reads a text file the index names (its name is relative to the index), as parsed JSON. */
export type ReadTextFile = (file: string) => Promise<unknown>

/**
 * The documents' texts, read a file at a time when a result needs one and kept once read. Two
 * searches wanting the same file share one read; a read that failed is forgotten, so the next
 * search tries again.
 */
export class TextStore {
  private readonly texts: (string | undefined)[]
  /** Document number → index of the file in `refs` that holds its text. */
  private readonly fileOf: Int32Array
  private readonly reads = new Map<number, Promise<void>>()

  constructor(
    private readonly refs: readonly TextFileRef[],
    documentCount: number,
    private readonly read: ReadTextFile,
  ) {
    checkTextRefs(refs, documentCount)
    this.texts = new Array<string | undefined>(documentCount)
    this.fileOf = new Int32Array(documentCount)
    refs.forEach((ref, at) => this.fileOf.fill(at, ref.first, ref.first + ref.count))
  }

  get fileCount(): number {
    return this.refs.length
  }

  /** Document `doc`'s text, or undefined while its file has not been read. */
  get(doc: number): string | undefined {
    return this.texts[doc]
  }

  /** Reads the files holding `docs` that are not in yet; rejects, naming a file, if one fails. */
  async load(docs: Iterable<number>): Promise<void> {
    const files = new Set<number>()
    for (const doc of docs) if (this.texts[doc] === undefined) files.add(this.fileOf[doc]!)
    await Promise.all([...files].map((file) => this.readFile(file)))
  }

  /** Reads every file. */
  loadAll(): Promise<void> {
    return this.load(this.refs.map((ref) => ref.first))
  }

  private readFile(at: number): Promise<void> {
    let reading = this.reads.get(at)
    if (!reading) {
      const ref = this.refs[at]!
      reading = this.read(ref.file).then(
        (value) => {
          textsOf(value, ref).forEach((text, i) => (this.texts[ref.first + i] = text))
        },
        (error: unknown) => {
          throw new Error(`${ref.file} could not be read (${(error as Error).message})`)
        },
      )
      // Forgotten when it fails, unread or not the file the index lists, so it is read again.
      reading.catch(() => this.reads.delete(at))
      this.reads.set(at, reading)
    }
    return reading
  }
}
