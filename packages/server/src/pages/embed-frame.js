// The hosted embed page's one script of its own. In an iframe it tells the framing page how tall
// this page is, whenever that changes, so that Inspraak's loader there (which checks who sends it)
// sizes the iframe to fit. Outside an iframe it does nothing. Plain JavaScript: the server sends it as is.
if (window.parent !== window) {
  const post = () =>
    window.parent.postMessage({ inspraakHeight: Math.ceil(document.documentElement.getBoundingClientRect().height) }, '*');
  new ResizeObserver(post).observe(document.documentElement);
  // A loader that starts after this page settled asks once.
  window.addEventListener('message', (event) => {
    if (event.source === window.parent && event.data === 'inspraak-height') post();
  });
}
