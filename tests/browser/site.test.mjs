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
  'embed-gemeente-telephone': 'embed/gemeenten/tilburg/',
  'gemeente-telephone': 'gemeenten/tilburg/',
  // "Ook voor u": the regional phone line without a gemeente, and its own page.
  'gemeente-also': 'gemeenten/oss/',
  'location-region': 'locaties/noordoost-brabant-belspreekuur/',
  'embed-gemeente-also': 'embed/gemeenten/oss/',
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
    // The label comes from the page's language: `" " attr(data-vandaag)`.
    ((c, label) => c.includes('attr(data-vandaag)') ? `" ${label}"` : c)(getComputedStyle(li.querySelector('.day-name'), '::after').content, li.querySelector('.day-name').dataset.vandaag),
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
  // The first link; the lists per theme further down repeat it.
  await page.getByRole('link', { name: 'Informatiepunt CODA Bibliotheek' }).first().click();
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
  assert.match(await live.innerText(), /^Dit (is het informatiepunt dat|zijn de \d informatiepunten die) het dichtst bij postcode 5041 (ligt|liggen)\./);
  assert.equal(await live.getAttribute('role'), 'status');
  // The results show what the live region says: it is read out, not shown twice.
  assert.ok(await live.evaluate((e) => e.classList.contains('visually-hidden')));
  const first = page.locator('#zoek-resultaten li').first();
  assert.equal(await first.locator('h4').innerText(), 'Informatiepunt Bibliotheek LocHal');
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
  assert.equal(await first.locator('h4').innerText(), 'Bibliotheek Oosterhout');
  const other = page.getByRole('button', { name: 'Oosterhout (gemeente Overbetuwe, Gelderland)' });
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

// The finder's filters, ranking, focus and phone numbers (issue 15). Times are UTC; the
// Netherlands is one hour ahead in November.
async function finder(width, time) {
  const o = await open(browser, server.url + PAGES.finder, width);
  await o.page.clock.setFixedTime(new Date(time));
  await o.page.reload();
  return o;
}
async function search(page, q) {
  await page.getByLabel('Uw postcode of woonplaats').fill(q);
  await page.getByLabel('Uw postcode of woonplaats').focus();
  await page.keyboard.press('Enter');
  await page.locator('#zoek-resultaten-titel').waitFor();
}
const titles = (page) => page.locator('#zoek-resultaten .results > li h4').allInnerTexts();

