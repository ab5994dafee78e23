// For the page that embeds an informatiepunt (our own code, EUPL; no GPL'd
// iframe-resizer): sizes every iframe marked data-ido to the height its page reports.
// A message counts only when it comes from that iframe's own window and origin.
// Without this script the iframe keeps its fixed height and scrolls.
(function () {
window.addEventListener('message', (e) => {
  var d = e.data, frames = document.querySelectorAll('iframe[data-ido]'), i, f;
  if (!d || d.type !== 'ido-hoogte' || !(d.hoogte > 0 && d.hoogte < 20000)) return;
  for (i = 0; i < frames.length; i++) {
    f = frames[i];
    if (f.contentWindow === e.source && new URL(f.src, location.href).origin === e.origin) {
      f.style.height = Math.ceil(d.hoogte) + 'px';
      f.setAttribute('scrolling', 'no');
    }
  }
});
})();
