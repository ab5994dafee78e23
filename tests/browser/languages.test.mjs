// The site in other languages, in Debian's Chromium: Arabic (right to left) and English
// pass the same checks as the Dutch pages (axe, no outside requests, reflow at 320 px,
// skip link, the finder), carry lang, dir and hreflang, and the language switch works
// with the keyboard. The live status comes from the script in the page's language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, launch, open, axe, outsideHosts } from './helpers.mjs';

const SITE = process.env.SITE_DIR;
const SHOTS = process.env.SCREENSHOT_DIR;
if (!SITE) throw new Error('set SITE_DIR to a built site (scripts/test.sh does)');

const PAGES = {
  home: '',
  finder: 'zoeken/',
  location: 'locaties/tilburg-lochal/',
  'location-many-spreekuren': 'locaties/dordrecht-samenwerkplein/',
  'location-telephone': 'locaties/tilburg-telefonisch/',
  gemeenten: 'gemeenten/',
  gemeente: 'gemeenten/apeldoorn/',
  theme: 'themas/gezondheid/',
  page: 'toegankelijkheid/',
  'not-found': '404.html',
};
const LANGS = { ar: 'rtl', en: 'ltr' };

let server;
let browser;
before(async () => {
  server = await serve(SITE, process.env.SITE_PREFIX ?? '/');
  browser = await launch();
  if (SHOTS) await mkdir(SHOTS, { recursive: true });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

for (const [code, dir] of Object.entries(LANGS)) {
  for (const width of [390, 1280]) {
    for (const [name, path] of Object.entries(PAGES)) {
      test(`${code}: ${name} at ${width}px: lang and dir, no axe violations, no outside requests or errors`, async () => {
        const { page, context, requests, errors, response } = await open(browser, `${server.url}${code}/${path}`, width);
        try {
          assert.equal(response.status(), 200);
          assert.equal(await page.getAttribute('html', 'lang'), code);
          assert.equal(await page.getAttribute('html', 'dir'), dir);
          const violations = await axe(page);
          assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
          assert.deepEqual(outsideHosts(requests), []);
          assert.deepEqual(errors, []);
          if (SHOTS) await page.screenshot({ path: `${SHOTS}/${code}-${name}-${width}.png`, fullPage: true });
        } finally {
          await context.close();
        }
      });
    }
  }

  test(`${code}: pages reflow at 320 px without horizontal scrolling`, async () => {
    for (const path of Object.values(PAGES)) {
      const { page, context } = await open(browser, `${server.url}${code}/${path}`, 320);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      await context.close();
      assert.ok(overflow <= 0, `${code}/${path} scrolls sideways by ${overflow}px at 320px`);
    }
  });

  test(`${code}: the first Tab reaches the skip link, which moves focus to the main content`, async () => {
    const { page, context } = await open(browser, `${server.url}${code}/${PAGES.location}`, 390);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.className), 'skip');
    const box = await page.locator('.skip').boundingBox();
    assert.ok(box && box.x >= 0 && box.x + box.width <= 390, `skip link visible on focus: ${JSON.stringify(box)}`);
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => location.hash), '#inhoud');
    await context.close();
  });

  test(`${code}: typing a postcode finds the nearest IDOs, linked in the same language, with the status in it`, async () => {
    const { page, context, requests, errors } = await open(browser, `${server.url}${code}/${PAGES.finder}`, 390);
    await page.clock.setFixedTime(new Date('2026-11-24T10:30:00Z'));
    await page.reload();
    await page.locator('#zoek-q').focus();
    await page.keyboard.type('5041 SG');
    await page.keyboard.press('Enter');
    const first = page.locator('#zoek-resultaten li').first();
    await first.waitFor();
    assert.equal(await first.locator('h4').innerText(), 'Informatiepunt Bibliotheek LocHal');
    assert.equal(new URL(await first.locator('h4 a').evaluate((a) => a.href)).pathname, `/${code}/locaties/tilburg-lochal/`);
    // Tuesday 24 November, 11.30: the LocHal desk is open until 12.30, said in this language.
    const open_ = { ar: 'مفتوح الآن حتى \u206812:30\u2069.', en: 'Open now until 12:30.' }[code];
    assert.equal(await first.locator('.card-status').evaluate((e) => e.textContent), open_);
    assert.deepEqual(await axe(page), []);
    assert.deepEqual(outsideHosts(requests), []);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test(`${code}: the script says the status now in the page's language`, async () => {
    const { page, context } = await open(browser, `${server.url}${code}/${PAGES.location}`, 390);
    await page.clock.setFixedTime(new Date('2026-11-24T10:30:00Z'));
    await page.reload();
    const want = { ar: 'مفتوح الآن حتى \u206812:30\u2069.', en: 'Open now until 12:30.' }[code];
    assert.equal(await page.locator('#ido-status').evaluate((e) => e.textContent), want);
    await context.close();
  });
}

test('every page links its versions in all languages with hreflang, and x-default is Dutch', async () => {
  const { page, context } = await open(browser, `${server.url}ar/${PAGES.location}`, 1280);
  const alternates = await page.$$eval('link[rel=alternate][hreflang]', (ls) => ls.map((l) => [l.hreflang, new URL(l.href).pathname]));
  assert.deepEqual(alternates, [
    ['nl', '/locaties/tilburg-lochal/'], ['ar', '/ar/locaties/tilburg-lochal/'], ['en', '/en/locaties/tilburg-lochal/'],
    ['pl', '/pl/locaties/tilburg-lochal/'], ['tr', '/tr/locaties/tilburg-lochal/'], ['uk', '/uk/locaties/tilburg-lochal/'],
    ['x-default', '/locaties/tilburg-lochal/'],
  ]);
  await context.close();
});

test('the language switch names each language in itself and works with the keyboard', async () => {
  const { page, context } = await open(browser, `${server.url}${PAGES.location}`, 390);
  const nav = page.getByRole('navigation', { name: 'Taal' });
  assert.deepEqual(await nav.locator('li').allInnerTexts(), ['Nederlands', 'العربية', 'English', 'Polski', 'Türkçe', 'Українська']);
  assert.equal(await nav.locator('[aria-current]').innerText(), 'Nederlands');
  // Tab from the skip link through the menu to "English", then Enter.
  const english = nav.getByRole('link', { name: 'English' });
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    if (await english.evaluate((a) => a === document.activeElement)) break;
  }
  assert.ok(await english.evaluate((a) => a === document.activeElement), 'English is reachable by Tab');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/en\/locaties\/tilburg-lochal\/$/);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.locator('h2#wanneer').innerText(), 'When?');
  // And back to Arabic, which turns the page right to left.
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'العربية' }).click();
  await page.waitForURL(/\/ar\/locaties\/tilburg-lochal\/$/);
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  await context.close();
});

