// index.html holds the library, prerendered at build time (build/shell-plugin.ts), to be shown
// before the app's code has run. A blocking script, so both are settled before the first paint:
// - a window that opens on another page (a module it was left on, a presenting window) must not
//   show the library first, so it shows nothing until the app has rendered its page;
// - the saved text size, which main passes as ?text= (main/window-state/start-url.ts), is put
//   where the app's settings put it (settings/apply-display.ts), so the page is not re-laid out
//   at a different size once the settings arrive.
{
  const root = document.documentElement
  if (!/^(#\/?)?$/.test(location.hash)) root.dataset.shell = 'off'
  const textSize = new URLSearchParams(location.search).get('text')
  if (textSize === 'large' || textSize === 'projector') root.dataset.textSize = textSize
}
