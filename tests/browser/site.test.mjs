// The built example site in Chromium: one page of every page type at phone and desktop
// width must have zero axe violations (WCAG 2.0-2.2 A/AA), request nothing from any host
// but 127.0.0.1, log no console errors, and reflow without horizontal scrolling.
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
  locations: 'locaties/',
  location: 'locaties/tilburg-lochal/',
  'location-telephone': 'locaties/tilburg-telefonisch/',
  'location-many-spreekuren': 'locaties/dordrecht-samenwerkplein/',
  gemeenten: 'gemeenten/',
  gemeente: 'gemeenten/apeldoorn/',
  themes: 'themas/',
  theme: 'themas/gezondheid/',
  partners: 'partners/',
  partner: 'partners/belastingdienst/',
  page: 'toegankelijkheid/',
  'embed-location': 'embed/locaties/dordrecht-samenwerkplein/',
  'embed-gemeente': 'embed/gemeenten/apeldoorn/',
  snippets: 'gemeenten/tilburg/insluiten/',
  'staff-index': 'drukwerk/',
  staff: 'drukwerk/dordrecht-samenwerkplein/',
  'not-found': 'deze/pagina/bestaat/niet/',
};

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

for (const width of [390, 1280]) {
  for (const [name, path] of Object.entries(PAGES)) {
    test(`${name} at ${width}px: no axe violations, no outside requests, no console errors`, async () => {
      const { page, context, requests, errors, response } = await open(browser, server.url + path, width);
      try {
        assert.equal(response.status(), name === 'not-found' ? 404 : 200);
        const violations = await axe(page);
        assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
        assert.deepEqual(outsideHosts(requests), []);
        // The 404 page is itself a failed load, which Chromium logs; nothing else may fail.
        const expected = name === 'not-found' ? ['Failed to load resource: the server responded with a status of 404 (Not Found)'] : [];
        assert.deepEqual(errors, expected);
        // The house font loaded from the site itself.
        assert.ok(requests.some((u) => u.endsWith('.woff2')), 'the font is requested from the site');
        if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
      } finally {
        await context.close();
      }
    });
  }
}

test('pages reflow at 320 px without horizontal scrolling', async () => {
  for (const path of Object.values(PAGES)) {
    const { page, context } = await open(browser, server.url + path, 320);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await context.close();
    assert.ok(overflow <= 0, `${path} scrolls sideways by ${overflow}px at 320px`);
  }
});

test('the first Tab reaches the skip link, which moves focus to the main content', async () => {
  const { page, context } = await open(browser, server.url + PAGES.location, 390);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip');
  assert.ok(await page.evaluate(() => getComputedStyle(document.activeElement).left !== '-9999px'), 'skip link visible on focus');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => location.hash), '#inhoud');
  await context.close();
});

test('body text is at least 18 px and the week overview has a line per weekday', async () => {
  const { page, context } = await open(browser, server.url + PAGES.location, 390);
  const size = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('main p')).fontSize));
  assert.ok(size >= 18, `body text is ${size}px`);
  assert.equal(await page.getByRole('list', { name: 'Wie is er wanneer?' }).locator(':scope > li').count(), 7);
  await context.close();
});

test('the script marks today in the week overview, also when the page was built on another day', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 900 } });
  const page = await context.newPage();
  // Thursday 26 November 2026, 12.00 in the Netherlands (the example is built on another day).
  await page.clock.setFixedTime(new Date('2026-11-26T11:00:00Z'));
  await page.goto(server.url + PAGES['location-many-spreekuren']);
  assert.equal(await page.locator('#ido-week').getAttribute('data-v'), '3');
  // Only Thursday is highlighted and labelled, not the day the site was built.
  const marked = await page.locator('#ido-week > li').evaluateAll((items) => items.map((li) => [
    li.getAttribute('data-dag'), getComputedStyle(li).borderLeftWidth,
    getComputedStyle(li.querySelector('.day-name'), '::after').content,
    li.querySelector('.vandaag-tekst') ? getComputedStyle(li.querySelector('.vandaag-tekst')).display : 'none',
  ]).filter(([, border, after, text]) => border === '6px' || after.includes('vandaag') || text !== 'none'));
  assert.deepEqual(marked, [['3', '6px', '" (vandaag)"', 'none']]);
  const today = page.locator('#ido-week > li[data-dag="3"]');
  assert.match(await today.innerText(), /Leerwerkloket/);
  await context.close();
});

