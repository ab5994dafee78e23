// In an embed page: tell the page around the iframe how tall the content is, whenever
// it changes, so the host's embed.js can size the iframe. Only a height is sent.
(function () {
if (window.parent === window) return;
var last = 0;
function send() {
  var h = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (h != last) { last = h; window.parent.postMessage({ type: 'ido-hoogte', hoogte: h }, '*'); }
}
if (window.ResizeObserver) new ResizeObserver(send).observe(document.documentElement);
window.addEventListener('load', send);
send();
})();
