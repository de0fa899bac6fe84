// Line-like controls separate words; the rest (NUL, BEL, ESC, C1 …) are noise inside them.
const SEPARATORS = /[\t\v\f\r\u0085]/g
// eslint-disable-next-line no-control-regex
const NOISE = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f]/g
// Bidi marks, embeddings, overrides and isolates (and the Arabic letter mark) are invisible and
// reorder the characters around them: on a printed leaflet "020 7946 0000" could read backwards.
const FORMAT_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/

/**
 * Cleans typed or pasted text so no input can upset the layout or the PDF: tabs and other
 * line-like controls become spaces (words stay apart), other control characters and the
 * invisible bidi format controls are removed, and newlines are kept only where a note may have
 * them. Every way user text comes in (settings, the note, the command line) passes through here.
 */
export function cleanText(value: string, keepNewlines = false): string {
  // Most text is plain printable ASCII, which has nothing to normalise or remove: only runs of
  // spaces and the ends are left to tidy. A learning record checks thousands of titles on load.
  if (PRINTABLE_ASCII.test(value)) return value.replace(/ {2,}/g, ' ').trim()
  return value
    .normalize('NFC')
    .replace(NOISE, '')
    .replace(FORMAT_CONTROLS, '')
    .replace(SEPARATORS, ' ')
    .replace(keepNewlines ? /(?!)/g : /\n/g, ' ')
    .replace(/ {2,}/g, ' ')
    .replace(/ *\n */g, '\n')
    .trim()
}