test('in Arabic the layout mirrors: the menu starts at the right', async () => {
  const { page, context } = await open(browser, `${server.url}ar/`, 1280);
  const first = await page.locator('.menu li').first().boundingBox();
  const last = await page.locator('.menu li').last().boundingBox();
  assert.ok(first.x > last.x, `first menu item at ${first.x}, last at ${last.x}`);
  await context.close();
});

test('the embed of a location is there in Arabic, right to left, without axe violations', async () => {
  const { page, context, errors } = await open(browser, `${server.url}embed/ar/locaties/tilburg-lochal/`, 390);
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(errors, []);
  assert.match(await page.locator('#ido-status').innerText(), /اليوم|الآن/);
  await context.close();
});

test('a host page in Arabic embeds a gemeente and the widget in Arabic, linked to the Arabic pages', async () => {
  // The snippet as oEmbed gives it for the Arabic frame, and the Arabic widget script.
  const oembed = JSON.parse(await readFile(join(SITE, 'embed/ar/gemeenten/apeldoorn/oembed.json'), 'utf8'));
  const frame = oembed.html.replaceAll('https://www.informatiepunt.example/', server.url);
  assert.match(frame, /embed\/ar\/gemeenten\/apeldoorn\//);
  const dir = await mkdtemp(join(tmpdir(), 'host-ar-'));
  await writeFile(join(dir, 'index.html'), `<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>البلدية</title><link rel="icon" href="data:,"></head>
    <body><main><h1>مساعدة رقمية</h1>${frame}
    <ido-informatiepunten gemeente="apeldoorn"></ido-informatiepunten><script src="${server.url}js/widget-ar.js" defer></script></main></body></html>`);
  const host = await serve(dir);
  const { page, context, requests, errors } = await open(browser, host.url, 1280);
  try {
    // Tuesday 24 November, 11.30 in the Netherlands.
    await page.clock.setFixedTime(new Date('2026-11-24T10:30:00Z'));
    await page.reload();
    const link = page.locator('ido-informatiepunten a').first();
    await link.waitFor();
    assert.match(new URL(await link.getAttribute('href')).pathname, /^\/ar\/locaties\/[a-z-]+\/$/);
    assert.equal(await page.locator('ido-informatiepunten').getAttribute('lang'), 'ar');
    const widget = await page.locator('ido-informatiepunten').innerText();
    assert.match(widget, /اليوم|الآن/, 'status and today in Arabic');
    assert.doesNotMatch(widget, /Vandaag|Nu open|Nu gesloten|Telefoon|Maak eerst|Kom langs/, 'no Dutch sentences');
    const inner = page.frames().find((f) => f.url().includes('/embed/ar/gemeenten/apeldoorn/'));
    assert.ok(inner, 'the Arabic frame loaded');
    await inner.locator('[data-ido-vandaag]').first().waitFor();
    assert.equal(await inner.evaluate(() => document.documentElement.dir), 'rtl');
    const text = await inner.locator('main').innerText();
    assert.doesNotMatch(text, /Vandaag|Morgen|Nu open|Nu gesloten|Telefoon|Liever bellen/, 'no Dutch sentences in the frame');
    assert.match(new URL(await inner.locator('.card-title a').first().getAttribute('href')).pathname, /^\/ar\/locaties\//);
    assert.deepEqual(outsideHosts(requests), []);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    await host.close();
  }
});

test('the gemeente embed in English has no axe violations', async () => {
  const { page, context, errors } = await open(browser, `${server.url}embed/en/gemeenten/tilburg/`, 390);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(errors, []);
  assert.equal(await page.locator('h1').innerText(), 'Help points in Tilburg');
  await context.close();
});
