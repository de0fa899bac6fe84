import { randomBytes } from 'node:crypto'

/**
 * Saved files are named to the renderer by opaque tokens, so the renderer can ask to open or
 * reveal a file it was told about but can never make main touch a path of its choosing.
 */
export class FileTokens {
  private readonly paths = new Map<string, string>()

  issue(path: string): string {
    const token = randomBytes(16).toString('hex')
    this.paths.set(token, path)
    return token
  }

  resolve(token: string): string | undefined {
    return this.paths.get(token)
  }
}
