/**
 * Languages a clinician may write a handout's note or clinic details in. The handout font
 * (Noto Sans) covers Latin, Greek and Cyrillic letters, so only languages written in those
 * scripts are offered; the tag goes on the text's structure element as /Lang so a screen
 * reader uses the right voice. `iso6393` is the code the language guesser answers with.
 */
export const TEXT_LANGUAGES = [
  { tag: 'en', name: 'English', iso6393: 'eng' },
  { tag: 'cy', name: 'Welsh (Cymraeg)', iso6393: 'cym' },
  { tag: 'ga', name: 'Irish (Gaeilge)', iso6393: 'gle' },
  { tag: 'gd', name: 'Scottish Gaelic (Gàidhlig)', iso6393: 'gla' },
  { tag: 'fr', name: 'French (français)', iso6393: 'fra' },
  { tag: 'de', name: 'German (Deutsch)', iso6393: 'deu' },
  { tag: 'es', name: 'Spanish (español)', iso6393: 'spa' },
  { tag: 'pt', name: 'Portuguese (português)', iso6393: 'por' },
  { tag: 'it', name: 'Italian (italiano)', iso6393: 'ita' },
  { tag: 'nl', name: 'Dutch (Nederlands)', iso6393: 'nld' },
  { tag: 'pl', name: 'Polish (polski)', iso6393: 'pol' },
  { tag: 'ro', name: 'Romanian (română)', iso6393: 'ron' },
  { tag: 'lt', name: 'Lithuanian (lietuvių)', iso6393: 'lit' },
  { tag: 'lv', name: 'Latvian (latviešu)', iso6393: 'lvs' },
  { tag: 'cs', name: 'Czech (čeština)', iso6393: 'ces' },
  { tag: 'sk', name: 'Slovak (slovenčina)', iso6393: 'slk' },
  { tag: 'hu', name: 'Hungarian (magyar)', iso6393: 'hun' },
  { tag: 'sq', name: 'Albanian (shqip)', iso6393: 'sqi' },
  { tag: 'tr', name: 'Turkish (Türkçe)', iso6393: 'tur' },
  { tag: 'so', name: 'Somali (Soomaali)', iso6393: 'som' },
  { tag: 'sw', name: 'Swahili (Kiswahili)', iso6393: 'swh' },
  { tag: 'yo', name: 'Yoruba (Yorùbá)', iso6393: 'yor' },
  { tag: 'el', name: 'Greek (Ελληνικά)', iso6393: 'ell' },
  { tag: 'ru', name: 'Russian (русский)', iso6393: 'rus' },
  { tag: 'uk', name: 'Ukrainian (українська)', iso6393: 'ukr' },
  { tag: 'bg', name: 'Bulgarian (български)', iso6393: 'bul' },
] as const

export type TextLanguageTag = (typeof TEXT_LANGUAGES)[number]['tag']

/** The tags, for schemas; '' means "the handout's own language" (English). */
export const TEXT_LANGUAGE_TAGS = TEXT_LANGUAGES.map((l) => l.tag) as [
  TextLanguageTag,
  ...TextLanguageTag[],
]

/** What the handout panel says before anything is typed, so nobody writes a note in vain. */
export const SUPPORTED_SCRIPTS_NOTE =
  'Notes and clinic details can use Latin, Greek and Cyrillic letters. Arabic, Hebrew, Chinese, Japanese, Korean and other scripts, and emoji, cannot be printed with the handout font.'

export function languageName(tag: string): string {
  return TEXT_LANGUAGES.find((l) => l.tag === tag)?.name ?? tag
}
