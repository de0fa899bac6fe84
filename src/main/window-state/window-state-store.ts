import { readFile } from 'node:fs/promises'
import { z } from 'zod'
import { routeReportSchema } from '../../shared/ipc/menu'
import { writeFileAtomic } from '../services/atomic-write'
import type { SavedWindow } from './window-placement'

const rect = z.strictObject({
  x: z.number().int().min(-100_000).max(100_000),
  y: z.number().int().min(-100_000).max(100_000),
  width: z.number().int().min(1).max(100_000),
  height: z.number().int().min(1).max(100_000),
})

/** Window placement and the last page, kept between starts. Not settings: nothing to reset. */
const windowStateSchema = z.object({
  window: z
    .strictObject({ bounds: rect, maximized: z.boolean(), displayId: z.number().int().nullable() })
    .optional()
    .catch(undefined),
  route: routeReportSchema.shape.path.optional().catch(undefined),
})
export type WindowState = { window?: SavedWindow; route?: string }

/**
 * `window-state.json` in the user-data folder. A missing or damaged file means "no saved
 * state" (the window opens at its default place, on the library): there is nothing a clinician
 * could lose. Writes are atomic and gathered, since moving a window fires many events.
 */
export class WindowStateStore {
  private state: WindowState = {}
  private timer: ReturnType<typeof setTimeout> | undefined
  private writing: Promise<void> = Promise.resolve()

  constructor(
    private readonly path: string,
    private readonly delayMs = 400,
    private readonly write: (path: string, text: string) => Promise<void> = writeFileAtomic,
  ) {}

  async load(): Promise<WindowState> {
    try {
      const parsed = windowStateSchema.safeParse(JSON.parse(await readFile(this.path, 'utf8')))
      this.state = parsed.success ? stripUndefined(parsed.data) : {}
    } catch {
      this.state = {}
    }
    return structuredClone(this.state)
  }

  update(patch: WindowState): void {
    this.state = { ...this.state, ...patch }
    clearTimeout(this.timer)
    this.timer = setTimeout(() => void this.flush(), this.delayMs)
  }

  /** Writes now (the window is closing, the app quitting). Failures are logged, never thrown. */
  flush(): Promise<void> {
    clearTimeout(this.timer)
    this.timer = undefined
    const text = `${JSON.stringify(this.state, null, 2)}\n`
    this.writing = this.writing
      .then(() => this.write(this.path, text))
      .catch((error: unknown) => console.warn('[window-state] not saved:', error))
    return this.writing
  }
}

function stripUndefined(state: z.infer<typeof windowStateSchema>): WindowState {
  const out: WindowState = {}
  if (state.window) out.window = state.window
  if (state.route) out.route = state.route
  return out
}
