// text-readability ships no types; only what the content check uses is declared.
declare module 'text-readability' {
  const readability: {
    fleschKincaidGrade(text: string): number
    lexiconCount(text: string, removePunctuation?: boolean): number
    averageSentenceLength(text: string): number
    removePunctuation(text: string): string
  }
  export default readability
}
