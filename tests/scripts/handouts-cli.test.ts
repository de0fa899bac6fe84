import { execFile, spawn } from 'node:child_process'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { getDocumentProxy } from 'unpdf'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const OLD = 'not a folder, and not to be touched\n'

interface Run {
  dir: string
  code: number
  stdout: string
  stderr: string
}

/** Runs `npm run handouts -- …args` the way npm would (same Node, tsx loader), in `dir`. */
async function cli(
  prepare: (dir: string) => Promise<string[]>,
  env: (dir: string) => Record<string, string> = () => ({}),
): Promise<Run> {
  const dir = await mkdtemp(join(tmpdir(), 'atlas-cli-'))
  const args = await prepare(dir)
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'scripts/handouts.ts', ...args],
      { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', ...env(dir) } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0
        resolve({ dir, code, stdout, stderr })
      },
    )
  })
}

const runs: Record<string, Run> = {}

// Each command runs once, all at the same time; the tests read the results.
beforeAll(async () => {
  const commands: Record<string, (dir: string) => Promise<string[]>> = {
    twoTopics: async (dir) => [
      '--topic',
      'cramps-after-sex',
      '--topic',
      'back-pain-after-sex',
      '--paper',
      'letter',
      '--out',
      dir,
    ],
    unknownTopic: async (dir) => [
      '--topic',
      'cramps-after-sex',
      '--topic',
      'no-such-topic',
      '--out',
      dir,
    ],
    missingFolder: async (dir) => ['--topic', 'cramps-after-sex', '--out', join(dir, 'missing')],
    fileAsOut: async (dir) => {
      await writeFile(join(dir, 'handouts.pdf'), OLD)
      return ['--topic', 'cramps-after-sex', '--out', join(dir, 'handouts.pdf')]
    },
    scriptWebsite: async (dir) => [
      '--topic',
      'cramps-after-sex',
      '--website',
      'javascript:alert(1)',
      '--out',
      dir,
    ],
    folderInTheWay: async (dir) => {
      await mkdir(join(dir, 'cramps-after-sex-handout.pdf'))
      return ['--topic', 'cramps-after-sex', '--topic', 'back-pain-after-sex', '--out', dir]
    },
    staleTemp: async (dir) => {
      // What a write killed mid-way leaves: a hidden temp file beside the target.
      await writeFile(join(dir, '.cramps-after-sex-handout.pdf.0123456789ab.tmp'), 'half a PDF')
      return ['--topic', 'cramps-after-sex', '--out', dir]
    },
    noOut: async () => ['--topic', 'leg-twitching-after-sex'],
    frenchNote: async (dir) => [
      '--topic',
      'cramps-after-sex',
      '--note',
      'Appelez-nous si la douleur revient.',
      '--note-lang',
      'fr',
      '--out',
      dir,
    ],
    emojiNote: async (dir) => [
      '--topic',
      'cramps-after-sex',
      '--topic',
      'back-pain-after-sex',
      '--note',
      'Ring us any time 😀',
      '--out',
      dir,
    ],
  }
  const inTheFolder: Record<string, (dir: string) => Record<string, string>> = {
    // As under `npm run` from the user's own folder: INIT_CWD is where they typed it.
    noOut: (dir) => ({ INIT_CWD: dir }),
  }
  // Two at a time: more processes than cores only make each one slower (and a PDF that takes
  // longer than the command's own time limit is stopped).
  const queue = Object.entries(commands)
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [name, prepare] = next
      runs[name] = await cli(prepare, inTheFolder[name])
    }
  }
  await Promise.all([worker(), worker()])
}, 240_000)

afterAll(async () => {
  await Promise.all(Object.values(runs).map((run) => rm(run.dir, { recursive: true, force: true })))
})

