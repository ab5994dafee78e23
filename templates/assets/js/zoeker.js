// The finder: a postcode, place or gemeente (or the visitor's own location) to the
// nearest informatiepunten, on a static site. The tables load only when someone searches:
// zoeken/pc4.json (PC4 centroids) and zoeken/plaatsen.json (places and gemeenten), both
// GeoNames (CC BY 4.0), and zoeken/locaties.json (the locations with their rules, for
// "open now" through tijden.js). Nothing is sent anywhere: the search runs in the browser.
// Filters (theme, open now, without appointment) narrow the list; the phone services of
// the gemeente and the DigiHulplijn follow it. tests/finder.rs runs this file (as shipped)
// under Node, tests/browser/site.test.mjs in Chromium.
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

// The words of the page's language (IDO_TAAL, made by the build from the message
// catalogue and put in front of tijden.js): p patterns with {placeholders}, n sentences
// with a number ([patterns, the pattern of each number]), T the Dutch labels of the data.
function say(X, k, o) { return X.p[k].replace(new RegExp('\\{(\\w+)\\}', 'g'), (_, a) => o[a]); }
function count(X, k, n, o) { var l = X.n[k], w = l[1]; return say({ p: { k: l[0][w[Math.min(n, w.length - 1)]] } }, 'k', Object.assign({ count: n }, o)); }
// The national phone line, for every search: free, Monday to Friday 9.00 to 17.00.
var HULPLIJN = { s: '', n: 'DigiHulplijn', k: 'finder-helpline-kind', o: 'telefonisch', g: '', i: 'inloop', t: null,
  v: 'finder-helpline-visit', p: ['0800-1508', 'tel:+318001508'],
  r: { w: [[[540, 1020]], [[540, 1020]], [[540, 1020]], [[540, 1020]], [[540, 1020]], [], []], h: [], c: [], s: [], p: null, u: [] } };
// How many results show at first, and how many "Meer tonen" adds; the list never gets longer than MAX.
var FIRST = 5, MAX = 20;

