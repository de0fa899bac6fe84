import { z } from 'zod'
import { line } from './common'

/**
 * What a synonym may point at, in the cross-link syntax content already uses
 * (`[[condition:x]]`, `[[module:x#section]]`, `[[compare:x]]`), plus a module's patient
 * handout (`handout:<module-id>`).
 */
export const SYNONYM_TARGET =
  /^(module|condition|hormone|compare|handout):([a-z0-9]+(?:-[a-z0-9]+)*)(?:#([a-z0-9]+(?:-[a-z0-9]+)*))?$/

const target = z
  .string()
  .regex(
    SYNONYM_TARGET,
    'write "condition:<id>", "hormone:<id>", "module:<id>", "module:<id>#<section>", "compare:<id>" or "handout:<module-id>"',
  )

const word = z.string().regex(/^[a-z]+$/, 'one lower-case word, letters only')

/** One meaning: the words people type for it, and the content that should come first. */
const group = z.strictObject({
  /** The clinical term, as the atlas writes it: shown as "SAH: subarachnoid haemorrhage". */
  means: line(80),
  /** Abbreviations, lay words and other names someone might type. */
  terms: z.array(line(60)).min(1).max(20),
  /** Content to rank first for these words, best first. */
  find: z.array(target).min(1).max(8),
})

/** `synonyms.yaml`: search vocabulary, said once for the whole atlas. */
export const synonymsFile = z.strictObject({
  /** A variant spelling (US) → the spelling the content uses (UK), one word each. */
  spellings: z.record(word, word).default({}),
  groups: z.array(group).min(1),
})
export type SynonymsFile = z.infer<typeof synonymsFile>
