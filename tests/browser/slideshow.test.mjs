// The narrowcasting slideshows: the same axe test as the site, nothing requested but the
// page itself, slides that advance on their own, and "this week" recomputed in the browser.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, open, axe, outsideHosts } from './helpers.mjs';

const SITE = process.env.SITE_DIR;
if (!SITE) throw new Error('set SITE_DIR to a built site (scripts/test.sh does)');
const SHOWS = {
  location: 'scherm/dordrecht-samenwerkplein/',
  organisation: 'scherm/organisatie/coda-apeldoorn/',
};

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

for (const [name, path] of Object.entries(SHOWS)) {
  for (const [width, height] of [[1920, 1080], [1080, 1920]]) {
    test(`${name} slideshow at ${width}×${height}: no axe violations, one request, text fits`, async () => {
      const { page, context, requests, errors } = await open(browser, server.url + path, width);
      try {
        await page.setViewportSize({ width, height });
        assert.deepEqual(await axe(page), []);
        assert.deepEqual(outsideHosts(requests), []);
        // Everything is inside the page: the one request is the page itself.
        assert.deepEqual(requests.filter((u) => !u.startsWith('data:')), [server.url + path]);
        assert.deepEqual(errors, []);
        // Exactly one slide shows, and its content stays inside the screen.
        const shown = page.locator('.dia:not([hidden])');
        assert.equal(await shown.count(), 1);
        const fits = await shown.evaluate((s) => s.scrollHeight <= s.clientHeight + 1 && s.scrollWidth <= s.clientWidth + 1);
        assert.ok(fits, 'the slide content overflows the screen');
        // No text smaller than 48 px on a full-HD screen.
        const smallest = await page.evaluate(() => Math.min(...[...document.querySelectorAll('.dia:not([hidden]) *')]
          .filter((e) => e.childNodes.length && [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim()))
          .map((e) => parseFloat(getComputedStyle(e).fontSize))));
        assert.ok(smallest >= 47.9, `smallest text ${smallest}px`);
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
  const items = await page.locator('.week .lijst li').allInnerTexts();
  assert.ok(items[0].startsWith('Maandag 7 december'), items.join(' | '));
  await context.close();
});