// data: { pc4: {"5041": [lat, lon]}, places: {fields, rows}, locations: [{s, n, k, o, a, g, v, i, t, p, c: [lat, lon], r}] }
// Tijden: the constructor from tijden.js (window.IdoTijden), for "open now" and the ranking.
// X: the words (window.IDO_TAAL). f (filters): { thema: theme slug, open: open now only,
// inloop: without appointment only, now: {n, m} }.
function Zoeker(data, Tijden, X) {
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
  // When a location helps: open now, open within two hours, and whether it opens at all
  // in the coming week (a pop-up closed until March does not). Without a clock: unknown.
  function when(l, now) {
    if (!now || !Tijden) return { open: false, soon: false, far: false, status: '' };
    var T = Tijden(l.r), t = T.hours(now.n), d,
      open = t.some((r) => r[0] <= now.m && now.m < r[1]);
    for (d = 0; d < 8; d++) if (T.hours(now.n + d).some((r) => d || r[1] > now.m)) break;
    return { open: open, soon: open || t.some((r) => r[0] > now.m && r[0] - now.m <= 120), far: d == 8, status: T.status(now.n, now.m) };
  }
  function fits(l, w, f) {
    return !(f.thema && l.t && l.t.indexOf(f.thema) < 0 || f.inloop && l.i == 'afspraak' || f.open && !w.open);
  }
  // Open and soon-open places first when distances are close: one that is closed for
  // the next two hours counts as 3 km further. Places that do not open this week go last.
  function key(r) { return r.soon ? r.km : r.km + 3; }
  function nearest(point, max, f) {
    f = f || {};
    return data.locations.filter((l) => l.c && l.o != 'telefonisch').map((l) => Object.assign({ loc: l, km: km(point, l.c) }, when(l, f.now)))
      .filter((r) => fits(r.loc, r, f))
      .sort((a, b) => a.far - b.far || key(a) - key(b) || a.km - b.km || (a.loc.s < b.loc.s ? -1 : 1)).slice(0, max || 10);
  }
  // Whether a service for a region or the whole country (`werkgebied`) serves gemeente g.
  function serves(l, g) {
    return l.w == 'landelijk' || Array.isArray(l.w) && l.w.some((x) => norm(x.naam) == g);
  }
  // The phone services of a gemeente (its own, and those of its region and the whole
  // country; also a regional service without a place), then the national line; they
  // fit the same filters.
  function phones(gemeente, f) {
    var g = norm(gemeente || '');
    f = f || {};
    return data.locations.filter((l) => l.p && (l.o == 'telefonisch' || l.w && !l.c) && (norm(l.g || '') == g || serves(l, g))).concat([HULPLIJN])
      .map((l) => Object.assign({ loc: l, km: null }, when(l, f.now))).filter((r) => fits(r.loc, r, f));
  }
  // Everything around a point: the places (at most MAX) and the phone numbers. Without a
  // gemeente, the gemeente of the nearest place is taken.
  function around(point, gemeente, f) {
    var first = nearest(point, 1)[0];
    gemeente = gemeente || first && first.loc.g;
    return { gemeente: gemeente, results: nearest(point, MAX, f), phones: phones(gemeente, f) };
  }
  function with_(a, f) {
    if (a.point) { var r = around(a.point, a.gemeente, f); a.results = r.results; a.phones = r.phones; a.gemeente = r.gemeente; }
    return a;
  }
  // The answer to a query: what was understood, a note, other choices, and the results.
  function search(q, f) {
    var code = postcode(q), p, c;
    if (code) {
      if (data.pc4[code]) return with_({ kind: 'postcode', label: say(X, 'finder-postcode', { code }), point: data.pc4[code] }, f);
      p = nearPc4(code);
      if (p) return with_({ kind: 'postcode', label: say(X, 'finder-postcode', { code }), note: say(X, 'finder-postcode-near', { code, area: p.area }), point: p.point }, f);
      return { kind: 'geen', note: say(X, 'finder-postcode-unknown', { code }) };
    }
    c = places(q);
    if (!c.length) return { kind: 'geen', note: say(X, 'finder-nothing', { query: q.trim() }) };
    return with_({ kind: 'plaats', label: say(X, 'finder-place', { place: c[0].name, gemeente: c[0].gemeente }), choices: c.slice(1, 8), place: c[0], point: c[0].point, gemeente: c[0].gemeente }, f);
  }
  // How many results to show first: the nearest few, up to FIRST, that lie within 15 km
  // (or twice as far as the first) and open this week; at least one.
  function few(results) {
    var limit = results.length && Math.max(15, 2 * results[0].km), n = 0;
    while (n < Math.min(FIRST, results.length) && !results[n].far && results[n].km <= limit) n++;
    return Math.max(n, Math.min(1, results.length));
  }
  return { few: few, search: search, nearest: nearest, around: around, with: with_, phones: phones, norm: norm };
}
if (typeof module == 'object') return module.exports = { Zoeker: Zoeker, norm: norm, km: km, FIRST: FIRST, say: say, count: count };

var g = document.getElementById.bind(document), form = g('zoek-form'), out = g('zoek-resultaten'), live = g('zoek-status'),
  here = g('zoek-hier'), base = form && form.getAttribute('data-root'), home = form && (form.getAttribute('data-home') || base), data, current, shown;
