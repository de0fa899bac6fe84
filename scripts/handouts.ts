/**
 * `npm run handouts -- [--topic <id>]... [--out <dir>] [--paper a4|letter] [--large-print]
 *   [--clinic <name>] [--phone <text>] [--website <url>] [--note <text>]`
 *
 * Prints patient handouts in bulk with the same service and atomic writes as the app. Every
 * PDF is made in memory first, so an unknown topic, an unusable folder or text the font cannot
 * draw stops the run before anything is written.
 */
import { access, constants, stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { HandoutService } from '../src/main/handouts/handout-service'
import { HandoutError } from '../src/main/handouts/errors'
import { writeFileAtomic } from '../src/main/services/atomic-write'
import { handoutOptionsSchema, suggestedFileName } from '../src/shared/ipc/handouts'

const USAGE = `Usage: npm run handouts -- [--topic <id>]... [--out <dir>] [--paper a4|letter] [--large-print]
                            [--clinic <name>] [--phone <text>] [--website <url>] [--note <text>]
Without --topic, every topic is printed. The output folder must exist (default: current folder).`

/** The option each field came from, so a refusal names what the user typed. */
const FLAGS: Record<string, string> = {
  'clinic.name': '--clinic',
  'clinic.phone': '--phone',
  'clinic.website': '--website',
  note: '--note',
}

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
  let args: ReturnType<typeof parseArgs>['values']
  try {
    ;({ values: args } = parseArgs({
      options: {
        topic: { type: 'string', multiple: true },
        out: { type: 'string', default: '.' },
        paper: { type: 'string', default: 'a4' },
        'large-print': { type: 'boolean', default: false },
        clinic: { type: 'string', default: '' },
        phone: { type: 'string', default: '' },
        website: { type: 'string', default: '' },
        note: { type: 'string', default: '' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }))
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`)
  }
  if (args['help']) {
    console.log(USAGE)
    return
  }

  const options = handoutOptionsSchema.safeParse({
    paper: args['paper'],
    largePrint: args['large-print'],
    clinic: { name: args['clinic'], phone: args['phone'], website: args['website'] },
    note: args['note'],
  })
  if (!options.success) {
    const issue = options.error.issues[0]!
    const field = issue.path.join('.') || 'options'
    fail(
      `${field === 'paper' ? '--paper must be a4 or letter' : `${FLAGS[field] ?? field}: ${issue.message}`}.\n${USAGE}`,
    )
  }

  const outDir = resolve(String(args['out']))
  await checkFolder(outDir)

  const service = new HandoutService({
    resourcesDir: resolve(import.meta.dirname, '..', 'resources'),
  })
  const known = await service.topics()
  const topics = (args['topic'] as string[] | undefined) ?? known
  const unknown = topics.filter((t) => !known.includes(t))
  if (unknown.length)
    fail(
      `unknown topic ${unknown.map((t) => `"${t}"`).join(', ')}. Topics are: ${known.join(', ')}.`,
    )

  const made = []
  for (const topic of topics) {
    try {
      made.push({ topic, ...(await service.generateHandout(topic, options.data)) })
    } catch (error) {
      fail(
        `${topic}: ${error instanceof HandoutError ? error.message : String(error)} Nothing was written.`,
      )
    }
  }

  let bytes = 0
  for (const pdf of made) {
    const path = join(outDir, suggestedFileName(pdf.topic))
    try {
      await writeFileAtomic(path, pdf.bytes)
    } catch (error) {
      fail(`could not write ${path}: ${(error as Error).message}`)
    }
    bytes += pdf.bytes.length
    console.log(`wrote ${path} (${pdf.pages} pages, ${Math.round(pdf.bytes.length / 1024)} KB)`)
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(2)
  console.log(
    `${made.length} handout${made.length === 1 ? '' : 's'} written to ${outDir} (${Math.round(bytes / 1024)} KB) in ${seconds} s.`,
  )
}

void main()
