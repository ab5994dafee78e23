// Recomputes "open now", the upcoming changes and the next dates of each spreekuur from
// the rules in the page (#ido-regels), so a page built days ago still tells the truth.
// It mirrors src/schedule/mod.rs line by line; tests/schedule_js.rs runs the shipped file
// under Node and checks both give the same text. Without JavaScript the page keeps its
// week table and dated list. Whole-line comments and indentation are stripped on build.
//
// Names: n = day number (days since 1970-01-01 UTC, so no time zone or DST enters),
// m = minute of the day, R = rules (w week, h open holidays, c closures, s other hours,
// p period, u spreekuren: r rule, t time, p period, x cancelled, e extra, h held here).
(function () {
var W = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
  M = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  L = 400;
function U(y, m, d) { return Date.UTC(y, m - 1, d) / 864e5; }
function dn(s) { var p = s.split('-'); return U(+p[0], +p[1], +p[2]); }
function ymd(n) { var d = new Date(n * 864e5); return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]; }
function wd(n) { return (n + 3) % 7; }
// Easter Sunday (anonymous Gregorian algorithm), as in schedule/holidays.rs.
function easter(y) {
  var a = y % 19, b = y / 100 | 0, c = y % 100, h = (19 * a + b - (b >> 2) - ((b - ((b + 8) / 25 | 0) + 1) / 3 | 0) + 15) % 30,
    l = (32 + 2 * (b % 4) + 2 * (c >> 2) - h - c % 4) % 7, x = h + l - 7 * ((a + 11 * h + 22 * l) / 451 | 0) + 114;
  return U(y, x / 31 | 0, x % 31 + 1);
}
// The holiday key on day n, or 0.
function holiday(n) {
  var y = ymd(n)[0], e = easter(y), k = U(y, 4, 27), l, i;
  if (wd(k) == 6) k--;
  l = [U(y, 1, 1), 'nieuwjaarsdag', e - 2, 'goede-vrijdag', e, 'eerste-paasdag', e + 1, 'tweede-paasdag', k, 'koningsdag',
    U(y, 5, 5), 'bevrijdingsdag', e + 39, 'hemelvaartsdag', e + 49, 'eerste-pinksterdag', e + 50, 'tweede-pinksterdag',
    U(y, 12, 25), 'eerste-kerstdag', U(y, 12, 26), 'tweede-kerstdag'];
  for (i = 0; i < l.length; i += 2) if (l[i] == n) return l[i + 1];
  return 0;
}
// "tweede-paasdag" -> "Tweede Paasdag"
function hname(k) { return k.split('-').map((w) => w[0].toUpperCase() + w.slice(1)).join(' '); }
function time(m) { return (m / 60 | 0) + '.' + (m % 60 < 10 ? '0' : '') + m % 60; }
function wdate(n) { var a = ymd(n); return W[wd(n)] + ' ' + a[2] + ' ' + M[a[1] - 1]; }
function join(l) { return l.length < 2 ? l.join('') : l.slice(0, -1).join(', ') + ' en ' + l[l.length - 1]; }
function ranges(rs) { return join(rs.map((r) => time(r[0]) + ' tot ' + time(r[1]) + ' uur')); }
function has(l, n) { return l.some((s) => dn(s) == n); }
function inP(p, n) { return !p || dn(p[0]) <= n && n <= dn(p[1]); }
function eq(a, b) { return JSON.stringify(a) == JSON.stringify(b); }
function uniq(l) {
  l.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return l.filter((r, i) => !i || !eq(r, l[i - 1]));
}

function Tijden(R) {
  var empty = R.w.every((d) => !d.length), N = 'Nu gesloten.', G = 'Gesloten ', E = ' tot en met ';
  function matches(r, n) {
    var d = ymd(n)[2], f;
    if (r.k == 'l') return has(r.l, n);
    if (r.k == 'o') return f = dn(r.f), n >= f && (n - f) % 14 == 0;
    if (wd(n) != r.d) return false;
    if (r.k == 'i') {
      // ISO week number of n: count from the year of its Thursday.
      var t = n - wd(n) + 3;
      return ((1 + ((t - U(ymd(t)[0], 1, 1)) / 7 | 0)) % 2 == 0) == r.v;
    }
    // Days in the month of n, for "the last weekday of the month".
    var last = ymd(U(ymd(n)[0], ymd(n)[1] + 1, 0))[2];
    return r.k == 'w' || (r.n < 0 ? d + 7 > last : ((d - 1) / 7 | 0) + 1 == r.n);
  }
  function rule(u, n) { return inP(u.p, n) && matches(u.r, n); }
  // What overrides the week on n: other hours, a closure, a holiday, the period.
  function exc(n) {
    var i, h;
    for (i = 0; i < R.s.length; i++) if (dn(R.s[i][0]) == n) return { s: R.s[i] };
    for (i = 0; i < R.c.length; i++) if (dn(R.c[i][0]) <= n && n <= dn(R.c[i][1])) return { c: R.c[i] };
    h = holiday(n);
    if (h && R.h.indexOf(h) < 0) return { h: h };
    if (!inP(R.p, n)) return { p: 1 };
  }
  function closed(n) { var x = exc(n); return !!x && !(x.s && x.s[1].length); }
  function on(u, n) { return !has(u.x, n) && (has(u.e, n) || rule(u, n) && !closed(n)); }
  function times(f, n) { return uniq(R.u.filter((u) => u.h && f(u, n)).map((u) => u.t)); }
  function reg(n) { return empty ? times(rule, n) : R.w[wd(n)]; }
  function hours(n) { var x = exc(n); return x ? (x.s ? x.s[1] : []) : empty ? times(on, n) : R.w[wd(n)]; }
  function status(n, m) {
    var t = hours(n), i;
    for (i = 0; i < t.length; i++) if (t[i][0] <= m && m < t[i][1]) return 'Nu open tot ' + time(t[i][1]) + ' uur.';
    for (i = 0; i < t.length; i++) if (t[i][0] > m) return N + ' Vandaag weer open om ' + time(t[i][0]) + ' uur.';
    for (i = 1; i < L; i++) if ((t = hours(n + i)).length)
      return N + ' ' + (i == 1 ? 'Morgen weer open' : 'Weer open op ' + wdate(n + i)) + ' om ' + time(t[0][0]) + ' uur.';
    return N;
  }
  function changes(from, days) {
    var out = [], i = 0, d, x, c, e, k, o;
    while (i < days) {
      d = from + i++;
      if (!(x = exc(d))) continue;
      if (x.s) {
        if (!x.s[1].length) out.push(G + 'op ' + wdate(d) + ' (' + x.s[2] + ').');
        else if (!eq(x.s[1], reg(d))) out.push('Op ' + wdate(d) + ' open van ' + ranges(x.s[1]) + ' (' + x.s[2] + ').');
      } else if (c = x.c) {
        // One line per closure, if it closes a day that would be open.
        e = Math.min(dn(c[1]), from + days - 1);
        for (o = 0, k = d; k <= e; k++) o = o || reg(k).length;
        i += e - d;
        if (o) out.push(G + (c[0] == c[1] ? 'op ' + wdate(d) : dn(c[0]) < from ? E.slice(1) + wdate(dn(c[1]))
          : 'van ' + wdate(dn(c[0])) + E + wdate(dn(c[1]))) + ' (' + c[2] + ').');
      } else if (x.h && reg(d).length) out.push(G + 'op ' + wdate(d) + ' (' + hname(x.h) + ').');
    }
    return out;
  }
  function dates(u, from, max) {
    for (var out = [], i = 0; i < L && out.length < max; i++) if (on(u, from + i)) out.push(wdate(from + i));
    return out;
  }
  return { status, changes, dates, hours, on, wdate, ranges };
}
// The local day number and minute of instant t in the Netherlands ("2026-11-23 14:05:00").
function local(t) {
  var s = t.toLocaleString('sv-SE', { timeZone: 'Europe/Amsterdam', hourCycle: 'h23' });
  return { n: dn(s.slice(0, 10)), m: s.slice(11, 13) * 60 + +s.slice(14, 16) };
}
if (typeof module == 'object') return module.exports = { Tijden: Tijden, local: local, dn: dn };
// For the finder (status of other locations) and the slideshows (this week).
window.IdoTijden = Tijden;
window.IdoTijdenNu = () => local(new Date());
var g = document.getElementById.bind(document), el = g('ido-regels'), R, T, now, box, list, ul;
if (!el) return;
R = JSON.parse(el.textContent); T = Tijden(R); now = local(new Date());
function set(id, text) { if (el = g(id)) el.textContent = text; }
set('ido-status', T.status(now.n, now.m));
if (box = g('ido-wijzigingen')) {
  list = T.changes(now.n, 60);
  ul = document.createElement(list.length ? 'ul' : 'p');
  list.forEach(function (t) { ul.appendChild(document.createElement('li')).textContent = t; });
  if (!list.length) ul.textContent = box.getAttribute('data-leeg');
  box.textContent = '';
  box.appendChild(ul);
}
// Today's weekday for the overview (the page marks the build date's; CSS moves it).
if (el = g('ido-week')) el.dataset.v = wd(now.n);
R.u.forEach(function (u, i) {
  var d = T.dates(u, now.n, 3);
  set('ido-data-' + i, d.length ? 'Volgende keren: ' + d.join(', ') + '.' : 'Er zijn nu geen nieuwe data gepland.');
});
})();