if (!form) return;
var thema = g('zoek-thema'), nuOpen = g('zoek-open'), inloop = g('zoek-inloop');
g('zoek-filters').hidden = false;
// With the filters shown, the search button comes after them (choose, then search).
form.querySelector('.finder-submit-nojs').remove();
function get(file) { return fetch(base + 'zoeken/' + file).then((r) => r.json()); }
function load(needPc4, needPlaces) {
  data = data || { pc4: null, places: null, locations: null };
  return Promise.all([data.locations || get('locaties.json'), !needPc4 || data.pc4 || get('pc4.json'), !needPlaces || data.places || get('plaatsen.json')])
    .then((r) => { data.locations = r[0]; if (needPc4) data.pc4 = r[1]; if (needPlaces) data.places = r[2]; return Zoeker(data, window.IdoTijden, X); });
}
function filters() {
  return { thema: thema.value, open: nuOpen.checked, inloop: inloop.checked, now: window.IdoTijdenNu && window.IdoTijdenNu() };
}
var X = window.IDO_TAAL, tr = (s) => X.T[s] || s;
// The chosen filters in words ("hulp bij DigiD, nu open"), or ''.
function chosen(f) {
  var l = [];
  if (f.thema) l.push(say(X, 'finder-chosen-theme', { theme: thema.options[thema.selectedIndex].text }));
  if (f.open) l.push(X.p['finder-chosen-open']);
  if (f.inloop) l.push(X.p['finder-chosen-walk-in']);
  return l.join(X.p['list-separator']);
}
function el(tag, text, cls) { var e = document.createElement(tag); if (text) e.textContent = text; if (cls) e.className = cls; return e; }
// The place table's province codes, by the names people know.
var PROVINCES = { DR: 'Drenthe', FL: 'Flevoland', FR: 'Fryslân', GE: 'Gelderland', GR: 'Groningen', LI: 'Limburg',
  NB: 'Noord-Brabant', NH: 'Noord-Holland', OV: 'Overijssel', UT: 'Utrecht', ZE: 'Zeeland', ZH: 'Zuid-Holland' };
