// The narrowcasting slideshows: the same axe test as the site, nothing requested but the
// page and the site's own stylesheet, script and fonts, every slide of every slideshow fitting its screen at 1920×1080 and
// 1080×1920 with no text under 48 px, every spreekuur of the coming week on the week
// slides, slides that advance on their own, and "this week" recomputed in the browser.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serve, launch, open, axe, outsideHosts } from './helpers.mjs';

const SITE = process.env.SITE_DIR;
if (!SITE) throw new Error('set SITE_DIR to a built site (scripts/test.sh does)');
const SHOWS = {
  location: 'scherm/dordrecht-samenwerkplein/',
  organisation: 'scherm/organisatie/coda-apeldoorn/',
};
const SIZES = [[1920, 1080], [1080, 1920]];

let server;
let browser;
before(async () => {
  server = await serve(SITE, process.env.SITE_PREFIX ?? '/');
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Every slideshow of the built site: one per location and one per organisation with
 * several locations. */
async function allShows() {
  const shows = [];
  for (const e of await readdir(join(SITE, 'scherm'), { withFileTypes: true })) {
    if (!e.isDirectory()) continue;
    if (e.name === 'organisatie') {
      for (const o of await readdir(join(SITE, 'scherm/organisatie'))) shows.push(`scherm/organisatie/${o}/`);
    } else shows.push(`scherm/${e.name}/`);
  }
  return shows.sort();
}

/** Shows each slide alone; per slide what sticks out of the screen and the smallest text. */
async function measureSlides(page) {
  return page.evaluate(() => {
    const slides = [...document.querySelectorAll('.dia')];
    return slides.map((slide, k) => {
      slides.forEach((s, j) => { s.hidden = j !== k; });
      const W = innerWidth, H = innerHeight;
      const outside = [...slide.querySelectorAll('*')].filter((e) => {
        const r = e.getBoundingClientRect();
        if (!r.width && !r.height) return false;
        return r.left < -1 || r.top < -1 || r.right > W + 1 || r.bottom > H + 1;
      }).map((e) => `${e.tagName.toLowerCase()}.${e.className?.baseVal ?? e.className} "${(e.textContent || '').trim().slice(0, 40)}"`);
      // Content cut off inside a box (overflow hidden) also counts.
      const clipped = [...slide.querySelectorAll('*')].filter((e) => getComputedStyle(e).overflow === 'hidden'
        && (e.scrollHeight > e.clientHeight + 1 || e.scrollWidth > e.clientWidth + 1)).map((e) => e.className);
      if (slide.scrollHeight > slide.clientHeight + 1 || slide.scrollWidth > slide.clientWidth + 1) clipped.push('dia');
      // Nothing of the middle runs into the footer.
      const foot = slide.querySelector('.voet')?.getBoundingClientRect().top ?? Infinity;
      for (const e of slide.querySelectorAll('.midden *')) {
        const r = e.getBoundingClientRect();
        if ((r.width || r.height) && r.bottom > foot + 1) { clipped.push(`${e.className || e.tagName} runs into the footer`); break; }
      }
      const sizes = [...slide.querySelectorAll('*')]
        .filter((e) => [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim()))
        .filter((e) => e.getClientRects().length)
        .map((e) => parseFloat(getComputedStyle(e).fontSize));
      // Week slides: the titles start in one place per column, and each day is in time order.
      const starts = new Set([...slide.querySelectorAll('.dag .wat')].map((e) => Math.round(e.getBoundingClientRect().left)));
      const unordered = [...slide.querySelectorAll('.dag')].filter((d) => {
        const t = [...d.querySelectorAll('.tijd')].map((e) => e.textContent.split(/[–.]/).map(Number)).map((x) => [x[0] * 60 + x[1], x[2] * 60 + x[3]]);
        return t.some((x, i) => i > 0 && (t[i - 1][0] > x[0] || (t[i - 1][0] === x[0] && t[i - 1][1] > x[1])));
      }).map((d) => d.querySelector('h3').textContent);
      return { n: k + 1, kind: slide.className, outside, clipped, starts: starts.size, unordered, smallest: Math.min(...sizes),
        text: slide.classList.contains('week') ? slide.innerText : '' };
    });
  });
}

/** "10.00–12.00 uur" and the title of every spreekuur in the week feed (the build week). */
async function weekItems(show) {
  const slug = show.replace(/^scherm\//, '').replace(/\/$/, '');
  const feed = JSON.parse(await readFile(join(SITE, 'scherm', slug, 'deze-week.json'), 'utf8'));
  return feed.dagen.flatMap((d) => d.spreekuren.map((s) => ({ dag: d.dag, tijd: `${s.van}\u2013${s.tot} uur`.replace(/:/g, '.').replace(/^0/, '').replace(/\u20130/, '\u2013'), titel: s.titel })));
}

test('every slide of every slideshow fits its screen with no text under 48 px, and the week slides name every spreekuur', async () => {
  const shows = await allShows();
  assert.ok(shows.length >= 18, `slideshows found: ${shows.length}`);
  assert.ok(shows.includes('scherm/dordrecht-samenwerkplein/'));
  const problems = [];
  let named = 0;
  for (const show of shows) {
    for (const [width, height] of SIZES) {
      const context = await browser.newContext({ viewport: { width, height } });
      const page = await context.newPage();
      // The build day, so that the week the browser computes is the week of the feed.
      const feedShow = show.startsWith('scherm/organisatie/') ? null : show;
      const items = feedShow ? await weekItems(feedShow) : [];
      const first = feedShow ? JSON.parse(await readFile(join(SITE, feedShow, 'deze-week.json'), 'utf8')).van : null;
      if (first) await page.clock.install({ time: new Date(`${first}T09:00:00+01:00`) });
      await page.goto(server.url + show);
      await page.waitForSelector('html[data-klaar]', { state: 'attached' });
      const slides = await measureSlides(page);
      for (const s of slides) {
        const where = `${show} ${width}×${height} slide ${s.n} (${s.kind})`;
        if (s.outside.length) problems.push(`${where}: outside the screen: ${s.outside.slice(0, 3).join('; ')}`);
        if (s.clipped.length) problems.push(`${where}: cut off: ${s.clipped.join(', ')}`);
        if (!(s.smallest >= 47.9)) problems.push(`${where}: smallest text ${s.smallest}px`);
        if (s.starts > 2) problems.push(`${where}: titles start at ${s.starts} places: the times are not in a column`);
        if (s.unordered.length) problems.push(`${where}: not in time order: ${s.unordered.join(', ')}`);
      }
      // Together, the week slides name every spreekuur of the coming seven days, under its day.
      const week = slides.filter((s) => s.kind.includes('week')).map((s) => s.text).join('\n');
      for (const it of items) {
        const day = it.dag.charAt(0).toUpperCase() + it.dag.slice(1);
        const at = week.indexOf(day);
        if (at < 0 || !week.slice(at).includes(it.titel) || !week.includes(it.tijd)) {
          problems.push(`${show} ${width}×${height}: the week slides miss ${it.dag} ${it.tijd} ${it.titel}`);
        } else named++;
      }
      await context.close();
    }
  }
  assert.deepEqual(problems, []);
  // Dordrecht alone has eight spreekuren a week: the check really ran.
  assert.ok(named >= 16, `spreekuren found on week slides: ${named}`);
});

for (const [name, path] of Object.entries(SHOWS)) {
  for (const [width, height] of SIZES) {
    test(`${name} slideshow at ${width}×${height}: no axe violations, only the site's own files, a QR code`, async () => {
      const { page, context, requests, errors } = await open(browser, server.url + path, width);
      try {
        await page.setViewportSize({ width, height });
        assert.deepEqual(await axe(page), []);
        assert.deepEqual(outsideHosts(requests), []);
        // The page, and the stylesheet, script and fonts it shares with the site.
        const files = requests.filter((u) => !u.startsWith('data:')).map((u) => u.slice(server.url.length - 1));
        assert.equal(files[0], '/' + path);
        assert.deepEqual(files.slice(1).map((u) => u.replace(/[^/]+\/\.\.\//g, '').replace(/\.[0-9a-f]{16}\./, '.')).sort(),
          ['/css/scherm.css', '/fonts/atkinson-hyperlegible-400.woff2', '/fonts/atkinson-hyperlegible-700.woff2', '/js/scherm.js']);
        assert.deepEqual(errors, []);
        assert.equal(await page.locator('.dia:not([hidden])').count(), 1);
        // Every slide has the QR code, and the logo's text uses the embedded font.
        assert.equal(await page.locator('.dia .voet svg.qr').count(), await page.locator('.dia').count());
        const logoFont = await page.evaluate(async () => {
          await document.fonts.ready;
          const use = document.querySelector('.dia:not([hidden]) svg.logo');
          return use ? document.fonts.check('700 38px "Atkinson Hyperlegible"') && !!document.querySelector('#ido-logo text') : false;
        });
        assert.ok(logoFont, 'the logo is inline and its font is loaded');
      } finally {
        await context.close();
      }
    });
  }
}

test('slides advance by themselves and "this week" follows the clock', async () => {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  // Monday 7 December 2026: the week slide must list that week, not the build week.
  await page.clock.install({ time: new Date('2026-12-07T08:00:00Z') });
  await page.goto(server.url + SHOWS.location + '?sec=5');
  const first = await page.locator('.dia:not([hidden]) h2').innerText();
  await page.clock.runFor(5000);
  const second = await page.locator('.dia:not([hidden]) h2').innerText();
  assert.notEqual(first, second);
  assert.equal(second, 'Spreekuren deze week');
  assert.equal(await page.locator('.week .periode').first().innerText(), 'Maandag 7 december tot en met zondag 13 december');
  const days = await page.locator('.week .dag h3').allInnerTexts();
  assert.ok(days[0].startsWith('Maandag 7 december'), days.join(' | '));
  await context.close();
});

test('the staff page makes a self-contained offline zip of a show, and it plays without network', async () => {
  const { execFileSync } = await import('node:child_process');
  const { mkdtemp, rm } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  for (const [staff, show] of [['drukwerk/dordrecht-samenwerkplein/', SHOWS.location], ['drukwerk/', SHOWS.organisation]]) {
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(server.url + staff);
    const button = page.locator(`button[data-diavoorstelling$="${show}"]`);
    assert.equal(await button.count(), 1, `${staff}: one button for ${show}`);
    assert.ok(await button.isVisible(), `${staff}: the script shows the button`);
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    const name = show.split('/').filter(Boolean).pop();
    assert.equal(download.suggestedFilename(), `diavoorstelling-${name}.zip`);
    // The button's own status line says where the file went.
    await page.waitForFunction((b) => /downloads/.test(b.nextElementSibling?.textContent ?? ''), await button.elementHandle());
    const dir = await mkdtemp(join(tmpdir(), 'ido-zip-'));
    try {
      const file = join(dir, 'show.zip');
      await download.saveAs(file);
      // Python's zipfile checks every CRC while it extracts.
      execFileSync('python3', ['-m', 'zipfile', '-t', file]);
      execFileSync('python3', ['-m', 'zipfile', '-e', file, join(dir, 'x')]);
      const names = execFileSync('python3', ['-c', 'import sys,zipfile;print("\\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))', file]).toString().trim().split('\n');
      assert.deepEqual(names.slice(0, 3), ['index.html', 'scherm.css', 'scherm.js'], names.join(' '));
      assert.ok(names.includes('fonts/LICENSE.txt') && names.filter((n) => n.endsWith('.woff2')).length === 2, names.join(' '));
      // The page in the zip is the online page with its stylesheet and script beside it.
      const online = await readFile(join(SITE, show, 'index.html'), 'utf8');
      const inner = await readFile(join(dir, 'x', 'index.html'), 'utf8');
      assert.equal(inner, online.replace(/ href="[^"]*css\/scherm\.[0-9a-f]+\.css"/, ' href="scherm.css"').replace(/ src="[^"]*js\/scherm\.[0-9a-f]+\.js"/, ' src="scherm.js"'));
      // Played from disk with every request outside the folder refused: fonts and script work.
      const offline = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
      const requests = [];
      await offline.route('**/*', (r) => (r.request().url().startsWith('file://') ? r.continue() : r.abort()));
      const p = await offline.newPage();
      p.on('request', (r) => requests.push(r.url()));
      const errors = [];
      p.on('pageerror', (e) => errors.push(String(e)));
      await p.goto('file://' + join(dir, 'x', 'index.html'));
      await p.evaluate(() => document.fonts.ready);
      assert.deepEqual(requests.filter((u) => !u.startsWith('file://') && !u.startsWith('data:')), [], `${show}: offline requests`);
      assert.deepEqual(errors, []);
      assert.ok(await p.evaluate(() => [...document.fonts].some((f) => f.family.includes('Atkinson') && f.status === 'loaded')), `${show}: the house font loads from the zip`);
      assert.equal(await p.locator('.dia:not([hidden])').count(), 1);
      await offline.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
      await context.close();
    }
  }
});
