import { z } from 'zod'
import { TEXT_LANGUAGE_TAGS } from './languages'

/** A language for user text on a handout: '' is the handout's own (English). */
export const textLanguageSchema = z.enum(['', ...TEXT_LANGUAGE_TAGS]).default('')
