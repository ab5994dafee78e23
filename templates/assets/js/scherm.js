// Runs a slideshow on a screen: one slide at a time, the next every `?sec=N` seconds (or
// data-interval on the body), "this week" recomputed from the rules with the tijden.js
// functions, and a reload every data-herladen hours to pick up a newer build. A week with
// more spreekuren than one screen holds continues on extra slides, measured in the browser
// (again when the screen turns). Needs no interaction and makes no request but the reload.
(function () {
var root = document.documentElement, body = document.body, slides = [], i = 0,
  q = /[?&]sec=(\d+)/.exec(location.search), sec = q ? +q[1] : +body.getAttribute('data-interval') || 10;
function cap(s) { return s.charAt(0).toUpperCase() + s.slice(1); }
function el(tag, cls, text) { var e = document.createElement(tag); if (cls) e.className = cls; if (text) e.textContent = text; return e; }
function hm(m) { return (m / 60 | 0) + '.' + (m % 60 < 10 ? '0' : '') + m % 60; }
function over(box) { return box.scrollHeight > box.clientHeight + 1 || box.scrollWidth > box.clientWidth + 1; }
var weeks = [].map.call(document.querySelectorAll('.week'), function (s) {
  return { s: s, R: JSON.parse(s.querySelector('.regels').textContent), U: JSON.parse(s.querySelector('.spreekuren').textContent) };
});
// One day of the week as the build writes it: its date, then time and title per spreekuur.
function day(n, items, T, U, more) {
  var sec = el('section', 'dag'), ul = el('ul'), li, wat, u;
  sec.appendChild(el('h3', '', cap(T.wdate(n)) + (more ? ' (vervolg)' : '')));
  items.forEach(function (x) {
    u = U[x[1]]; li = ul.appendChild(el('li'));
    li.appendChild(el('span', 'tijd', hm(x[0].t[0]) + '\u2013' + hm(x[0].t[1]) + ' uur'));
    li.appendChild(document.createTextNode(' '));
    li.appendChild(el('strong', 'wat', u.titel));
    var w = u.partner && u.titel.indexOf(u.partner) < 0 && u.partner.indexOf(u.titel) < 0, p = (u.plaatsen || {})[x[2]] || u.plaats;
    if (w || p) {
      li.appendChild(document.createTextNode(' '));
      wat = li.appendChild(el('span', 'wie zacht', w ? 'Met ' + u.partner : ''));
      if (w && p) wat.appendChild(el('br'));
      if (p) wat.appendChild(document.createTextNode(p));
    }
  });
  sec.appendChild(ul);
  return sec;
}
// This week's spreekuren of one location, from today in the Netherlands, over as many
// slides as they need: the slides.
function week(w) {
    var T = window.IdoTijden(w.R), now = window.IdoTijdenNu(), n = now.n, box = w.s.querySelector('.dagen'), d, list, parts = [w.s], cur = w.s;
    w.s.querySelector('.periode').textContent = cap(T.wdate(n)) + ' tot en met ' + T.wdate(n + 6);
    w.s.hidden = false;
    box.textContent = '';
    for (d = n; d < n + 7; d++) {
      list = [];
      // Today's spreekuren that have ended are left out.
      w.R.u.forEach(function (u, k) { if (T.on(u, d) && (d > n || now.m < u.t[1])) list.push([u, k, d]); });
      if (!list.length) continue;
      list.sort(function (a, b) { return a[0].t[0] - b[0].t[0] || a[0].t[1] - b[0].t[1]; });
      // Add the day; when the slide overflows, the day (or its rest) goes to a new slide.
      for (var from = 0, more = false; from < list.length;) {
        var cut = list.length, node;
        for (;;) {
          node = box.appendChild(day(d, list.slice(from, cut), T, w.U, more));
          if (!over(box)) break;
          box.removeChild(node);
          if (box.children.length) {
            cur = cur.cloneNode(true); cur.removeAttribute('aria-labelledby'); cur.classList.add('vervolg');
            cur.querySelector('h2').removeAttribute('id');
            parts[parts.length - 1].after(cur); parts.push(cur);
            box = cur.querySelector('.dagen'); box.textContent = '';
          } else if (cut - from > 1) cut--;
          else { box.appendChild(node); break; }
        }
        from = cut; more = true;
      }
    }
    if (!box.children.length) {
      var none = box.appendChild(el('section', 'dag geen'));
      var tel = w.s.getAttribute('data-telefoon');
      none.appendChild(el('h3', '', tel ? 'Bel ons deze week' : 'Deze week geen spreekuur'));
      none.appendChild(el('p', '', !tel ? 'Kom langs tijdens de openingstijden.' : tel == '-' ? 'Bel tijdens de openingstijden.' : 'Bel ' + tel + ' tijdens de openingstijden.'));
    }
    return parts;
}
function drop(parts) { parts.slice(1).forEach(function (s) { s.remove(); }); }
// On a wide screen the week goes in rows (title beside partner) or in two columns (title
// over partner), whichever needs fewer slides; on a tall screen in rows of two columns.
function build() {
  [].forEach.call(document.querySelectorAll('.dia.vervolg'), function (s) { s.remove(); });
  var wide = !matchMedia('(orientation: portrait)').matches;
  weeks.forEach(function (w) {
    var parts, k, rows;
    w.s.classList.toggle('rijen', wide);
    parts = week(w);
    if (wide && parts.length > 1) {
      rows = parts.length;
      drop(parts);
      w.s.classList.remove('rijen');
      parts = week(w);
      if (parts.length >= rows) { drop(parts); w.s.classList.add('rijen'); parts = week(w); }
    }
    for (k = 0; k < parts.length; k++) parts[k].querySelector('.deel').textContent = parts.length > 1 ? ' \u00b7 deel ' + (k + 1) + ' van ' + parts.length : '';
  });
  // A welcome slide whose hours need the room drops the question and the visit text.
  [].forEach.call(document.querySelectorAll('.welkom'), function (s) {
    var was = s.hidden;
    s.hidden = false;
    s.classList.remove('kompakt');
    if (over(s.querySelector('.midden'))) s.classList.add('kompakt');
    s.hidden = was;
  });
  slides = [].slice.call(document.querySelectorAll('.dia'));
}
function show() { slides.forEach(function (s, k) { s.hidden = k != i; }); }
root.classList.add('js');
slides = [].slice.call(document.querySelectorAll('.dia'));
slides.forEach(function (s) { s.hidden = !s.classList.contains('week'); });
build();
show();
var turned = matchMedia('(orientation: portrait)');
function again() { slides.forEach(function (s) { s.hidden = !s.classList.contains('week'); }); build(); i = Math.min(i, slides.length - 1); show(); }
if (turned.addEventListener) turned.addEventListener('change', again);
// Measured again once the embedded fonts are in (they change the widths); then ready.
(document.fonts ? document.fonts.ready : Promise.resolve()).then(function () { again(); root.setAttribute('data-klaar', ''); });
if (slides.length > 1) setInterval(function () { i = (i + 1) % slides.length; show(); }, sec * 1000);
setTimeout(function () { location.reload(); }, (+body.getAttribute('data-herladen') || 4) * 36e5);
})();
