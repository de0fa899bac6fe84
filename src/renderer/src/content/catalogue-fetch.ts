import { catalogueFile, chunkBase } from 'virtual:atlas-content'

/** The catalogue's file, beside the content chunks. */
export const catalogueUrl = new URL(catalogueFile, chunkBase).href

/**
 * The catalogue, asked for as the page loads (boot.ts imports this module), so it arrives while
 * the app's code is loading; main.ts reads it (read-catalogue.ts). It is a file of its own
 * rather than part of the scripts because it grows with the library and the scripts should not.
 */
export const catalogueResponse: Promise<Response> = fetch(catalogueUrl)
// A failure is reported by main.ts when it reads the response; until then it is not unhandled.
catalogueResponse.catch(() => undefined)
