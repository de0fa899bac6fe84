import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import PDFDocument from 'pdfkit'
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { exportSlides } from '../../../src/main/present/export-slides'
import {
  countPdfPages,
  SlidePrinter,
  type PrintWindow,
} from '../../../src/main/present/slide-printer'
import { writeFileAtomic } from '../../../src/main/services/atomic-write'
import { FileTokens } from '../../../src/main/services/file-tokens'
import type { ExportSlidesRequest } from '../../../src/shared/ipc/present'

/** A real three-page PDF, so sizes and page counts are those of a real file. */
async function realPdf(pages: number): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4', autoFirstPage: false })
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<void>((resolve) => doc.on('end', resolve))
  for (let i = 0; i < pages; i++) doc.addPage().text(`Slide page ${i + 1}`)
  doc.end()
  await done
  return new Uint8Array(Buffer.concat(chunks))
}

/**
 * A hidden window as far as printing uses it. `behave` decides what its page does once loaded:
 * say it is ready, say why it cannot print, crash, or never answer.
 */
function printWindows(behave: (window: FakePrintWindow, printer: SlidePrinter) => void) {
  const made: FakePrintWindow[] = []
  const create = () => {
    const window = new FakePrintWindow()
    window.onLoad = () => behave(window, printer)
    made.push(window)
    return window
  }
  const printer: SlidePrinter = new SlidePrinter({
    createWindow: create,
    urlOf: (href) => `app://atlas/index.html${href}`,
    timeoutMs: 50,
  })
  return { printer, made }
}

let ids = 500
class FakePrintWindow implements PrintWindow {
  loaded: string[] = []
  destroyed = false
  onLoad: () => void = () => undefined
  pdf: Promise<Uint8Array> = realPdf(3)
  private listeners = new Map<string, () => void>()
  readonly webContents = {
    id: ++ids,
    printToPDF: vi.fn(() => this.pdf),
    once: (event: string, listener: () => void) => void this.listeners.set(event, listener),
  }
  loadURL = async (url: string) => {
    this.loaded.push(url)
    queueMicrotask(() => this.onLoad())
  }
  isDestroyed = () => this.destroyed
  destroy = () => {
    this.destroyed = true
  }
  emit(event: string) {
    this.listeners.get(event)?.()
  }
}

const DECK: ExportSlidesRequest = {
  source: { kind: 'deck', id: 'cramps-after-orgasm' },
  options: { layout: 'handout', perPage: 3, lines: true },
}

const dir = await mkdtemp(join(tmpdir(), 'atlas-slides-'))
afterAll(() => rm(dir, { recursive: true, force: true }))
let files: FileTokens
beforeEach(() => {
  files = new FileTokens()
})

const ready = (window: FakePrintWindow, printer: SlidePrinter) =>
  void printer.ready(window.webContents.id, null)

describe('printing the print route in a hidden window', () => {
  it('loads the print route with its options, waits for the page, and prints A4 from its CSS', async () => {
    const { printer, made } = printWindows(ready)
    const bytes = await printer.print(DECK)
    expect(countPdfPages(bytes)).toBe(3)
    const window = made[0]!
    expect(window.loaded).toEqual([
      'app://atlas/index.html#/present/cramps-after-orgasm/print?layout=handout&per=3&lines=1&pdf=1',
    ])
    expect(window.webContents.printToPDF).toHaveBeenCalledWith({
      printBackground: true,
      preferCSSPageSize: true,
      generateTaggedPDF: true,
      generateDocumentOutline: false,
    })
    expect(window.destroyed).toBe(true)
    // Once printed, that window may no longer say it is ready.
    expect(printer.isPrintWindow(window.webContents.id)).toBe(false)
  })

  it('prints a session and the presenter script from their own routes', async () => {
    const { printer, made } = printWindows(ready)
    await printer.print({ source: { kind: 'session', id: 's-abc' }, options: { layout: 'script' } })
    expect(made[0]!.loaded[0]).toBe(
      'app://atlas/index.html#/sessions/s-abc/print?layout=script&pdf=1',
    )
  })

  it('only a window it made, while waiting, may say it is ready', async () => {
    const { printer } = printWindows(() => undefined)
    expect(printer.ready(12345, null)).toBe(false)
  })

  it.each([
    [
      'the page says there is nothing to print',
      (w: FakePrintWindow, p: SlidePrinter) =>
        void p.ready(w.webContents.id, 'This session has no slides yet.'),
      { code: 'not-found', message: 'Nothing was printed: This session has no slides yet.' },
    ],
    [
      'the page never says it is ready',
      () => undefined,
      { code: 'timeout', message: expect.stringMatching(/took too long .* Try again/) },
    ],
    [
      'the page crashes',
      (w: FakePrintWindow) => w.emit('render-process-gone'),
      { code: 'internal', message: expect.stringMatching(/stopped\. Try again/) },
    ],
    [
      'the page fails to load',
      (w: FakePrintWindow) => w.emit('did-fail-load'),
      { code: 'internal', message: expect.stringMatching(/could not be loaded/) },
    ],
    [
      'Chromium cannot print it',
      (w: FakePrintWindow, p: SlidePrinter) => {
        w.pdf = Promise.reject(new Error('Printing failed'))
        w.pdf.catch(() => undefined)
        p.ready(w.webContents.id, null)
      },
      { code: 'internal', message: expect.stringMatching(/could not be printed to PDF/) },
    ],
  ])(
    'fails in plain words when %s, destroys the window and saves nothing',
    async (_n, behave, error) => {
      const { printer, made } = printWindows(behave)
      const chooseSavePath = vi.fn(async () => join(dir, 'never.pdf'))
      const write = vi.fn(writeFileAtomic)
      const result = await exportSlides(DECK, {
        print: (r) => printer.print(r),
        chooseSavePath,
        write,
        issueToken: (p) => files.issue(p),
      })
      expect(result).toEqual({ ok: false, error })
      expect(made[0]!.destroyed).toBe(true)
      expect(chooseSavePath).not.toHaveBeenCalled()
      expect(write).not.toHaveBeenCalled()
    },
  )
})

