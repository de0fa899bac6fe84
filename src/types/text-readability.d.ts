// text-readability ships no types; only the two measures the content check uses are declared.
declare module 'text-readability' {
  const readability: {
    fleschKincaidGrade(text: string): number
    lexiconCount(text: string, removePunctuation?: boolean): number
  }
  export default readability
}
