// The widget: <ido-informatiepunten gemeente="tilburg"></ido-informatiepunten> renders
// the informatiepunten of a gemeente into the host page itself (no iframe), from
// api/v1/gemeenten/<id>.json on the site this script comes from. It uses the host's NL
// Design System tokens (--utrecht-*, --nl-*) where present, else inherits.
(function () {
var src = document.currentScript && document.currentScript.src, base = src ? src.slice(0, src.lastIndexOf('js/widget.js')) : '';
var css = '.ido-lijst{list-style:none;padding:0;margin:0;font-family:var(--utrecht-document-font-family,var(--nl-document-font-family,inherit));color:var(--utrecht-document-color,inherit)}'
  + '.ido-lijst li{margin:0 0 1em;padding:0 0 1em;border-bottom:1px solid var(--utrecht-separator-color,currentColor)}'
  + '.ido-lijst a{color:var(--utrecht-link-color,var(--nl-link-color,inherit));font-weight:bold}'
  + '.ido-lijst p{margin:.25em 0}';
function el(tag, text) { var e = document.createElement(tag); if (text) e.textContent = text; return e; }
class Informatiepunten extends HTMLElement {
  connectedCallback() {
    var g = this.getAttribute('gemeente');
    if (!document.getElementById('ido-widget-css')) { var s = el('style', css); s.id = 'ido-widget-css'; document.head.appendChild(s); }
    fetch(base + 'api/v1/gemeenten/' + g + '.json').then((r) => r.json()).then((d) => this.show(d), () => {
      this.textContent = '';
      var a = el('a', 'Bekijk de informatiepunten');
      a.href = base + 'gemeenten/' + g + '/';
      this.appendChild(a);
    });
  }
  show(d) {
    var ul = el('ul');
    ul.className = 'ido-lijst';
    d.locaties.forEach((l) => {
      var li = el('li'), a = el('a', l.naam);
      a.href = l.url;
      li.appendChild(a);
      li.appendChild(el('p', l.soort_tekst));
      if (l.adres) li.appendChild(el('p', l.adres.straat + ', ' + l.adres.postcode + ' ' + l.adres.plaats));
      li.appendChild(el('p', { inloop: 'U kunt zonder afspraak langskomen.', afspraak: 'Maak eerst een afspraak.', beide: 'Kom langs, of maak een afspraak.' }[l.afspraak.soort]));
      ul.appendChild(li);
    });
    this.textContent = '';
    this.appendChild(ul);
  }
}
if (!customElements.get('ido-informatiepunten')) customElements.define('ido-informatiepunten', Informatiepunten);
})();