describe('saving slides as PDF', () => {
  it('prints, asks where with a suggested name, writes atomically and hands back a token', async () => {
    const { printer } = printWindows(ready)
    const chooseSavePath = vi.fn(async (name: string) => join(dir, name))
    const result = await exportSlides(DECK, {
      print: (r) => printer.print(r),
      chooseSavePath,
      write: writeFileAtomic,
      issueToken: (p) => files.issue(p),
    })
    expect(chooseSavePath).toHaveBeenCalledWith(
      'cramps-after-orgasm-slides-3-a-page-with-lines.pdf',
    )
    const path = join(dir, 'cramps-after-orgasm-slides-3-a-page-with-lines.pdf')
    const saved = await readFile(path)
    expect(result).toEqual({
      ok: true,
      value: {
        fileName: 'cramps-after-orgasm-slides-3-a-page-with-lines.pdf',
        path,
        token: expect.stringMatching(/^[a-f0-9]{32}$/),
        pages: 3,
        bytes: saved.length,
      },
    })
    expect(saved.subarray(0, 5).toString()).toBe('%PDF-')
    if (result.ok) expect(files.resolve(result.value.token)).toBe(path)
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })

  it('names a file typed without .pdf as a PDF, and suggests the script by its name', async () => {
    const { printer } = printWindows(ready)
    const chooseSavePath = vi.fn(async () => join(dir, 'for-the-room.txt'))
    const result = await exportSlides(
      { ...DECK, options: { layout: 'script' } },
      {
        print: (r) => printer.print(r),
        chooseSavePath,
        write: writeFileAtomic,
        issueToken: (p) => files.issue(p),
      },
    )
    expect(chooseSavePath).toHaveBeenCalledWith('cramps-after-orgasm-presenter-script.pdf')
    expect(result).toMatchObject({ ok: true, value: { fileName: 'for-the-room.txt.pdf' } })
  })

  it('says "not saved" when the dialog is closed', async () => {
    const { printer } = printWindows(ready)
    const write = vi.fn(writeFileAtomic)
    const result = await exportSlides(DECK, {
      print: (r) => printer.print(r),
      chooseSavePath: async () => null,
      write,
      issueToken: (p) => files.issue(p),
    })
    expect(result).toEqual({
      ok: false,
      error: { code: 'cancelled', message: 'Not saved: you closed the save dialog.' },
    })
    expect(write).not.toHaveBeenCalled()
  })

  it.each([
    ['ENOSPC', /disk is full.*Free some space/],
    ['EACCES', /permission to save in that folder/],
    ['EISDIR', /A folder already has that name/],
  ])('explains a failed write (%s) in words that say what to do', async (code, message) => {
    const { printer } = printWindows(ready)
    const result = await exportSlides(DECK, {
      print: (r) => printer.print(r),
      chooseSavePath: async (name) => join(dir, name),
      write: async () => Promise.reject(Object.assign(new Error(code), { code })),
      issueToken: (p) => files.issue(p),
    })
    expect(result).toEqual({
      ok: false,
      error: { code: 'write-failed', message: expect.stringMatching(message) },
    })
  })
})
