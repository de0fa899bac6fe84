import type { Catalogue } from '@shared/content/catalogue'
import { checkCatalogue } from './catalogue-schema'

/** Why the app cannot start: the catalogue could not be read. The message says what to do. */
export class CatalogueUnavailable extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CatalogueUnavailable'
  }
}

/** The catalogue from its file's response, checked; or CatalogueUnavailable saying what to do. */
export async function readCatalogue(response: Promise<Response>): Promise<Catalogue> {
  let text: string
  try {
    const answer = await response
    if (!answer.ok) throw new Error(`HTTP ${answer.status}`)
    text = await answer.text()
  } catch (error) {
    throw new CatalogueUnavailable(
      `The list of the library’s modules could not be read (${(error as Error).message}). Close and reopen the app; if it still does not open, reinstall it.`,
    )
  }
  const damaged = (problem: string) =>
    new CatalogueUnavailable(
      `The list of the library’s modules is damaged or belongs to another version of the app (${problem}). Reinstall the app.`,
    )
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw damaged((error as Error).message)
  }
  const checked = checkCatalogue(value)
  if ('problem' in checked) throw damaged(checked.problem)
  return checked.catalogue
}
