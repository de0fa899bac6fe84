// Its own module: the app's first chunk needs the number (the learning page's opening
// question is asked as navigation to it starts), not the overview code around it.
/** Unreflected activities the page lists at first, and adds with each "Show more". */
export const UNREFLECTED_PAGE = 25
