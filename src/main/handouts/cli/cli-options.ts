import { isAbsolute, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { z } from 'zod'
import { handoutOptionsSchema, type HandoutOptions } from '../../../shared/ipc/handouts'
import { CLINIC_LIMITS, PAPER_SIZES, cleanText } from '../../../shared/ipc/settings'
import { TEXT_LANGUAGE_TAGS } from '../../../shared/text/languages'

export const USAGE = `Usage: npm run handouts -- [--topic <id>]... [--out <folder>] [--paper a4|letter] [--large-print]
                            [--clinic <name>] [--clinic-lang <tag>] [--phone <text>] [--website <address>]
                            [--email <address>] [--note <text>] [--note-lang <tag>]
Without --topic, every topic is printed. The output folder must exist (default: the folder you run it from).
--note-lang and --clinic-lang name the language of the note and the clinic name when not English
(${TEXT_LANGUAGE_TAGS.join(', ')}), so screen readers read them in the right voice.`

/** Each text option, the field it fills, and its limit: so a refusal names what the user typed. */
const TEXT_FLAGS = {
  clinic: { path: 'clinic.name', limit: CLINIC_LIMITS.name },
  phone: { path: 'clinic.phone', limit: CLINIC_LIMITS.phone },
  website: { path: 'clinic.website', limit: CLINIC_LIMITS.website },
  email: { path: 'clinic.email', limit: CLINIC_LIMITS.email },
  note: { path: 'note', limit: CLINIC_LIMITS.note },
} as const
const LANGUAGE_FLAGS = { 'clinic-lang': 'clinic.lang', 'note-lang': 'noteLang' } as const

export interface CliRequest {
  /** Topics asked for, or undefined for every topic. */
  topics: string[] | undefined
  outDir: string
  options: HandoutOptions
}

export type CliParse =
  { ok: true; help: boolean; request: CliRequest } | { ok: false; message: string }

/** One sentence, ending in one full stop (schema messages may or may not have their own). */
const sentence = (text: string): string => `${text.replace(/[.\s]+$/, '')}.`

/**
 * Reads the command line into handout options, or says what is wrong in the terms the user
 * typed (`--clinic`, not `clinic.name`, with the count typed against the limit). `cwd` is the
 * folder the user ran the command from: under `npm run` that is INIT_CWD, not the package root.
 */
export function parseHandoutArgs(argv: string[], cwd: string): CliParse {
  let values: ReturnType<typeof parseArgs<{ options: typeof OPTIONS }>>['values']
  try {
    ;({ values } = parseArgs({
      args: argv,
      options: OPTIONS,
      strict: true,
      allowPositionals: false,
    }))
  } catch (error) {
    // Node's first sentence names the problem; its advice about positional arguments does not apply.
    const first = (error as Error).message.split(/(?<=\.) /)[0]!
    return { ok: false, message: `${sentence(first)}\n${USAGE}` }
  }
  const input = {
    paper: values.paper,
    largePrint: values['large-print'],
    clinic: {
      name: values.clinic,
      phone: values.phone,
      website: values.website,
      email: values.email,
      lang: values['clinic-lang'],
    },
    note: values.note,
    noteLang: values['note-lang'],
  }
  const parsed = handoutOptionsSchema.safeParse(input)
  if (!parsed.success) return { ok: false, message: describeIssue(parsed.error.issues[0]!, values) }
  const out = values.out ?? cwd
  return {
    ok: true,
    help: values.help ?? false,
    request: {
      topics: values.topic,
      outDir: isAbsolute(out) ? out : resolve(cwd, out),
      options: parsed.data,
    },
  }
}

const OPTIONS = {
  topic: { type: 'string', multiple: true },
  out: { type: 'string' },
  paper: { type: 'string', default: 'a4' },
  'large-print': { type: 'boolean', default: false },
  clinic: { type: 'string', default: '' },
  'clinic-lang': { type: 'string', default: '' },
  phone: { type: 'string', default: '' },
  website: { type: 'string', default: '' },
  email: { type: 'string', default: '' },
  note: { type: 'string', default: '' },
  'note-lang': { type: 'string', default: '' },
  help: { type: 'boolean', short: 'h', default: false },
} as const

function describeIssue(issue: z.core.$ZodIssue, values: Record<string, unknown>): string {
  const path = issue.path.join('.')
  if (path === 'paper')
    return `--paper must be ${PAPER_SIZES.join(' or ')}; you typed "${String(values.paper)}".`
  for (const [flag, field] of Object.entries(LANGUAGE_FLAGS)) {
    if (path === field)
      return `--${flag} must be one of ${TEXT_LANGUAGE_TAGS.join(', ')} (languages the handout font can print); you typed "${String(values[flag])}".`
  }
  for (const [flag, { path: field, limit }] of Object.entries(TEXT_FLAGS)) {
    if (path !== field) continue
    if (issue.code === 'too_big') {
      const typed = cleanText(String(values[flag] ?? ''), flag === 'note').length
      return `--${flag} is ${typed} characters long; it can be at most ${limit}. Shorten it and run again.`
    }
    return `--${flag}: ${sentence(issue.message)}`
  }
  return sentence(`${path || 'options'}: ${issue.message}`)
}
