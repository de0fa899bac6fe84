import { z } from 'zod'
import { TEXT_SIZES, THEMES } from '../settings/sections/display'

/** Pages the Go menu (and Help) can open. */
export const GO_TARGETS = [
  'library',
  'compare',
  'reference',
  'sessions',
  'settings',
  'sources',
] as const
export type GoTarget = (typeof GO_TARGETS)[number]

const command = <C extends string, S extends z.ZodRawShape = Record<never, never>>(
  name: C,
  shape?: S,
) => z.strictObject({ command: z.literal(name), ...(shape ?? ({} as S)) })

/**
 * What a menu item asks the window to do (main → renderer, `menu:command`). Main parses each
 * before sending it and the renderer parses it again on arrival: anything else is dropped.
 */
export const menuCommandSchema = z.discriminatedUnion('command', [
  command('go', { to: z.enum(GO_TARGETS) }),
  command('back'),
  command('forward'),
  command('search'),
  command('handout'),
  command('print'),
  command('present'),
  command('shortcuts'),
  command('about'),
  command('theme', { theme: z.enum(THEMES) }),
  command('text-size', { size: z.enum(TEXT_SIZES) }),
])
export type MenuCommand = z.infer<typeof menuCommandSchema>

/**
 * Where the window is (renderer → main, `app:route`), so menu items follow the page: a hash
 * route path with its query, the route's name, and what the page offers.
 */
export const routeReportSchema = z.strictObject({
  path: z
    .string()
    .max(512)
    .regex(/^\/[A-Za-z0-9\-._~/?=&%+]*$/, 'not an app route'),
  name: z
    .string()
    .max(60)
    .regex(/^[a-z][a-z0-9-]*$/)
    .nullable(),
  /** A full-window page (presenting): no header, no search box. */
  bare: z.boolean(),
  canGoBack: z.boolean(),
  canGoForward: z.boolean(),
  /** This page's module has a patient handout. */
  hasHandout: z.boolean(),
  /** This page's module has slides to present. */
  hasDeck: z.boolean(),
})
export type RouteReport = z.infer<typeof routeReportSchema>