test('the phone-only service shows its number as a link on the first screen of a phone', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(server.url + PAGES['location-telephone']);
  const call = page.locator('main a[href^="tel:"]').first();
  assert.equal(await call.innerText(), '013 542 1299');
  const box = await call.boundingBox();
  assert.ok(box.y + box.height <= 844, `the number ends at ${box.y + box.height}px`);
  assert.doesNotMatch(await page.locator('main').innerText(), /langs/i);
  await context.close();
});

test('a visitor finds the IDOs of a gemeente from the home page without JavaScript', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 900 } });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.getByRole('link', { name: 'Apeldoorn', exact: true }).first().click();
  await page.getByRole('heading', { level: 1, name: 'Informatiepunten in Apeldoorn' }).waitFor();
  await page.getByRole('link', { name: 'Informatiepunt CODA Bibliotheek' }).click();
  const main = await page.locator('main').innerText();
  assert.match(main, /Vosselmanstraat 299/);
  assert.match(main, /Dinsdag( \(vandaag\))?\s+10\.00 tot 17\.00 uur/);
  await context.close();
});

test('the script recomputes the status, changes and next dates for the current time', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 900 } });
  const page = await context.newPage();
  // Thursday 24 December 2026, 13.00 in the Netherlands: Kerstavond, other hours 10.00-15.00.
  await page.clock.setFixedTime(new Date('2026-12-24T12:00:00Z'));
  await page.goto(server.url + PAGES.location);
  assert.equal(await page.locator('#ido-status').innerText(), 'Nu open tot 15.00 uur.');
  const changes = await page.locator('#ido-wijzigingen li').allInnerTexts();
  assert.deepEqual(changes.slice(0, 2), [
    'Op donderdag 24 december open van 10.00 tot 15.00 uur (Kerstavond).',
    'Gesloten op vrijdag 25 december (Eerste Kerstdag).',
  ]);
  assert.equal(await page.locator('#ido-data-1').innerText(),
    'Volgende keren: dinsdag 5 januari, dinsdag 2 februari, dinsdag 2 maart.');
  await context.close();
});

test('without JavaScript the page states the build date and keeps the week table', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(server.url + PAGES.location);
  assert.match(await page.locator('#ido-status').innerText(), /^Vandaag, \w+ \d+ \w+: (open van .* uur|gesloten)\.$/);
  assert.match(await page.locator('main').innerText(), /Bijgewerkt op \d+ \w+ \d{4}\./);
  assert.equal(await page.locator('ul.week > li').count(), 7);
  assert.equal(await page.locator('ul.week .vandaag-tekst').count(), 1, 'the build date is marked');
  await context.close();
});

test('typing a postcode with the keyboard lists the nearest IDOs with their status, announced', async () => {
  const { page, context, requests, errors } = await open(browser, server.url + PAGES.finder, 390);
  await page.clock.setFixedTime(new Date('2026-11-24T10:30:00Z'));
  await page.reload();
  await page.getByLabel('Uw postcode of woonplaats').focus();
  await page.keyboard.type('5041 SG');
  await page.keyboard.press('Enter');
  const live = page.locator('#zoek-status');
  await live.filter({ hasText: 'dichtst bij' }).waitFor();
  assert.equal(await live.innerText(), 'Dit zijn de 10 informatiepunten die het dichtst bij postcode 5041 liggen.');
  assert.equal(await live.getAttribute('role'), 'status');
  const first = page.locator('#zoek-resultaten li').first();
  assert.equal(await first.locator('h3').innerText(), 'Informatiepunt Bibliotheek LocHal');
  // Tuesday 24 November, 11.30: the LocHal desk is open until 12.30.
  assert.equal(await first.locator('.card-status').innerText(), 'Nu open tot 12.30 uur.');
  assert.match(await first.locator('.card-kind').innerText(), /^\d+,\d km · Balie in de bibliotheek$/);
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(outsideHosts(requests), []);
  assert.deepEqual(errors, []);
  // A place name with two matches offers the other one as a button.
  await page.getByLabel('Uw postcode of woonplaats').fill('oosterhout');
  await page.keyboard.press('Enter');
  await live.filter({ hasText: 'Oosterhout' }).waitFor();
  assert.equal(await first.locator('h3').innerText(), 'Bibliotheek Oosterhout');
  const other = page.getByRole('button', { name: 'Oosterhout (gemeente Overbetuwe, GE)' });
  await other.focus();
  await page.keyboard.press('Enter');
  await live.filter({ hasText: 'Overbetuwe' }).waitFor();
  await context.close();
});

