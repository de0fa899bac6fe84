import type { TextLanguageTag } from '@shared/text/languages'
import type { guessLanguage } from '@shared/text/guess-language'

let guesser: Promise<{ guessLanguage: typeof guessLanguage }> | undefined

/**
 * `guessLanguage` for the handout's note, loaded the first time there is a note to guess: its
 * language models (franc) were most of the handout panel's code, which the app loads and runs
 * while idle after start, and most notes are never written.
 */
export async function guessNoteLanguage(text: string): Promise<TextLanguageTag | undefined> {
  if (!text.trim()) return undefined
  guesser ??= import('@shared/text/guess-language')
  return (await guesser).guessLanguage(text)
}
