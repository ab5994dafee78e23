// In an embed page, and on the page that hands out the code. (1) Cards with rules (#ido-kaarten, one rule set per card marked
// data-ido-kaart) get the status at this moment and today's hours from tijden.js, the
// same script as the site; without JavaScript they keep the line made on the build day.
// (2) Tell the page around the iframe how tall the content is, whenever it changes, so
// the host's embed.js can size the iframe. Only a height is sent. (3) Copy buttons
// (data-kopieer: the id of the code) that say "Gekopieerd", also to screen readers.
(function () {
var box = document.getElementById('ido-kaarten'), T = window.IdoTijden, now, rules, one;
if (!T) return;
now = window.IdoTijdenNu();
// Today's hours; after today's last hour, tomorrow's (that is what matters then).
function day(t, p) {
  var today = t.hours(now.n), next = t.hours(now.n + 1);
  var late = today.length && today[today.length - 1][1] <= now.m, h = late ? next : today, w = late ? 'tomorrow-' : 'today-';
  p.textContent = h.length ? t.f(w + 'hours', { hours: t.ranges(h) }) : t.f(w + 'closed-short', {});
  p.hidden = false;
}
// The embed of one location: its rules are #ido-regels, the line #ido-vandaag.
one = document.getElementById('ido-vandaag');
if (one && document.getElementById('ido-regels')) day(T(JSON.parse(document.getElementById('ido-regels').textContent)), one);
if (!box) return;
rules = JSON.parse(box.textContent);
document.querySelectorAll('[data-ido-kaart]').forEach((card) => {
  var t = T(rules[+card.getAttribute('data-ido-kaart')]);
  card.querySelector('[data-ido-status]').textContent = t.status(now.n, now.m);
  day(t, card.querySelector('[data-ido-vandaag]'));
});
})();
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
(function () {
var live = document.getElementById('kopieer-status');
// The live region speaks; next to the button a word shows it (hidden from screen
// readers, which already heard it) for a few seconds.
function copied(b, ok) {
  var note = b.nextElementSibling && b.nextElementSibling.className == 'copied' ? b.nextElementSibling : document.createElement('span');
  live.textContent = ok ? 'Gekopieerd: ' + b.getAttribute('data-naam') + '.' : 'Kopiëren lukt niet. Selecteer de code en kopieer hem zelf.';
  note.className = 'copied';
  note.setAttribute('aria-hidden', 'true');
  note.textContent = ok ? 'Gekopieerd' : 'Lukt niet';
  b.after(note);
  clearTimeout(b.t);
  b.t = setTimeout(() => note.remove(), 4000);
}
// Without the clipboard API (or its permission): select the code and copy the selection.
function fallback(code) {
  var r = document.createRange(), sel = window.getSelection(), ok;
  r.selectNodeContents(code);
  sel.removeAllRanges();
  sel.addRange(r);
  try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
  return ok;
}
document.querySelectorAll('button[data-kopieer]').forEach((b) => {
  b.hidden = false;
  b.addEventListener('click', () => {
    var code = document.getElementById(b.getAttribute('data-kopieer')), text = code.textContent;
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).then(() => copied(b, true), () => copied(b, fallback(code)));
    else copied(b, fallback(code));
  });
});
})();