test('a theme chosen by keyboard leads to the hospital desk, with the label of its page, announced', async () => {
  // Tuesday 24 November, 11.30: both desks in Nieuwegein are open.
  const { page, context, requests, errors } = await finder(390, '2026-11-24T10:30:00Z');
  try {
    const input = page.getByLabel('Uw postcode of woonplaats');
    await input.focus();
    await page.keyboard.type('3431 HA');
    await page.keyboard.press('Enter');
    await page.locator('#zoek-resultaten-titel').waitFor();
    assert.equal((await titles(page))[0], 'Informatiepunt Bibliotheek Nieuwegein');
    // From the search box, Tab reaches the theme list first: choose, then search.
    await input.focus();
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'zoek-thema');
    assert.equal(await page.evaluate(() => document.activeElement.labels[0].textContent), 'Waarmee wilt u hulp?');
    await page.keyboard.type('Gezondheid');
    const live = page.locator('#zoek-status');
    await live.filter({ hasText: 'Gezondheid' }).waitFor();
    assert.match(await live.innerText(), /Uw keuze: hulp bij Gezondheid\./);
    assert.match(await page.locator('#zoek-resultaten-titel').innerText(), /^Informatiepunten bij .+: hulp bij Gezondheid$/);
    assert.equal(await page.evaluate(() => document.activeElement.id), 'zoek-thema', 'focus stays on the filter');
    const list = await titles(page);
    assert.equal(list[0], 'Informatiepunt in het St. Antonius Ziekenhuis');
    assert.ok(!list.includes('Informatiepunt Bibliotheek Nieuwegein'), 'the library has no health theme');
    const first = page.locator('#zoek-resultaten .results > li').first();
    const kind = (await first.locator('.card-kind').innerText()).split(' · ')[1];
    assert.equal(kind, 'In het ziekenhuis');
    assert.equal(await first.locator('.card-status').innerText(), 'Nu open tot 15.00 uur.');
    // Every result gives its phone number to call.
    assert.equal(await first.locator('.card-phone a').getAttribute('href'), 'tel:+31301234567');
    // The location page says the same.
    await first.locator('.card-title a').click();
    await page.waitForURL(/nieuwegein-antonius/);
    assert.ok((await page.locator('main').innerText()).includes(kind), 'the same label on the location page');
    assert.deepEqual(outsideHosts(requests), []);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('"Nu open" with a fake clock leaves out what is closed; "Meer tonen" moves focus to the next result', async () => {
  // Tuesday 24 November, 12.45: the LocHal desk is closed until 13.30.
  const { page, context, errors } = await finder(1280, '2026-11-24T11:45:00Z');
  try {
    await search(page, '5041 SG');
    const first = page.locator('#zoek-resultaten .results > li').first();
    assert.equal(await first.locator('h4').innerText(), 'Informatiepunt Bibliotheek LocHal');
    assert.equal(await first.locator('.card-status').innerText(), 'Nu gesloten. Vandaag open om 13.30 uur.');
    const shown = (await titles(page)).length;
    assert.ok(shown >= 1 && shown <= 5, `${shown} results at first`);
    await page.getByLabel('Nu open').focus();
    await page.keyboard.press('Space');
    await page.locator('#zoek-status').filter({ hasText: 'Uw keuze: nu open.' }).waitFor();
    const open = await titles(page);
    assert.ok(open.length > 0);
    assert.ok(!open.includes('Informatiepunt Bibliotheek LocHal'));
    for (const s of await page.locator('#zoek-resultaten .results > li .card-status').allInnerTexts()) assert.match(s, /^Nu open tot \d+\.\d\d uur\.$/);
    // The Tilburg phone service (monday and wednesday evening) is not open now either.
    assert.equal(await page.locator('#zoek-resultaten').getByText('013 542 1299').count(), 0);
    await page.keyboard.press('Space');
    await page.locator('#zoek-status').filter({ hasNotText: 'Uw keuze' }).waitFor();
    const more = page.getByRole('button', { name: 'Meer tonen' });
    await more.focus();
    await page.keyboard.press('Enter');
    await page.locator('#zoek-status').filter({ hasText: 'U ziet nu' }).waitFor();
    const after = await titles(page);
    assert.ok(after.length > shown);
    assert.equal(await page.evaluate(() => document.activeElement.textContent), after[shown], 'focus on the first new result');
    assert.deepEqual(await axe(page), []);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('at 390 px a search moves focus to the results heading and scrolls it into view', async () => {
  const { page, context } = await finder(390, '2026-11-24T10:30:00Z');
  try {
    assert.equal(await page.evaluate(() => window.scrollY), 0);
    await search(page, '5041 SG');
    await page.waitForFunction(() => document.activeElement.id === 'zoek-resultaten-titel');
    const box = await page.locator('#zoek-resultaten-titel').evaluate((h) => { const r = h.getBoundingClientRect(); return { top: r.top, bottom: r.bottom, vh: innerHeight }; });
    assert.ok(box.top >= 0 && box.bottom <= box.vh, `heading at ${box.top}-${box.bottom} of ${box.vh}`);
    assert.ok(await page.evaluate(() => window.scrollY) > 100, 'the page scrolled');
    assert.equal(await page.locator('#zoek-resultaten-titel').innerText(), 'Informatiepunten bij postcode 5041');
  } finally {
    await context.close();
  }
});

test("the phone service is in its gemeente's results with a tel: link, and the DigiHulplijn everywhere", async () => {
  // Monday 23 November, 19.30: the phone service of Tilburg is open.
  const { page, context } = await finder(390, '2026-11-23T18:30:00Z');
  try {
    await search(page, 'Tilburg');
    const phone = page.locator('#zoek-resultaten .results-phone > li').filter({ hasText: 'Telefonisch spreekuur' });
    assert.equal(await phone.locator('a[href="tel:+31135421299"]').innerText(), '013 542 1299');
    assert.equal(await phone.locator('.card-status').innerText(), 'Nu open tot 20.00 uur.');
    assert.equal(await phone.getByText('langskomen').count(), 0, 'never: walk in to a phone service');
    assert.equal(await page.locator('#zoek-resultaten a[href="tel:+318001508"]').innerText(), '0800-1508');
    assert.match(await page.locator('#zoek-status').innerText(), /U kunt ook bellen: er zijn 2 telefoonnummers\./);
    await search(page, 'Oosterhout');
    await page.locator('#zoek-status').filter({ hasText: 'Oosterhout' }).waitFor();
    assert.equal(await page.locator('#zoek-resultaten a[href="tel:+31135421299"]').count(), 0, 'not in another gemeente');
    assert.equal(await page.locator('#zoek-resultaten a[href="tel:+318001508"]').count(), 1);
  } finally {
    await context.close();
  }
});

test('without JavaScript a gemeente page filters by theme with links to its sections', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 900 } });
  const page = await context.newPage();
  await page.goto(server.url + 'gemeenten/nieuwegein/');
  await page.getByRole('link', { name: 'Gezondheid', exact: true }).click();
  assert.equal(await page.evaluate(() => location.hash), '#thema-gezondheid');
  const section = await page.locator('#thema-gezondheid').innerText();
  assert.match(section, /St\. Antonius Ziekenhuis · In het ziekenhuis/);
  assert.doesNotMatch(section, /Bibliotheek Nieuwegein/);
  await context.close();
});

test('the copy buttons work with the keyboard and say "Gekopieerd" to screen readers', async () => {
  const { page, context, errors } = await open(browser, server.url + PAGES.snippets, 390);
  try {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
    await page.locator('#code-gemeente').focus();
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), 'Kopieer de code voor alle informatiepunten');
    await page.keyboard.press('Enter');
    const live = page.locator('#kopieer-status');
    await live.filter({ hasText: 'Gekopieerd' }).waitFor();
    assert.equal(await live.getAttribute('role'), 'status');
    assert.equal(await live.innerText(), 'Gekopieerd: de code voor alle informatiepunten.');
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await page.locator('#code-gemeente').innerText());
    const widget = page.getByRole('button', { name: 'Kopieer de code voor de widget', exact: true });
    await widget.focus();
    await page.keyboard.press('Space');
    await live.filter({ hasText: 'widget' }).waitFor();
    assert.equal(await page.locator('#code-widget + button + .copied').innerText(), 'Gekopieerd', 'also shown');
    assert.match(await page.evaluate(() => navigator.clipboard.readText()), /^<ido-informatiepunten gemeente="tilburg">/);
    assert.deepEqual(await axe(page), []);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('on another origin the gemeente embed and the widget show status now, hours today and phone', async () => {
  const api = JSON.parse(await readFile(join(SITE, 'api/v1/gemeenten/tilburg.json'), 'utf8'));
  const lochal = api.locaties.find((l) => l.id === 'tilburg-lochal');
  // A moment half an hour into the first opening of the LocHal desk in the agenda.
  const slot = lochal.agenda.open[0];
  const ranges = lochal.agenda.open.filter((o) => o.datum === slot.datum);
  const dot = (t) => `${+t.slice(0, 2)}.${t.slice(3)}`;
  const [h, m] = slot.van.split(':').map(Number);
  const local = h * 60 + m + 30;
  const hhmm = (t) => `${String(Math.floor(t / 60)).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}`;
  // Winter or summer time: the UTC instant that is that local time in Amsterdam.
  const at = [60, 120].map((off) => new Date(`${slot.datum}T${hhmm(local - off)}:00Z`))
    .find((d) => d.toLocaleString('sv-SE', { timeZone: 'Europe/Amsterdam' }).slice(11, 16) === hhmm(local));
  const status = `Nu open tot ${dot(slot.tot)} uur.`;
  const hours = 'Vandaag: ' + ranges.map((r) => `${dot(r.van)} tot ${dot(r.tot)} uur`).join(' en ') + '.';
  const snippet = JSON.parse(await readFile(join(SITE, 'embed/gemeenten/tilburg/oembed.json'), 'utf8')).html
    .replaceAll('https://www.informatiepunt.example/', server.url);
  const widget = `<ido-informatiepunten gemeente="tilburg"><a href="${server.url}gemeenten/tilburg/">Informatiepunten in Tilburg</a></ido-informatiepunten><script src="${server.url}js/widget.js" defer></script>`;
  const dir = await mkdtemp(join(tmpdir(), 'host-'));
  await writeFile(join(dir, 'index.html'), `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Gemeente Tilburg</title><link rel="icon" href="data:,"></head>
    <body><main><h1>Hulp bij de digitale overheid</h1>${snippet}<h2>In uw buurt</h2>${widget}</main></body></html>`);
  const host = await serve(dir);
  const context = await browser.newContext({ viewport: { width: 390, height: 900 } });
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  try {
    await page.clock.setFixedTime(at);
    await page.goto(host.url, { waitUntil: 'load' });
    assert.notEqual(new URL(host.url).port, new URL(server.url).port, 'another origin');
    // The iframe, sized to its content.
    const frame = page.locator('iframe[data-ido]');
    await page.waitForFunction((el) => el.getAttribute('scrolling') === 'no', await frame.elementHandle());
    const inner = page.frameLocator('iframe[data-ido]');
    const card = inner.locator('[data-ido-kaart]').filter({ hasText: 'LocHal' });
    assert.equal(await card.locator('.card-status').innerText(), status);
    assert.equal(await card.locator('.card-today').innerText(), hours);
    assert.equal(await card.locator('a[href^="tel:"]').innerText(), lochal.contact.telefoon);
    const call = inner.locator('[data-ido-kaart]').filter({ hasText: 'Telefonisch' });
    assert.equal(await call.locator('a[href="tel:+31135421299"]').innerText(), '013 542 1299');
    assert.equal(await call.getByText('langskomen').count(), 0);
    // The widget, in the host page: the same facts.
    const item = page.locator('ido-informatiepunten li').filter({ hasText: 'LocHal' });
    await item.waitFor();
    assert.equal(await item.locator('.ido-status').innerText(), status);
    assert.equal(await item.locator('.ido-vandaag').innerText(), hours);
    assert.equal(await item.locator('a[href^="tel:"]').innerText(), lochal.contact.telefoon);
    const phone = page.locator('ido-informatiepunten li').filter({ hasText: 'Telefonisch' });
    assert.equal(await phone.locator('a[href="tel:+31135421299"]').innerText(), '013 542 1299');
    assert.equal(await phone.getByText('langskomen').count(), 0, 'the widget never says: walk in to a phone service');
    assert.equal(await phone.locator('p').first().innerText(), 'Hulp via de telefoon');
    assert.deepEqual(await axe(page), []);
    // And the embedded page itself.
    const embedded = page.frames().find((f) => f.url().includes('/embed/gemeenten/tilburg/'));
    await embedded.addScriptTag({ path: new URL(import.meta.resolve('axe-core/axe.min.js')).pathname });
    const inside = await embedded.evaluate(async () => (await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })).violations.map((v) => v.id));
    assert.deepEqual(inside, []);
    assert.deepEqual(outsideHosts(requests), []);
    assert.ok(requests.every((u) => u.startsWith(host.url) || u.startsWith(server.url) || u.startsWith('data:')), 'only the host and the IDO site');
    assert.deepEqual(errors, []);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/host-tilburg-390.png`, fullPage: true });
  } finally {
    await context.close();
    await host.close();
  }
});
