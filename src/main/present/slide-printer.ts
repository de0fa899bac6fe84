import type { IpcError } from '../../shared/ipc/result'
import type { ExportSlidesRequest } from '../../shared/ipc/present'
import { printHref } from '../../shared/present/routes'

/** What printing needs of a hidden BrowserWindow. */
export interface PrintWindow {
  readonly webContents: {
    readonly id: number
    printToPDF(options: {
      printBackground: boolean
      preferCSSPageSize: boolean
      generateTaggedPDF: boolean
      generateDocumentOutline: boolean
    }): Promise<Uint8Array>
    once(event: 'render-process-gone' | 'did-fail-load', listener: () => void): void
  }
  loadURL(url: string): Promise<void>
  isDestroyed(): boolean
  destroy(): void
}

export interface SlidePrinterDeps {
  /** A hidden window with the app's secure settings. */
  createWindow(): PrintWindow
  /** The full app:// address of an app route. */
  urlOf(href: string): string
  /** How long the print route may take to lay out its pages. */
  timeoutMs?: number
}

/** Printing failed; `message` says what happened and what to do. */
export class PrintError extends Error {
  constructor(
    readonly code: IpcError['code'],
    message: string,
  ) {
    super(message)
    this.name = 'PrintError'
  }
}

const AGAIN = 'Try again; if it keeps happening, restart the app.'

/**
 * Prints a presentation's print route (`#/present/<deck>/print?…`, or a session's) to PDF in
 * a hidden window: the page says when its slides, notes and fonts are laid out (or why it
 * cannot print), then Chromium prints it with the page's own A4 size. The window is destroyed
 * afterwards whatever happened; only windows made here may say they are ready.
 */
export class SlidePrinter {
  private readonly waiting = new Map<number, (problem: string | null) => void>()

  constructor(private readonly deps: SlidePrinterDeps) {}

  /** Whether `webContentsId` is a print window waiting to be told its page is ready. */
  isPrintWindow(webContentsId: number): boolean {
    return this.waiting.has(webContentsId)
  }

  /** The print page is laid out (`problem` null) or cannot be printed (`problem` says why). */
  ready(webContentsId: number, problem: string | null): boolean {
    const done = this.waiting.get(webContentsId)
    done?.(problem)
    return Boolean(done)
  }

  async print(request: ExportSlidesRequest): Promise<Uint8Array> {
    const window = this.deps.createWindow()
    const id = window.webContents.id
    let timer: ReturnType<typeof setTimeout> | undefined
    try {
      const laidOut = new Promise<string | null>((resolve, reject) => {
        this.waiting.set(id, resolve)
        timer = setTimeout(
          () =>
            reject(
              new PrintError(
                'timeout',
                `The slides took too long to lay out for printing. ${AGAIN}`,
              ),
            ),
          this.deps.timeoutMs ?? 30_000,
        )
        window.webContents.once('render-process-gone', () =>
          reject(new PrintError('internal', `The page that prints the slides stopped. ${AGAIN}`)),
        )
        window.webContents.once('did-fail-load', () =>
          reject(
            new PrintError('internal', `The slides could not be loaded for printing. ${AGAIN}`),
          ),
        )
      })
      // Raised only if nothing waits for it (the load failed first): never unhandled.
      laidOut.catch(() => undefined)
      const href = `${printHref(request.source, request.options)}&pdf=1`
      await window.loadURL(this.deps.urlOf(href)).catch(() => {
        throw new PrintError('internal', `The slides could not be loaded for printing. ${AGAIN}`)
      })
      const problem = await laidOut
      if (problem) throw new PrintError('not-found', `Nothing was printed: ${problem}`)
      try {
        return await window.webContents.printToPDF({
          printBackground: true,
          preferCSSPageSize: true,
          // Headings and reading order for screen readers, as the handouts have.
          generateTaggedPDF: true,
          generateDocumentOutline: false,
        })
      } catch {
        throw new PrintError('internal', `The slides could not be printed to PDF. ${AGAIN}`)
      }
    } finally {
      clearTimeout(timer)
      this.waiting.delete(id)
      if (!window.isDestroyed()) window.destroy()
    }
  }
}

/** Pages in a PDF Chromium printed (it writes one `/Type /Page` object per page, uncompressed). */
export function countPdfPages(bytes: Uint8Array): number {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1')
  return text.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0
}
