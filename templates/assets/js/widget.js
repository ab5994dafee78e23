// The widget: <ido-informatiepunten gemeente="tilburg"></ido-informatiepunten> renders
// the informatiepunten of a gemeente into the host page itself (no iframe), from
// api/v1/gemeenten/<id>.json on the site this script comes from. `js/widget.js` speaks
// Dutch; `js/widget-en.js`, `-ar`, `-tr`, `-pl`, `-uk` speak the host page's language
// (the build puts that language's words, IDO_TAAL, in front) and link to its pages. It uses the host's NL
// Design System tokens (--utrecht-*, --nl-*) where present, else inherits. The build puts
// tijden.js in front of this file: the status now ("Nu open tot 17.00 uur.") and today's
// hours come from the same code as the site, fed with the concrete hours of the coming
// weeks in the open data (agenda.open). Nothing is loaded from anywhere but the IDO site.
(function () {
var src = document.currentScript && document.currentScript.src, base = src ? src.slice(0, src.lastIndexOf('js/widget')) : '';
var css = '.ido-lijst{list-style:none;padding:0;margin:0;font-family:var(--utrecht-document-font-family,var(--nl-document-font-family,inherit));color:var(--utrecht-document-color,inherit)}'
  + '.ido-lijst li{margin:0 0 1em;padding:0 0 1em;border-bottom:1px solid var(--utrecht-separator-color,currentColor)}'
  + '.ido-lijst a{color:var(--utrecht-link-color,var(--nl-link-color,inherit));font-weight:bold}'
  + '.ido-lijst p{margin:.25em 0}.ido-lijst .ido-status{font-weight:bold}';
var X = window.IDO_TAAL, tr = (s) => X.T[s] || s, home = base + (X.l == 'nl' ? '' : X.l + '/'),
  // How to come, by the open data's `afspraak.soort`: the catalogue's sentences.
  VISIT = { inloop: 'visit-walk-in', afspraak: 'visit-appointment', beide: 'visit-either' };
function el(tag, text, cls) { var e = document.createElement(tag); if (text) e.textContent = text; if (cls) e.className = cls; return e; }
function minutes(t) { return t.slice(0, 2) * 60 + +t.slice(3, 5); }
// The rules tijden.js reads, made from the agenda: every day with hours is a day with
// "other hours"; outside the agenda's weeks the location counts as closed.
function rules(l) {
  var days = {}, s = [];
  l.agenda.open.forEach((o) => { (days[o.datum] = days[o.datum] || []).push([minutes(o.van), minutes(o.tot)]); });
  Object.keys(days).sort().forEach((d) => s.push([d, days[d], '']));
  return { w: [[], [], [], [], [], [], []], h: [], c: [], s: s, p: [l.agenda.van, l.agenda.tot], u: [] };
}
function phone(label, l) {
  var p = el('p', label), a = el('a', l.contact.telefoon);
  a.href = l.contact.telefoon_link;
  // Digits keep their order in a right-to-left list.
  a.dir = 'ltr';
  p.appendChild(a);
  return p;
}
class Informatiepunten extends HTMLElement {
  connectedCallback() {
    var g = this.getAttribute('gemeente');
    // In the widget's language, also on a page in another one (its fallback link too).
    this.lang = X.l;
    this.dir = X.d;
    if (!document.getElementById('ido-widget-css')) { var s = el('style', css); s.id = 'ido-widget-css'; document.head.appendChild(s); }
    fetch(base + 'api/v1/gemeenten/' + g + '.json').then((r) => r.json()).then((d) => this.show(d), () => {
      this.textContent = '';
      var a = el('a', X.p['all-locations']);
      a.href = home + 'gemeenten/' + g + '/';
      this.appendChild(a);
    });
  }
  show(d) {
    var ul = el('ul', '', 'ido-lijst'), T = window.IdoTijden, now = window.IdoTijdenNu && window.IdoTijdenNu();
    d.locaties.forEach((l) => {
      var li = el('li'), a = el('a', l.naam), t, today;
      a.href = home + 'locaties/' + l.id + '/';
      li.appendChild(a);
      li.appendChild(el('p', tr(l.soort_tekst)));
      if (l.adres) li.appendChild(el('p', l.adres.straat + ', ' + l.adres.postcode + ' ' + l.adres.plaats));
      if (T && now && l.agenda) {
        t = T(rules(l));
        today = t.hours(now.n);
        li.appendChild(el('p', t.status(now.n, now.m), 'ido-status'));
        li.appendChild(el('p', today.length ? t.f('today-hours', { hours: t.ranges(today) }) : X.p['today-closed-short'], 'ido-vandaag'));
      }
      // A phone service: people call, they do not walk in.
      if (l.soort == 'telefonisch') {
        if (l.contact.telefoon_link) li.appendChild(phone(X.p['card-call'] + ' ', l));
      } else {
        li.appendChild(el('p', X.p[VISIT[l.afspraak.soort]]));
        if (l.contact.telefoon_link) li.appendChild(phone(X.p.phone + ' ', l));
      }
      ul.appendChild(li);
    });
    this.textContent = '';
    this.appendChild(ul);
  }
}
if (!customElements.get('ido-informatiepunten')) customElements.define('ido-informatiepunten', Informatiepunten);
})();