// "1,4 km"; under 0.1 km "minder dan 100 meter" (not "0,0 km").
function distance(km) { return km < 0.05 ? X.p['finder-km-near'] : km.toFixed(1).replace('.', X.p['decimal-separator']) + ' km'; }
// The live region says what happens; when the page shows the same (a notice, the
// results), it is read out but not shown twice.
function tell(text, shownElsewhere) { live.textContent = text; live.classList.toggle('visually-hidden', !!shownElsewhere); }
// A message about a new search, with no old results under it.
function restart(text) { out.textContent = ''; current = null; tell(text); }
function card(r) {
  var l = r.loc, li = el('li', '', 'card'), h = el('h4', '', 'card-title'), link, p;
  if (l.s) { link = el('a', l.n); link.href = home + 'locaties/' + l.s + '/'; h.appendChild(link); } else h.textContent = l.n;
  li.appendChild(h);
  li.appendChild(el('p', (r.km == null ? '' : distance(r.km) + ' · ') + (X.p[l.k] || tr(l.k)), 'card-kind'));
  if (l.a) li.appendChild(el('p', l.a));
  if (r.status) li.appendChild(el('p', r.status, 'card-status'));
  if (l.o == 'telefonisch' && l.p) {
    p = el('p', X.p['card-call'] + ' ', 'card-phone');
    link = el('a', l.p[0]);
    link.href = l.p[1];
    p.appendChild(link);
    li.appendChild(p);
    if (!l.s) li.appendChild(el('p', X.p[l.v] || tr(l.v), 'card-visit'));
  } else {
    li.appendChild(el('p', tr(l.v), 'card-visit'));
    if (l.p) {
      p = el('p', X.p.phone + ' ', 'card-phone');
      link = el('a', l.p[0]);
      link.href = l.p[1];
      p.appendChild(link);
      li.appendChild(p);
    }
  }
  return li;
}
// Show the current answer with the current filters. focus: move focus to the results
// heading and scroll it into view (after a search, not after a filter change).
function show(focus) {
  var a = current, f = filters(), z = Zoeker(data, window.IdoTijden, X), head, ol, more, box, ul, n, spoken, c = chosen(f);
  if (a.point) z.with(a, f);
  out.textContent = '';
  if (a.note) out.appendChild(el('p', a.note, 'notice'));
  if (a.choices && a.choices.length) {
    box = el('div', '', 'choices');
    box.appendChild(el('p', X.p['finder-other-place']));
    a.choices.forEach((c) => {
      var b = el('button', say(X, 'finder-choice', { place: c.name, gemeente: c.gemeente, province: PROVINCES[c.provincie] || c.provincie }), 'choice');
      b.type = 'button';
      b.onclick = () => { current = { kind: 'plaats', label: say(X, 'finder-place', { place: c.name, gemeente: c.gemeente }), point: c.point, gemeente: c.gemeente, results: [] }; shown = 0; show(true); };
      box.appendChild(b);
    });
    out.appendChild(box);
  }
  if (!a.results) { tell(a.note, a.note); return; }
  head = el('h3', say(X, c ? 'finder-results-for' : 'finder-results', { label: a.label, list: c }), 'results-title');
  head.id = 'zoek-resultaten-titel';
  head.tabIndex = -1;
  out.appendChild(head);
  // shown = 0: a new list, which starts with the nearest few.
  shown = shown || z.few(a.results);
  n = Math.min(shown, a.results.length);
  if (n) {
    ol = el('ol', '', 'cards results');
    a.results.slice(0, n).forEach((r) => ol.appendChild(card(r)));
    out.appendChild(ol);
    spoken = count(X, 'finder-nearest', n, { label: a.label }) + (n < a.results.length ? ' ' + X.p['finder-further'] : '');
  } else {
    out.appendChild(el('p', X.p['finder-none'] + (c ? ' ' + say(X, 'finder-chosen', { list: c }) : '') + ' ' + X.p['finder-none-hint'], 'notice'));
    spoken = X.p['finder-none'];
  }
  if (n < a.results.length) {
    more = el('button', X.p['finder-more'], 'secondary more');
    more.type = 'button';
    more.onclick = () => {
      var before = shown;
      shown += FIRST;
      show(false);
      var next = out.querySelectorAll('.results > li')[before];
      if (next) next.querySelector('a').focus();
      tell(count(X, 'finder-showing', Math.min(shown, a.results.length)), true);
    };
    out.appendChild(more);
  }
  // Nothing open now: the phone numbers still show, with when they are open.
  if (!a.phones.length && f.open) a.phones = z.phones(a.gemeente, Object.assign({}, f, { open: false }));
  if (a.phones.length) {
    out.appendChild(el('h3', X.p['prefer-calling'], 'results-title'));
    ul = el('ul', '', 'cards results-phone');
    a.phones.forEach((r) => ul.appendChild(card(r)));
    out.appendChild(ul);
  }
  if (c) spoken += ' ' + say(X, 'finder-chosen', { list: c });
  if (a.phones.length) spoken += ' ' + count(X, 'finder-also-call', a.phones.length);
  // A notice ("Wij kennen postcode 5030 niet …") and other places come first, read out
  // and scrolled into view with the results.
  if (box) spoken = X.p['finder-other-place'] + ' ' + spoken;
  if (a.note) spoken = a.note + ' ' + spoken;
  tell(spoken, true);
  if (focus) {
    head.focus({ preventScroll: true });
    (a.note || box ? out : head).scrollIntoView({ block: 'start', behavior: 'auto' });
  }
}
form.addEventListener('submit', (e) => {
  var q = form.q.value;
  e.preventDefault();
  if (!q.trim()) { restart(X.p['finder-type-first']); return; }
  tell(X.p['finder-searching']);
  load(!!postcode(q), !postcode(q)).then((z) => { current = z.search(q); shown = 0; show(true); }, () => restart(X.p['finder-failed']));
});
// A filter changes the list at once (focus stays on the filter); the live region says so.
[thema, nuOpen, inloop].forEach((c) => c.addEventListener('change', () => { if (current && current.results) { shown = 0; show(false); } }));
if (here && navigator.geolocation) {
  here.hidden = false;
  here.addEventListener('click', () => {
    tell(X.p['finder-searching']);
    navigator.geolocation.getCurrentPosition((p) => load(false, false).then(() => {
      current = { kind: 'hier', label: X.p['finder-your-location'], point: [p.coords.latitude, p.coords.longitude], results: [] };
      shown = 0;
      show(true);
    }), () => { tell(X.p['finder-location-unknown']); });
  });
}
})();
