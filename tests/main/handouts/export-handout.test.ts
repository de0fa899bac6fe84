/**
 * Exports through `exportHandout` with the real service and the real `writeFileAtomic` into
 * temp folders. A full disk or a permission refused half-way cannot be arranged for real here
 * (and root ignores permissions), so `node:fs/promises` is wrapped: it passes everything
 * through unless a test sets `fault`, in which case the real temp file is created and partly
 * written, then the chosen step throws with the system error code. What is tested is the real
 * clean-up and the message the clinician sees.
 */
import { chmod, mkdir, mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises'
import type * as FsPromises from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { exportHandout, type ExportDeps } from '../../../src/main/handouts/export-handout'
import { loadHandoutFonts, FONT_FILES } from '../../../src/main/handouts/fonts'
import type { HandoutService } from '../../../src/main/handouts/handout-service'
import { writeFileAtomic } from '../../../src/main/services/atomic-write'
import { FileTokens } from '../../../src/main/services/file-tokens'
import { RESOURCES, handoutService, openPdf } from './pdf-helpers'
import { NO_CLINIC } from '../../../src/shared/ipc/settings'
import {
  FILE_NAME,
  OLD_PDF,
  expectCleanFailure,
  folderWithOldCopy,
  removeFolders,
} from './export-fixtures'

/** The file-system step to fail, and with which error code; `null` passes everything through. */
const fault = vi.hoisted(() => ({
  step: null as 'write' | 'sync' | 'rename' | null,
  code: '',
  tempFilesSeen: [] as string[],
}))

function systemError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated`), { code })
}

vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof FsPromises>()
  const open: typeof fs.open = async (path, flags, mode) => {
    const handle = await fs.open(path, flags, mode)
    if (!fault.step || !String(path).endsWith('.tmp')) return handle
    fault.tempFilesSeen.push(String(path))
    const writeFile = handle.writeFile.bind(handle)
    const sync = handle.sync.bind(handle)
    return Object.assign(handle, {
      // Half the bytes reach the disk before it fills up.
      writeFile: async (data: Uint8Array) => {
        await writeFile(data.subarray(0, data.length >> 1))
        if (fault.step === 'write') throw systemError(fault.code)
        await writeFile(data.subarray(data.length >> 1))
      },
      sync: async () => {
        await sync()
        if (fault.step === 'sync') throw systemError(fault.code)
      },
    })
  }
  const rename: typeof fs.rename = async (from, to) => {
    if (fault.step === 'rename' && String(from).endsWith('.tmp')) throw systemError(fault.code)
    return fs.rename(from, to)
  }
  return { ...fs, default: { ...fs, open, rename }, open, rename }
})

const REQUEST = {
  topicId: 'cramps-after-sex',
  options: {
    paper: 'a4',
    largePrint: false,
    clinic: NO_CLINIC,
    note: '',
    noteLang: '',
  },
} as const
const service = handoutService()

/** Export deps as the app wires them: a real service and real atomic writes. */
function deps(
  savePath: string | null,
  {
    service: source = service,
    ...overrides
  }: Partial<ExportDeps> & { service?: HandoutService } = {},
) {
  const tokens = new FileTokens()
  const all = {
    generate: vi.fn((topicId: string, options) => source.generateHandout(topicId, options)),
    chooseSavePath: vi.fn(async () => savePath),
    write: vi.fn(writeFileAtomic),
    issueToken: vi.fn((path: string) => tokens.issue(path)),
    ...overrides,
  } satisfies ExportDeps
  return { ...all, tokens }
}

/** A fonts folder whose NotoSans files are replaced by `bytes(name)`. */
async function fontsFolder(bytes: (real: Buffer) => Buffer): Promise<string> {
  const { dir } = await folderWithOldCopy()
  const fonts = join(dir, 'fonts')
  await mkdir(fonts)
  for (const name of Object.values(FONT_FILES)) {
    await writeFile(join(fonts, name), bytes(await readFile(join(RESOURCES, 'fonts', name))))
  }
  return fonts
}

beforeAll(async () => {
  // Warm the shared service so the tests below measure behaviour, not first-load cost.
  await service.generateHandout('cramps-after-sex')
})
afterEach(() => {
  fault.step = null
})
afterAll(removeFolders)

describe('exporting a handout', () => {
  it('writes the PDF atomically and answers with name, path, pages, size and a token', async () => {
    const { dir, target } = await folderWithOldCopy()
    const d = deps(target)
    const result = await exportHandout(REQUEST, d)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const written = await readFile(target)
    const pdf = await openPdf(written)
    expect(result.value).toEqual({
      fileName: FILE_NAME,
      path: target,
      pages: pdf.pages.length,
      bytes: written.length,
      token: expect.stringMatching(/^[a-f0-9]{32}$/),
    })
    expect(written.subarray(0, 5).toString()).toBe('%PDF-')
    expect(written).not.toEqual(OLD_PDF)
    expect(d.tokens.resolve(result.value.token)).toBe(target)
    expect(await readdir(dir)).toEqual([FILE_NAME])
  })

  it('suggests "<topic>-handout.pdf" in the save dialog', async () => {
    const { target } = await folderWithOldCopy()
    const d = deps(target)
    await exportHandout(REQUEST, d)
    expect(d.chooseSavePath).toHaveBeenCalledWith(FILE_NAME)
  })

  it('writes nothing when the save dialog is cancelled', async () => {
    const { dir } = await folderWithOldCopy()
    const d = deps(null)
    await expectCleanFailure(
      await exportHandout(REQUEST, d),
      'cancelled',
      /closed the save dialog/,
      dir,
    )
    expect(d.write).not.toHaveBeenCalled()
    expect(d.issueToken).not.toHaveBeenCalled()
  })
})

describe('export faults end in a typed error, with nothing written or left behind', () => {
  it('reports a folder that no longer exists (ENOENT)', async () => {
    const { dir } = await folderWithOldCopy()
    const result = await exportHandout(REQUEST, deps(join(dir, 'unplugged-usb', FILE_NAME)))
    await expectCleanFailure(result, 'write-failed', /folder does not exist/, dir)
  })

  it('reports a folder standing where the file should go (EISDIR)', async () => {
    const { dir } = await folderWithOldCopy()
    const taken = join(dir, 'taken.pdf')
    await mkdir(taken)
    await writeFile(join(taken, 'keep.txt'), 'keep')
    const result = await exportHandout(REQUEST, deps(taken))
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'write-failed',
        message: expect.stringMatching(/folder already has that name/),
      },
    })
    expect((await readdir(dir)).sort()).toEqual([FILE_NAME, 'taken.pdf'])
    expect(await readdir(taken)).toEqual(['keep.txt'])
    expect(await readFile(join(dir, FILE_NAME))).toEqual(OLD_PDF)
  })

  // Root ignores file permissions, so a read-only folder cannot be made here when running as
  // root; the write faults below cover EACCES by failing the write itself.
  it.skipIf(process.getuid?.() === 0)('reports a read-only folder (EACCES)', async () => {
    const { dir, target } = await folderWithOldCopy()
    await chmod(dir, 0o500)
    try {
      const result = await exportHandout(REQUEST, deps(target))
      await expectCleanFailure(result, 'write-failed', /do not have permission/, dir)
    } finally {
      await chmod(dir, 0o700)
    }
  })

  it('reports damaged font files before asking where to save (font-invalid)', async () => {
    const fonts = await fontsFolder(() => Buffer.from('this is not a TrueType font'.repeat(40)))
    const { dir, target } = await folderWithOldCopy()
    const damaged = handoutService({ loadFonts: () => loadHandoutFonts(fonts) })
    const d = deps(target, { service: damaged })
    const result = await exportHandout(REQUEST, d)
    await expectCleanFailure(result, 'font-invalid', /damaged or missing.*Reinstall/, dir)
    expect(d.chooseSavePath).not.toHaveBeenCalled()
  })

  it('reports a missing font file (font-invalid)', async () => {
    const { dir, target } = await folderWithOldCopy()
    const empty = await mkdtemp(join(dir, 'fonts-'))
    const missing = handoutService({ loadFonts: () => loadHandoutFonts(empty) })
    const result = await exportHandout(REQUEST, deps(target, { service: missing }))
    expect(result).toEqual({
      ok: false,
      error: { code: 'font-invalid', message: expect.stringMatching(/NotoSans-.*missing/) },
    })
    expect(await readFile(target)).toEqual(OLD_PDF)
  })

  // Regression (fixed; fonts.ts parse() only checks that the font can look up "A"): a font file cut short
  // (an interrupted install or copy) passes the check, then fontkit throws a RangeError or
  // TypeError while the PDF is made. The clinician gets 'internal' ("restart the app") instead
  // of 'font-invalid' ("reinstall"), which restarting never fixes.
  it('reports a truncated font file as font-invalid', async () => {
    const fonts = await fontsFolder((real) => real.subarray(0, Math.floor(real.length * 0.2)))
    const { dir, target } = await folderWithOldCopy()
    const truncated = handoutService({ loadFonts: () => loadHandoutFonts(fonts) })
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    try {
      const result = await exportHandout(REQUEST, deps(target, { service: truncated }))
      await expectCleanFailure(result, 'font-invalid', /Reinstall/, dir)
    } finally {
      log.mockRestore()
    }
  })

  it('stops a PDF that takes too long (timeout)', async () => {
    const { dir, target } = await folderWithOldCopy()
    const slow = handoutService({ timeoutMs: 0 })
    const d = deps(target, { service: slow })
    await expectCleanFailure(await exportHandout(REQUEST, d), 'timeout', /took too long/, dir)
    expect(d.chooseSavePath).not.toHaveBeenCalled()
  })

  it('reports an unknown topic before asking where to save (not-found)', async () => {
    const { dir, target } = await folderWithOldCopy()
    const d = deps(target)
    const result = await exportHandout({ ...REQUEST, topicId: 'no-such-topic' }, d)
    await expectCleanFailure(result, 'not-found', /no handout for "no-such-topic"/, dir)
    expect(d.chooseSavePath).not.toHaveBeenCalled()
  })

  it('turns an unexpected generation error into a typed internal error', async () => {
    const { dir, target } = await folderWithOldCopy()
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const d = deps(target, { generate: vi.fn(async () => Promise.reject(new TypeError('boom'))) })
    const result = await exportHandout(REQUEST, d)
    log.mockRestore()
    await expectCleanFailure(result, 'internal', /could not be made/, dir)
    expect((await stat(target)).size).toBe(OLD_PDF.length)
  })
})

describe('write faults during an export', () => {
  it.each([
    ['the disk fills while writing', 'write', 'ENOSPC', /disk is full/],
    ['the disk fills while flushing', 'sync', 'ENOSPC', /disk is full/],
    ['permission is refused while writing', 'write', 'EACCES', /do not have permission/],
    ['permission is refused on replacing the file', 'rename', 'EPERM', /do not have permission/],
    ['the drive turns read-only', 'rename', 'EROFS', /do not have permission/],
    ['an unexpected error', 'sync', 'EIO', /could not be saved \(EIO\)\. Nothing was changed/],
  ] as const)(
    '%s (%s, %s): typed error, temp file removed, old file kept',
    async (_name, step, code, message) => {
      const { dir, target } = await folderWithOldCopy()
      fault.step = step
      fault.code = code
      fault.tempFilesSeen.length = 0
      const write = vi.fn(writeFileAtomic)
      const result = await exportHandout(REQUEST, deps(target, { write }))
      // The fault really happened after a temp file was made in the target folder.
      expect(write).toHaveBeenCalledOnce()
      expect(fault.tempFilesSeen).toHaveLength(1)
      expect(fault.tempFilesSeen[0]!.startsWith(dir)).toBe(true)
      await expectCleanFailure(result, 'write-failed', message, dir)
    },
  )
})
