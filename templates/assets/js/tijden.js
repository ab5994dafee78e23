// Recomputes "open now", the upcoming changes and the next dates of each spreekuur from
// the rules in the page (#ido-regels), so a page built days ago still tells the truth.
// It mirrors src/schedule/mod.rs line by line; tests/schedule_js.rs runs the shipped file
// under Node and checks both give the same text. Without JavaScript the page keeps its
// week table and dated list. Whole-line comments and indentation are stripped on build.
//
// Names: n = day number (days since 1970-01-01 UTC, so no time zone or DST enters),
// m = minute of the day, R = rules (w week, h numbers of the holidays it is open, c closures, s other hours,
// p period, u spreekuren: r rule, t time, p period (either end may be null), s season
// [[month, day], [month, day]], n calendar periods it skips, x cancelled, e extra, h held
// here, q dates it is held elsewhere). Empty lists and null values are left out of the
// page; Tijden fills them in.
//
// The words come from the page's language: the build puts `var IDO_TAAL = {...}` (made
// by render::words_script from the message catalogue) in front of this file: W weekdays,
// M months, H holiday names, p the message patterns with {name} placeholders.
(function () {
var X = IDO_TAAL, W = X.W, M = X.M, P = X.p,
  // Message k with its {placeholders} filled from o.
  f = (k, o) => P[k].replace(/\{(\w+)\}/g, (_, a) => o[a]),
  // A holiday's name: holidays are numbered from 1 in the order of X.H (R.h too).
  hn = h => X.H[h - 1],
  L = 400,
  U = (y, m, d) => Date.UTC(y, m - 1, d) / 864e5,
  dn = s => { var p = s.split('-'); return U(+p[0], +p[1], +p[2]); },
  ymd = n => { var d = new Date(n * 864e5); return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]; },
  wd = n => (n + 3) % 7,
  // Easter Sunday (anonymous Gregorian algorithm), as in schedule/holidays.rs.
  easter = y => {
    var a = y % 19, b = y / 100 | 0, c = y % 100, h = (19 * a + b - (b >> 2) - ((b - ((b + 8) / 25 | 0) + 1) / 3 | 0) + 15) % 30,
      l = (32 + 2 * (b % 4) + 2 * (c >> 2) - h - c % 4) % 7, x = h + l - 7 * ((a + 11 * h + 22 * l) / 451 | 0) + 114;
    return U(y, x / 31 | 0, x % 31 + 1);
  },
  // The holiday's number on day n, or 0 (Koningsdag on a Sunday moves to the Saturday).
  holiday = n => {
    var y = ymd(n)[0], e = easter(y), k = U(y, 4, 27), i;
    if (wd(k) == 6) k--;
    i = [U(y, 1, 1), e - 2, e, e + 1, k, U(y, 5, 5), e + 39, e + 49, e + 50, U(y, 12, 25), U(y, 12, 26)].indexOf(n);
    return i + 1;
  },
  time = m => f('time', { h: m / 60 | 0, mm: (m % 60 < 10 ? '0' : '') + m % 60 }),
  wdate = n => { var a = ymd(n); return f('weekday-date', { weekday: W[wd(n)], day: a[2], month: M[a[1] - 1] }); },
  // Dates shown together, seen from day t: all with their year when one is past or more
  // than 182 days ahead, or when they fall in different years.
  wdates = (l, t) => {
    var y = l.some(n => n < t || n - t > 182 || ymd(n)[0] != ymd(l[0])[0]);
    return l.map(n => y ? f('date-year', { date: wdate(n), year: ymd(n)[0] }) : wdate(n));
  },
  join = l => l.length < 2 ? l.join('') : f('list-and', { head: l.slice(0, -1).join(P['list-separator']), last: l[l.length - 1] }),
  ranges = rs => join(rs.map(r => f('range', { from: time(r[0]), to: time(r[1]) }))),
  has = (l, n) => l.some(s => dn(s) == n),
  inP = (p, n) => !p || (!p[0] || dn(p[0]) <= n) && (!p[1] || n <= dn(p[1])),
  // Whether day n is in a season: months and days compared as month * 100 + day.
  inS = (s, n) => {
    if (!s) return 1;
    var a = ymd(n), x = a[1] * 100 + a[2], f = s[0][0] * 100 + s[0][1], t = s[1][0] * 100 + s[1][1];
    return f <= t ? f <= x && x <= t : x >= f || x <= t;
  },
  // Ranges sorted, overlapping and adjacent ones joined.
  merge = l => {
    var o = [];
    l.slice().sort((a, b) => a[0] - b[0] || a[1] - b[1]).forEach(r => {
      var z = o[o.length - 1];
      if (z && r[0] <= z[1]) z[1] = Math.max(z[1], r[1]); else o.push([r[0], r[1]]);
    });
    return o;
  };

function Tijden(R) {
  ['h', 'c', 's'].forEach(k => R[k] = R[k] || []);
  R.u.forEach(u => ['n', 'x', 'e', 'q'].forEach(k => u[k] = u[k] || []));
  var empty = R.w.every(d => !d.length),
    matches = (r, n) => {
      var d = ymd(n)[2], f, t;
      if (r.k == 'l') return has(r.l, n);
      if (r.k == 'o') return f = dn(r.f), n >= f && (n - f) % 14 == 0;
      if (!r.d.includes(wd(n))) return 0;
      // ISO week number of n: count from the year of its Thursday.
      if (r.k == 'i') return t = n - wd(n) + 3, ((1 + ((t - U(ymd(t)[0], 1, 1)) / 7 | 0)) % 2 == 0) == r.v;
      // Days in the month of n, for "the last weekday of the month".
      f = ymd(U(ymd(n)[0], ymd(n)[1] + 1, 0))[2];
      return r.k == 'w' || r.n.some(k => k < 0 ? d + 7 > f : ((d - 1) / 7 | 0) + 1 == k);
    },
    rule = (u, n) => inP(u.p, n) && inS(u.s, n) && !u.n.some(c => dn(c[0]) <= n && n <= dn(c[1])) && matches(u.r, n),
    // What overrides the week on n: other hours, a closure, a holiday, the period.
    exc = n => {
      var s = R.s.find(x => dn(x[0]) == n), c = R.c.find(x => dn(x[0]) <= n && n <= dn(x[1])), h = holiday(n);
      return s ? { s } : c ? { c } : h && !R.h.includes(h) ? { h } : !inP(R.p, n) && { p: 1 };
    },
    closed = n => { var x = exc(n); return !!x && !(x.s && x.s[1].length); },
    on = (u, n) => !has(u.x, n) && (has(u.e, n) || rule(u, n) && !closed(n)),
    times = (f, n) => R.u.filter(u => u.h && !has(u.q, n) && f(u, n)).map(u => u.t),
    reg = n => merge(empty ? times(rule, n) : R.w[wd(n)]),
    // Without a week table: open while a spreekuur here takes place (also on a holiday).
    hours = n => { var x = exc(n); return merge(x && x.s ? x.s[1] : empty ? times(on, n) : x ? [] : R.w[wd(n)]); },
    status = (n, m) => {
      var t = hours(n), i, r = t.find(r => r[0] <= m && m < r[1]);
      if (r) return f('status-open-until', { time: time(r[1]) });
      if (r = t.find(r => r[0] > m)) return f('status-open-later-today', { time: time(r[0]) });
      for (i = 1; i < L; i++) if ((t = hours(n + i)).length)
        return f(i == 1 ? 'status-open-tomorrow' : 'status-open-on', { date: wdates([n + i], n)[0], time: time(t[0][0]) });
      return P['status-closed'];
    },
    changes = (from, days) => {
      var out = [], i = 0, d, x, c, e, k, o, w = n => wdates([n], from)[0],
        // Open on n: for a reason y, or anyway (during a closure) without one.
        op = (n, y) => out.push(f(y ? 'change-open-on' : 'change-open-anyway', { date: w(n), hours: ranges(hours(n)), reason: y })),
        shut = (n, y) => out.push(f('change-closed-on', { date: wdate(n), reason: y }));
      while (i < days) {
        d = from + i++;
        if (!(x = exc(d))) continue;
        if (x.s) {
          if (!x.s[1].length) shut(d, x.s[2]);
          // Ranges are pairs, so their flat text compares them.
          else if ('' + merge(x.s[1]) != reg(d)) op(d, x.s[2]);
        } else if (c = x.c) {
          // One line per closure, if it closes a day that would be open; then the days
          // a spreekuur takes place anyway (an extra date).
          e = Math.min(dn(c[1]), from + days - 1);
          for (o = 0, k = d; k <= e; k++) o = o || reg(k).length;
          if (o) c[0] == c[1] ? shut(d, c[2]) : out.push(dn(c[0]) < from ? f('change-closed-until', { until: w(dn(c[1])), reason: c[2] })
            : f('change-closed-from-to', { from: w(dn(c[0])), until: w(dn(c[1])), reason: c[2] }));
          for (k = d; o && k <= e; k++) hours(k).length && op(k);
          i += e - d;
        } else if (x.h && hours(d).length) op(d, hn(x.h));
        else if (x.h && reg(d).length) shut(d, hn(x.h));
      }
      return out;
    },
    // The next max dates of u from day `from` at minute m (one that has ended is not next).
    dates = (u, from, m, max) => {
      for (var out = [], i = 0; i < L && out.length < max; i++) if (on(u, from + i) && (i || m < u.t[1])) out.push(from + i);
      return wdates(out, from);
    };
  return { status, changes, dates, hours, on, wdate, ranges, f };
}
// The local day number and minute of instant t in the Netherlands ("2026-11-23 14:05:00").
function local(t) {
  var s = t.toLocaleString('sv-SE', { timeZone: 'Europe/Amsterdam', hourCycle: 'h23' });
  return { n: dn(s.slice(0, 10)), m: s.slice(11, 13) * 60 + +s.slice(14, 16) };
}
if (typeof module == 'object') return module.exports = { Tijden, local, dn, words: X };
// For the finder (status of other locations) and the slideshows (this week).
window.IdoTijden = Tijden;
window.IdoTijdenNu = () => local(new Date());
var g = document.getElementById.bind(document), el = g('ido-regels'), R, T, now, box, list, ul,
  set = (id, text) => { if (el = g(id)) el.textContent = text; };
if (!el) return;
R = JSON.parse(el.textContent); T = Tijden(R); now = local(new Date());
set('ido-status', T.status(now.n, now.m));
if (box = g('ido-wijzigingen')) {
  list = T.changes(now.n, 60);
  ul = document.createElement(list.length ? 'ul' : 'p');
  list.forEach(t => ul.appendChild(document.createElement('li')).textContent = t);
  if (!list.length) ul.textContent = box.getAttribute('data-leeg');
  box.textContent = '';
  box.appendChild(ul);
}
// Today's weekday for the overview (the page marks the build date's; CSS moves it).
if (el = g('ido-week')) el.dataset.v = wd(now.n);
R.u.forEach((u, i) => {
  var d = T.dates(u, now.n, now.m, 3);
  set('ido-data-' + i, d.length ? f('next-dates', { dates: d.join(P['list-separator']) }) : P['no-next-dates']);
});
})();
