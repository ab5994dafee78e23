// The offline zip of a slideshow, made in the browser from the show's own files on the
// site (its page, stylesheet, script, fonts and the font licence), so the site holds each
// of them once instead of a zip per show. A button with data-diavoorstelling (the show's
// folder) and data-zip (the file name to save) starts it. The zip holds index.html,
// scherm.css, scherm.js and fonts/: a player opens index.html without internet.
// Nothing leaves the site: every file comes from the show's own address.
// tests/browser/staff.test.mjs downloads a zip and opens it in Chromium without network.
// Whole-line comments and indentation are stripped on build.
(function () {
var table = [];
for (var n = 0; n < 256; n++) {
  var c = n;
  for (var k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  table[n] = c >>> 0;
}
function crc32(b) {
  var c = 0xffffffff;
  for (var i = 0; i < b.length; i++) c = table[(c ^ b[i]) & 255] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
// A zip of [name, bytes] pairs, stored as they are (woff2 is compressed already), every
// file dated 1 January 1980 so the same show gives the same bytes.
function zip(files) {
  var enc = new TextEncoder(), parts = [], central = [], offset = 0, size = 0;
  function record(signature, length) {
    var v = new DataView(new ArrayBuffer(length));
    v.setUint32(0, signature, true);
    return v;
  }
  files.forEach(function (f) {
    var name = enc.encode(f[0]), data = f[1], crc = crc32(data);
    var h = record(0x04034b50, 30);
    h.setUint16(4, 10, true);
    // Bit 11: the name is UTF-8. Method 0 (stored), time 00.00, date 1980-01-01.
    h.setUint16(6, 0x0800, true);
    h.setUint16(12, 0x21, true);
    h.setUint32(14, crc, true);
    h.setUint32(18, data.length, true);
    h.setUint32(22, data.length, true);
    h.setUint16(26, name.length, true);
    parts.push(h, name, data);
    var e = record(0x02014b50, 46);
    e.setUint16(4, 20, true);
    e.setUint16(6, 10, true);
    e.setUint16(8, 0x0800, true);
    e.setUint16(14, 0x21, true);
    e.setUint32(16, crc, true);
    e.setUint32(20, data.length, true);
    e.setUint32(24, data.length, true);
    e.setUint16(28, name.length, true);
    e.setUint32(42, offset, true);
    central.push(e, name);
    offset += 30 + name.length + data.length;
    size += 46 + name.length;
  });
  var end = record(0x06054b50, 22);
  end.setUint16(8, files.length, true);
  end.setUint16(10, files.length, true);
  end.setUint32(12, size, true);
  end.setUint32(16, offset, true);
  return new Blob(parts.concat(central, [end]), { type: 'application/zip' });
}
function get(url, text) {
  return fetch(url).then(function (r) {
    if (!r.ok) throw new Error(url + ': ' + r.status);
    return text ? r.text() : r.arrayBuffer().then(function (b) { return new Uint8Array(b); });
  });
}
// The show's page with its stylesheet and script beside it, the fonts the stylesheet
// names in fonts/, and their licence.
function files(show) {
  return get(show, true).then(function (page) {
    var doc = new DOMParser().parseFromString(page, 'text/html');
    var href = doc.querySelector('link[rel=stylesheet]').getAttribute('href');
    var src = doc.querySelector('script[src]').getAttribute('src');
    var cssUrl = new URL(href, show);
    page = page.replace(' href="' + href + '"', ' href="scherm.css"')
      .replace(' src="' + src + '"', ' src="scherm.js"');
    return Promise.all([get(cssUrl, true), get(new URL(src, show))]).then(function (r) {
      var fonts = [];
      var css = r[0].replace(new RegExp('url\\("([^"]+)"\\)', 'g'), function (m, u) {
        var url = new URL(u, cssUrl), name = 'fonts/' + url.pathname.split('/').pop();
        fonts.push([name, url]);
        return 'url("' + name + '")';
      });
      if (fonts.length) fonts.push(['fonts/LICENSE.txt', new URL('LICENSE.txt', fonts[0][1])]);
      return Promise.all(fonts.map(function (f) { return get(f[1]); })).then(function (bytes) {
        var enc = new TextEncoder();
        var out = [['index.html', enc.encode(page)], ['scherm.css', enc.encode(css)], ['scherm.js', r[1]]];
        fonts.forEach(function (f, i) { out.push([f[0], bytes[i]]); });
        return out;
      });
    });
  });
}
function save(blob, name) {
  var a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.appendChild(a);
  a.click();
  setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
}
document.querySelectorAll('button[data-diavoorstelling]').forEach(function (b) {
  var status = document.createElement('span');
  status.setAttribute('role', 'status');
  b.after(' ', status);
  b.hidden = false;
  b.addEventListener('click', function () {
    b.disabled = true;
    status.textContent = 'Even geduld. We maken het zip-bestand.';
    files(new URL(b.getAttribute('data-diavoorstelling'), location.href)).then(function (f) {
      save(zip(f), b.getAttribute('data-zip'));
      status.textContent = 'Het zip-bestand staat bij uw downloads.';
    }, function () {
      status.textContent = 'Dat lukte niet. Probeer het later nog een keer.';
    }).then(function () { b.disabled = false; });
  });
});
})();