test('without JavaScript the search form leads to the list by gemeente', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(server.url);
  assert.equal(await page.locator('#zoek-hier').isVisible(), false, 'no location button without JavaScript');
  await page.getByLabel('Uw postcode of woonplaats').fill('5041 SG');
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await page.getByRole('heading', { level: 1, name: 'Informatiepunten per gemeente' }).waitFor();
  await context.close();
});

test('a municipality page on another origin embeds a location and a gemeente, sized to fit', async () => {
  // The snippets exactly as "Voor gemeenten" and oEmbed give them, pointed at this server.
  const snippet = async (path) => JSON.parse(await readFile(join(SITE, path, 'oembed.json'), 'utf8')).html
    .replaceAll('https://www.informatiepunt.example/', server.url);
  const widget = `<ido-informatiepunten gemeente="apeldoorn"></ido-informatiepunten><script src="${server.url}js/widget.js" defer></script>`;
  const dir = await mkdtemp(join(tmpdir(), 'host-'));
  await writeFile(join(dir, 'index.html'), `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Gemeente</title><link rel="icon" href="data:,">
    <style>:root { --utrecht-document-font-family: Georgia, serif; --utrecht-link-color: rgb(120, 0, 80); }</style></head>
    <body><main><h1>Digitale hulp in uw gemeente</h1>
    ${await snippet('embed/locaties/dordrecht-samenwerkplein')}
    ${await snippet('embed/gemeenten/apeldoorn')}
    ${widget}</main></body></html>`);
  const host = await serve(dir);
  assert.notEqual(new URL(host.url).port, new URL(server.url).port, 'another origin');
  const { page, context, requests, errors } = await open(browser, host.url, 1280);
  try {
    const frames = page.locator('iframe[data-ido]');
    assert.equal(await frames.count(), 2);
    for (let i = 0; i < 2; i++) {
      const frame = frames.nth(i);
      const src = await frame.getAttribute('src');
      const inner = page.frames().find((f) => f.url() === src);
      await page.waitForFunction((el) => el.getAttribute('scrolling') === 'no', await frame.elementHandle());
      const want = await inner.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      const got = await frame.evaluate((el) => el.getBoundingClientRect().height);
      assert.ok(Math.abs(got - want) <= 1, `iframe ${i} is ${got}px high for ${want}px of content`);
      assert.notEqual(got, 640, 'the height changed from the default');
      assert.ok(await frame.getAttribute('title'), 'iframe has a title');
    }
    // A message that does not come from the iframe's window and origin changes nothing.
    const before = await frames.first().evaluate((el) => el.style.height);
    await page.evaluate(() => window.postMessage({ type: 'ido-hoogte', hoogte: 5 }, '*'));
    await page.waitForTimeout(200);
    assert.equal(await frames.first().evaluate((el) => el.style.height), before);
    // The widget rendered into the host page, in the host's NL Design System style.
    const link = page.locator('ido-informatiepunten a').first();
    await link.waitFor();
    assert.equal(await link.innerText(), 'Informatiepunt CODA Bibliotheek');
    assert.equal(await link.evaluate((a) => getComputedStyle(a).color), 'rgb(120, 0, 80)');
    assert.match(await page.locator('ido-informatiepunten ul').evaluate((u) => getComputedStyle(u).fontFamily), /Georgia/);
    assert.deepEqual(outsideHosts(requests), []);
    assert.deepEqual(errors, []);
    const cookies = await context.cookies();
    assert.deepEqual(cookies, [], 'no cookies');
  } finally {
    await context.close();
    await host.close();
  }
});
