// The finder: a postcode, place or gemeente (or the visitor's own location) to the
// nearest informatiepunten, on a static site. The tables load only when someone searches:
// zoeken/pc4.json (PC4 centroids) and zoeken/plaatsen.json (places and gemeenten), both
// GeoNames (CC BY 4.0), and zoeken/locaties.json (the locations with their rules, for
// "open now" through tijden.js). Nothing is sent anywhere: the search runs in the browser.
// tests/finder.test.mjs runs this file (as shipped) under Node and in Chromium.
// Whole-line comments and indentation are stripped on build.
(function () {
// "'s-Hertogenbosch" -> "s hertogenbosch": no accents, case or punctuation.
function norm(s) {
  return s.normalize('NFD').replace(new RegExp('[\\u0300-\\u036f]', 'g'), '').toLowerCase()
    .replace(new RegExp('[^a-z0-9]+', 'g'), ' ').trim();
}
function km(a, b) {
  var r = Math.PI / 180, x = Math.sin((b[0] - a[0]) * r / 2), y = Math.sin((b[1] - a[1]) * r / 2);
  return 12742 * Math.asin(Math.sqrt(x * x + Math.cos(a[0] * r) * Math.cos(b[0] * r) * y * y));
}
function postcode(q) { var m = new RegExp('^\\s*([1-9][0-9]{3})\\s*([a-zA-Z]{2})?\\s*$').exec(q); return m && m[1]; }

// data: { pc4: {"5041": [lat, lon]}, places: {fields, rows}, locations: [{s, n, k, a, g, v, c: [lat, lon], r}] }
function Zoeker(data) {
  // A PC4 that is not in the table: the mean of the two numerically nearest codes in the
  // same PC3 area (502x), else the same PC2 area (50xx).
  function nearPc4(code) {
    for (var len = 3; len >= 2; len--) {
      var near = Object.keys(data.pc4).filter((c) => c.slice(0, len) == code.slice(0, len))
        .sort((a, b) => Math.abs(a - code) - Math.abs(b - code) || a - b).slice(0, 2);
      if (near.length) {
        var p = near.map((c) => data.pc4[c]);
        return { point: [(p[0][0] + p[p.length - 1][0]) / 2, (p[0][1] + p[p.length - 1][1]) / 2], area: code.slice(0, len) + 'xx'.slice(0, 4 - len) };
      }
    }
  }
  // Places whose name matches, one per gemeente; a gemeente's own seat first.
  function places(q) {
    var n = norm(q), rows = data.places.rows, hit = rows.filter((r) => norm(r[0]) == n), seen = {}, out = [];
    if (!hit.length && n.length >= 3) hit = rows.filter((r) => norm(r[0]).indexOf(n) == 0);
    hit.sort((a, b) => (norm(b[2]) == norm(b[0])) - (norm(a[2]) == norm(a[0])) || (a[1].indexOf('woonplaats') ? 1 : 0) - (b[1].indexOf('woonplaats') ? 1 : 0) || a[0].localeCompare(b[0]));
    hit.forEach((r) => {
      var key = r[0] + '|' + r[2] + '|' + r[3];
      if (!seen[key]) { seen[key] = 1; out.push({ name: r[0], gemeente: r[2], provincie: r[3], point: [r[4], r[5]] }); }
    });
    return out;
  }
  function nearest(point, max) {
    return data.locations.filter((l) => l.c).map((l) => ({ loc: l, km: km(point, l.c) }))
      .sort((a, b) => a.km - b.km || (a.loc.s < b.loc.s ? -1 : 1)).slice(0, max || 10);
  }
  // The answer to a query: what was understood, a note, other choices, and the results.
  function search(q) {
    var code = postcode(q), p, c;
    if (code) {
      if (data.pc4[code]) return { kind: 'postcode', label: 'postcode ' + code, results: nearest(data.pc4[code]) };
      p = nearPc4(code);
      if (p) return { kind: 'postcode', label: 'postcode ' + code, note: 'Wij kennen postcode ' + code + ' niet. Wij zoeken in de buurt van ' + p.area + '.', results: nearest(p.point) };
      return { kind: 'geen', note: 'Wij kennen postcode ' + code + ' niet. Typ de naam van uw woonplaats.' };
    }
    c = places(q);
    if (!c.length) return { kind: 'geen', note: 'Wij vinden geen plaats of postcode "' + q.trim() + '". Typ een postcode, zoals 5041 SG, of een plaats.' };
    return { kind: 'plaats', label: c[0].name + ' (gemeente ' + c[0].gemeente + ')', choices: c.slice(1, 8), place: c[0], results: nearest(c[0].point) };
  }
  return { search: search, nearest: nearest, norm: norm };
}
if (typeof module == 'object') return module.exports = { Zoeker: Zoeker, norm: norm, km: km };

var form = document.getElementById('zoek-form'), out = document.getElementById('zoek-resultaten'),
  live = document.getElementById('zoek-status'), here = document.getElementById('zoek-hier'), base = form && form.getAttribute('data-root'), data;
if (!form) return;
function get(file) { return fetch(base + 'zoeken/' + file).then((r) => r.json()); }
function load(needPc4, needPlaces) {
  data = data || { pc4: null, places: null, locations: null };
  return Promise.all([data.locations || get('locaties.json'), !needPc4 || data.pc4 || get('pc4.json'), !needPlaces || data.places || get('plaatsen.json')])
    .then((r) => { data.locations = r[0]; if (needPc4) data.pc4 = r[1]; if (needPlaces) data.places = r[2]; return Zoeker(data); });
}
function el(tag, text, cls) { var e = document.createElement(tag); if (text) e.textContent = text; if (cls) e.className = cls; return e; }
function show(a) {
  var now = window.IdoTijdenNu && window.IdoTijdenNu(), ul;
  out.textContent = '';
  if (a.note) out.appendChild(el('p', a.note, 'notice'));
  if (a.choices && a.choices.length) {
    var box = el('div', '', 'choices');
    box.appendChild(el('p', 'Bedoelt u een andere plaats?'));
    a.choices.forEach((c) => {
      var b = el('button', c.name + ' (gemeente ' + c.gemeente + ', ' + c.provincie + ')', 'choice');
      b.type = 'button';
      b.onclick = () => show({ kind: 'plaats', label: c.name + ' (gemeente ' + c.gemeente + ')', results: Zoeker(data).nearest(c.point) });
      box.appendChild(b);
    });
    out.appendChild(box);
  }
  if (a.results) {
    ul = el('ol', '', 'cards results');
    a.results.forEach((r) => {
      var l = r.loc, li = el('li', '', 'card'), h = el('h3', '', 'card-title'), link = el('a', l.n);
      link.href = base + 'locaties/' + l.s + '/';
      h.appendChild(link);
      li.appendChild(h);
      li.appendChild(el('p', r.km.toFixed(1).replace('.', ',') + ' km · ' + l.k, 'card-kind'));
      if (l.a) li.appendChild(el('p', l.a));
      if (now) li.appendChild(el('p', window.IdoTijden(l.r).status(now.n, now.m), 'card-status'));
      li.appendChild(el('p', l.v, 'card-visit'));
      ul.appendChild(li);
    });
    out.appendChild(ul);
  }
  live.textContent = a.results ? 'Dit zijn de ' + a.results.length + ' informatiepunten die het dichtst bij ' + a.label + ' liggen.' : a.note;
}
form.addEventListener('submit', (e) => {
  var q = form.q.value;
  e.preventDefault();
  if (!q.trim()) { live.textContent = 'Typ eerst een postcode of plaats.'; return; }
  live.textContent = 'Even zoeken...';
  load(!!postcode(q), !postcode(q)).then((z) => show(z.search(q)), () => { live.textContent = 'Het zoeken lukt nu niet. Kies hieronder uw gemeente.'; });
});
if (here && navigator.geolocation) {
  here.hidden = false;
  here.addEventListener('click', () => {
    live.textContent = 'Even zoeken...';
    navigator.geolocation.getCurrentPosition((p) => load(false, false).then((z) =>
      show({ kind: 'hier', label: 'uw locatie', results: z.nearest([p.coords.latitude, p.coords.longitude]) })),
      () => { live.textContent = 'Uw locatie is niet bekend. Typ een postcode of plaats.'; });
  });
}
})();
