// Runs a slideshow on a screen: one slide at a time, the next every `?sec=N` seconds (or
// data-interval on the body), "this week" recomputed from the rules with the tijden.js functions, and
// a reload every data-herladen hours to pick up a newer build. Needs no interaction and
// makes no request but the reload.
(function () {
var root = document.documentElement, body = document.body, slides = [].slice.call(document.querySelectorAll('.dia')), i = 0,
  q = /[?&]sec=(\d+)/.exec(location.search), sec = q ? +q[1] : +body.getAttribute('data-interval') || 10;
function cap(s) { return s.charAt(0).toUpperCase() + s.slice(1); }
function el(tag, cls, text) { var e = document.createElement(tag); if (cls) e.className = cls; if (text) e.textContent = text; return e; }
// This week's spreekuren of each location, from today in the Netherlands.
[].forEach.call(document.querySelectorAll('.week'), function (s) {
  var R = JSON.parse(s.querySelector('.regels').textContent), U = JSON.parse(s.querySelector('.spreekuren').textContent),
    T = window.IdoTijden(R), now = window.IdoTijdenNu(), n = now.n, ul = s.querySelector('.lijst'), items = [], d, li,
    max = matchMedia('(orientation: portrait)').matches ? 6 : 4;
  s.querySelector('.periode').textContent = cap(T.wdate(n)) + ' tot en met ' + T.wdate(n + 6);
  ul.textContent = '';
  // Today's spreekuren that have ended are left out.
  for (d = n; d < n + 7; d++) R.u.forEach(function (u, k) { if (T.on(u, d) && (d > n || now.m < u.t[1])) items.push([d, u, k]); });
  items.sort(function (a, b) { return a[0] - b[0] || a[1].t[0] - b[1].t[0]; });
  items.slice(0, max).forEach(function (x) {
    var d = x[0], u = x[1], k = x[2];
    li = ul.appendChild(el('li', 'kaart'));
    li.appendChild(el('strong', 'datum', cap(T.wdate(d))));
    li.appendChild(el('br'));
    li.appendChild(document.createTextNode(T.ranges([u.t])));
    li.appendChild(el('br'));
    li.appendChild(el('strong', '', U[k].titel));
    var p = (U[k].plaatsen || {})[d] || U[k].plaats;
    if (p) { li.appendChild(el('br')); li.appendChild(el('span', 'zacht', p)); }
  });
  if (items.length > max) ul.appendChild(el('li', 'meer', 'En nog ' + (items.length - max) + ' andere spreekuren.'));
  if (!items.length) {
    li = ul.appendChild(el('li', 'kaart'));
    li.appendChild(el('strong', '', 'Deze week geen spreekuur.'));
    li.appendChild(el('br'));
    li.appendChild(document.createTextNode('Kom langs tijdens de openingstijden.'));
  }
});
root.classList.add('js');
function show() { slides.forEach(function (s, k) { s.hidden = k != i; }); i = (i + 1) % slides.length; }
show();
if (slides.length > 1) setInterval(show, sec * 1000);
setTimeout(function () { location.reload(); }, (+body.getAttribute('data-herladen') || 4) * 36e5);
})();
