// tests/e2e/ui_partner.test.mjs - a partner theme file with a PNG logo: the page decodes it and the menu bar shows it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { PNG } from 'pngjs';
import { artifactPath, dropFile, openEstimator, useEstimatorSite, waitForFrames, waitForState, widgetRect }
  from './harness.mjs';

const site = useEstimatorSite();

/** A 48 x 16 logo: an orange bar on the left third, white elsewhere, fully opaque. */
function logoPng() {
  const png = new PNG({ width: 48, height: 16 });
  for (let y = 0; y < 16; ++y) {
    for (let x = 0; x < 48; ++x) {
      const i = (y * 48 + x) * 4;
      const orange = x < 16;
      png.data[i] = 255;
      png.data[i + 1] = orange ? 153 : 255;
      png.data[i + 2] = orange ? 0 : 255;
      png.data[i + 3] = 255;
    }
  }
  return PNG.sync.write(png);
}


test('a partner theme with a PNG logo shows the logo beside the partner name in the menu bar', async () => {
  const { context, page, consoleErrors } = await openEstimator(site.browser, site.server.url);
  const theme = {
    format: 'estimator-partner-theme',
    partnerName: 'Acme Cloud',
    accentColor: '#FF9900',
    logo: 'data:image/png;base64,' + logoPng().toString('base64'),
  };
  await dropFile(page, 'acme-theme.json', JSON.stringify(theme), 'application/json');
  const s = await waitForState(page, (x) => x.partner.logoTexture, 'the decoded logo');
  assert.equal(s.partner.name, 'Acme Cloud');
  assert.equal(s.partner.logoMime, 'image/png');
  assert.equal(s.partner.logoWidth, 48);
  assert.equal(s.partner.logoHeight, 16);
  await waitForFrames(page, 3);
  const logo = await widgetRect(page, 'partner.logo');
  const name = await widgetRect(page, 'partner.name');
  assert.ok(logo.width > 0 && logo.height > 0, 'the logo is drawn');
  // Scaled to the menu bar's height with its 3:1 aspect kept.
  assert.ok(Math.abs(logo.width / logo.height - 3) < 0.05, `aspect ${logo.width / logo.height}`);
  assert.ok(logo.x + logo.width <= name.x + 1, 'the logo is left of the partner name');
  const shot = artifactPath('partner-logo.png');
  await page.screenshot({ path: shot, clip: { x: 0, y: 0, width: 640, height: 40 } });
  // The orange third of the logo is on screen: sample the middle of the logo's left third.
  const image = PNG.sync.read(readFileSync(shot));
  const px = Math.round(logo.x + logo.width / 6);
  const py = Math.round(logo.y + logo.height / 2);
  const i = (py * image.width + px) * 4;
  const [r, g, b] = [image.data[i], image.data[i + 1], image.data[i + 2]];
  assert.ok(r > 200 && g > 100 && g < 200 && b < 80, `orange logo pixel, got ${r},${g},${b}`);
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('a partner theme whose logo is not an image data URL is refused with the reason', async () => {
  const { context, page } = await openEstimator(site.browser, site.server.url);
  await dropFile(page, 'bad-theme.json', JSON.stringify({ partnerName: 'Acme Cloud', logo: 'acme.png' }), 'application/json');
  const s = await waitForState(page, (x) => x.notices.some((n) => n.includes('logo:')), 'the refusal');
  assert.ok(s.notices.some((n) => n.includes('bad-theme.json') && n.includes('PNG, JPEG or SVG')), JSON.stringify(s.notices));
  assert.equal(s.partner.name, '', 'the theme is not applied');
  await context.close();
});
