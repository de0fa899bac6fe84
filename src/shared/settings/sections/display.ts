import { z } from 'zod'

export const THEMES = ['system', 'light', 'dark'] as const
export type ThemeChoice = (typeof THEMES)[number]

/** Standard reading, larger text, and a size for projectors at the back of a room. */
export const TEXT_SIZES = ['normal', 'large', 'projector'] as const
export type TextSize = (typeof TEXT_SIZES)[number]

/** Follow the system's reduced-motion setting, always reduce, or allow motion regardless. */
export const MOTION_CHOICES = ['system', 'reduce', 'allow'] as const
export type MotionChoice = (typeof MOTION_CHOICES)[number]

/** How the app looks: theme, text size and motion. */
export const displaySettingsSchema = z.strictObject({
  theme: z.enum(THEMES).default('system'),
  textSize: z.enum(TEXT_SIZES).default('normal'),
  motion: z.enum(MOTION_CHOICES).default('system'),
})
export type DisplaySettings = z.infer<typeof displaySettingsSchema>
