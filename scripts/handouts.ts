/**
 * `npm run handouts -- --help` for the options.
 *
 * Prints patient handouts in bulk with the same service, messages and atomic writes as the app.
 * Every PDF is made in memory first, so an unknown topic, an unusable folder or text the font
 * cannot draw stops the run before anything is written. A write that then fails is reported
 * with what to do, the rest are still tried unless the folder or disk itself is at fault, and
 * the run ends with how many were written and which were not. Ctrl-C stops between or during
 * writes with no half-written file and no temp file left. It runs in this one process (no
 * child), so killing it stops the writing.
 */
import { access, constants, stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { HandoutService } from '../src/main/handouts/handout-service'
import { HandoutError } from '../src/main/handouts/errors'
import { USAGE, parseHandoutArgs } from '../src/main/handouts/cli/cli-options'
import {
  summary,
  writeHandouts,
  writtenLine,
  type MadeHandout,
  type WriteOutcome,
} from '../src/main/handouts/cli/write-handouts'
import { stopCleanlyOnSignal } from '../src/main/handouts/cli/interrupt'
import { writeFileAtomic } from '../src/main/services/atomic-write'

function fail(message: string): never {
  console.error(`handouts: ${message}`)
  process.exit(1)
}

async function checkFolder(dir: string): Promise<void> {
  const info = await stat(dir).catch(() => null)
  if (!info)
    fail(`the output folder ${dir} does not exist. Create it first, or choose another with --out.`)
  if (!info.isDirectory()) fail(`${dir} is a file, not a folder. Choose a folder with --out.`)
  await access(dir, constants.W_OK).catch(() =>
    fail(`you cannot write to ${dir}. Choose another folder with --out.`),
  )
}

async function main(): Promise<void> {
  const started = performance.now()
  // Under `npm run`, the working folder is the package; INIT_CWD is where the user typed it.
  const parsed = parseHandoutArgs(process.argv.slice(2), process.env.INIT_CWD ?? process.cwd())
  if (!parsed.ok) fail(parsed.message)
  if (parsed.help) {
    console.log(USAGE)
    return
  }
  const { outDir, options } = parsed.request
  await checkFolder(outDir)

  const service = new HandoutService({
    resourcesDir: resolve(import.meta.dirname, '..', 'resources'),
  })
  const known = await service.topics()
  const topics = parsed.request.topics ?? known
  const unknown = topics.filter((t) => !known.includes(t))
  if (unknown.length)
    fail(
      `unknown topic ${unknown.map((t) => `"${t}"`).join(', ')}. Topics are: ${known.join(', ')}.`,
    )

  const made: MadeHandout[] = []
  for (const topic of topics) {
    try {
      made.push({ topic, ...(await service.generateHandout(topic, options)) })
    } catch (error) {
      const message = error instanceof HandoutError ? error.message : String(error)
      fail(`${topic}: ${message.replace(/[.\s]+$/, '')}. Nothing was written.`)
    }
  }

  const written: WriteOutcome[] = []
  const release = stopCleanlyOnSignal(
    () => ({ written: written.filter((o) => o.written).length, total: made.length }),
    { error: (line) => console.error(line), exit: (code) => process.exit(code) },
  )
  const outcomes = await writeHandouts(made, outDir, writeFileAtomic, (outcome) => {
    written.push(outcome)
    if (outcome.written) console.log(writtenLine(outcome))
  })
  release()
  const result = summary(outcomes, outDir, (performance.now() - started) / 1000)
  if (result.ok) console.log(result.text)
  else {
    console.error(`handouts: ${result.text}`)
    process.exitCode = 1
  }
}

void main()