describe('npm run handouts', () => {
  it('writes one PDF per topic, one line each, then a summary', async () => {
    const { code, stdout, stderr, dir } = runs.twoTopics!
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const lines = stdout.trim().split('\n')
    expect(lines).toHaveLength(3)
    expect(lines[0]).toMatch(
      new RegExp(`^wrote ${join(dir, 'cramps-after-sex-handout.pdf')} \\(\\d+ pages, \\d+ KB\\)$`),
    )
    expect(lines[1]).toMatch(
      new RegExp(
        `^wrote ${join(dir, 'back-pain-after-sex-handout.pdf')} \\(\\d+ pages, \\d+ KB\\)$`,
      ),
    )
    expect(lines[2]).toMatch(
      new RegExp(`^2 handouts written to ${dir} \\(\\d+ KB\\) in [\\d.]+ s\\.$`),
    )
    // Atomic writes: exactly the two PDFs, no temp files.
    expect((await readdir(dir)).sort()).toEqual([
      'back-pain-after-sex-handout.pdf',
      'cramps-after-sex-handout.pdf',
    ])
  })

  it('writes Letter pages with --paper letter, with the page count it reports', async () => {
    const { stdout, dir } = runs.twoTopics!
    for (const line of stdout.trim().split('\n').slice(0, 2)) {
      const [, path, pages] = /^wrote (\S+) \((\d+) pages/.exec(line)!
      const pdf = await getDocumentProxy(new Uint8Array(await readFile(path!)))
      expect(path!.startsWith(dir)).toBe(true)
      expect(pdf.numPages).toBe(Number(pages))
      for (let n = 1; n <= pdf.numPages; n++) {
        expect((await pdf.getPage(n)).view).toEqual([0, 0, 612, 792])
      }
    }
  })

  it('stops on an unknown topic, naming it and the known ones, and writes nothing', async () => {
    const { code, stdout, stderr, dir } = runs.unknownTopic!
    expect(code).not.toBe(0)
    expect(stderr).toMatch(
      /^handouts: unknown topic "no-such-topic"\. Topics are: .*cramps-after-sex/,
    )
    expect(stdout).toBe('')
    expect(await readdir(dir)).toEqual([])
  })

  it('stops on a missing output folder and creates nothing', async () => {
    const { code, stdout, stderr, dir } = runs.missingFolder!
    expect(code).not.toBe(0)
    expect(stderr).toContain(`the output folder ${join(dir, 'missing')} does not exist`)
    expect(stdout).toBe('')
    expect(await readdir(dir)).toEqual([])
  })

  it('stops when --out is a file, leaving the file alone', async () => {
    const { code, stdout, stderr, dir } = runs.fileAsOut!
    expect(code).not.toBe(0)
    expect(stderr).toContain(`${join(dir, 'handouts.pdf')} is a file, not a folder`)
    expect(stdout).toBe('')
    expect(await readdir(dir)).toEqual(['handouts.pdf'])
    expect(await readFile(join(dir, 'handouts.pdf'), 'utf8')).toBe(OLD)
  })

  it('stops on a website that is not a web address, naming the option, and writes nothing', async () => {
    const { code, stdout, stderr, dir } = runs.scriptWebsite!
    expect(code).not.toBe(0)
    expect(stderr).toMatch(/^handouts: --website: Enter the website as an address such as/)
    expect(stdout).toBe('')
    expect(await readdir(dir)).toEqual([])
  })

  it('stops on a note the font cannot print, naming the character, and writes nothing', async () => {
    const { code, stdout, stderr, dir } = runs.emojiNote!
    expect(code).not.toBe(0)
    expect(stderr).toMatch(/cramps-after-sex: The handout font cannot print 😀 \(U\+1F600\)/)
    expect(stderr).toMatch(/Nothing was written\.\s*$/)
    expect(stdout).toBe('')
    expect(await readdir(dir)).toEqual([])
  })
})

describe('npm run handouts: failures that say what to do and leave nothing behind', () => {
  it('writes the other handouts when a folder is in one file’s place, and says which and why', async () => {
    const { code, stdout, stderr, dir } = runs.folderInTheWay!
    expect(code).toBe(1)
    expect(stdout).toMatch(/^wrote .*back-pain-after-sex-handout\.pdf \(\d+ pages/)
    expect(stderr).toContain(`handouts: 1 of 2 handouts written to ${dir}`)
    expect(stderr).toContain(
      'cramps-after-sex: A folder already has that name, so the PDF was not saved. Rename or move that folder, or choose another folder with --out, and run it again.',
    )
    expect(stderr).not.toMatch(/EISDIR|\.tmp|rename '/)
    expect((await readdir(dir)).sort()).toEqual([
      'back-pain-after-sex-handout.pdf',
      'cramps-after-sex-handout.pdf',
    ])
  })

  it('sweeps a temp file an earlier killed write left beside the target', async () => {
    const { code, dir } = runs.staleTemp!
    expect(code).toBe(0)
    expect(await readdir(dir)).toEqual(['cramps-after-sex-handout.pdf'])
  })

  it('writes into the folder the command was typed in when --out is not given', async () => {
    const { code, dir } = runs.noOut!
    expect(code).toBe(0)
    expect(await readdir(dir)).toEqual(['leg-twitching-after-sex-handout.pdf'])
  })

  it('tags the note with the language given by --note-lang', async () => {
    const { code, dir } = runs.frenchNote!
    expect(code).toBe(0)
    const bytes = await readFile(join(dir, 'cramps-after-sex-handout.pdf'))
    const pdf = await getDocumentProxy(new Uint8Array(bytes))
    const last = await pdf.getPage(pdf.numPages)
    const text = (await last.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join('')
    expect(text).toContain('Appelez-nous')
    // pdfkit writes structure dictionaries uncompressed: the note's paragraph carries /Lang (fr).
    expect(bytes.toString('latin1')).toMatch(/\/Lang \(fr\)/)
  })

  it.each(['SIGKILL', 'SIGINT'] as const)(
    'leaves only whole PDFs and no temp file when stopped with %s mid-batch, and a rerun completes',
    async (signal) => {
      const dir = await mkdtemp(join(tmpdir(), 'atlas-cli-kill-'))
      try {
        const child = spawn(
          process.execPath,
          ['--import', 'tsx', 'scripts/handouts.ts', '--out', dir],
          { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } },
        )
        let stderr = ''
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
        // Stop it as soon as the first file is written: the others are being written now.
        child.stdout.once('data', () => child.kill(signal))
        const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
        if (signal === 'SIGINT' && code === 130)
          expect(stderr).toMatch(
            /stopped \(Ctrl-C\)\. \d of 5 handouts written; no file was left half-written\./,
          )
        // SIGKILL cannot be caught, so a temp file may stay until the next run sweeps it; Ctrl-C
        // removes its own. A PDF in its real name is always whole.
        const check = async (tempAllowed: boolean) => {
          const names = await readdir(dir)
          const temps = names.filter((n) => n.endsWith('.tmp'))
          if (!tempAllowed) expect(temps).toEqual([])
          const pdfs = names.filter((n) => !n.endsWith('.tmp'))
          for (const name of pdfs) {
            const pdf = await getDocumentProxy(new Uint8Array(await readFile(join(dir, name))))
            expect(pdf.numPages, name).toBeGreaterThan(0)
          }
          return pdfs
        }
        expect((await check(signal === 'SIGKILL')).length).toBeGreaterThan(0)
        const rerun = await cli(async () => ['--out', dir])
        expect(rerun.code).toBe(0)
        expect(await check(false)).toHaveLength(5)
      } finally {
        await rm(dir, { recursive: true, force: true })
      }
    },
    60_000,
  )
})
