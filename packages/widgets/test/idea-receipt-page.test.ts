// The idea receipt page in a real Chromium against the real server: the link the idea form gives an
// author opens a page they can read (axe WCAG 2.2 AA, under its strict CSP, no script needed), and its
// form erases the idea.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'puppeteer-core';
import { createClient } from '@inspraak/sdk';
import { startTestServer, type TestServer } from '../../server/src/testing.ts';
import { describeViolations, runAxe } from '../../../scripts/axe-page.ts';
import { launchChromium, openRecorded } from './browser-page.ts';

let server: TestServer;
let browser: Browser;

before(async () => {
  server = await startTestServer();
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

describe('the idea receipt page', () => {
  it('shows the author where their idea stands, passes axe, and erases it by its form', async () => {
    const admin = createClient({ baseUrl: server.baseUrl, adminToken: server.adminToken });
    const board = await admin.admin.boards.create({ title: 'Ideeën voor het park', categories: [{ id: 'cat_groen', label: 'Groen' }] } as never);
    const resident = createClient({ baseUrl: server.baseUrl, siteKey: server.siteKey, participantStore: new Map() });
    const { receipt } = await resident.ideas.create(board.id, { title: 'Een bankje bij de vijver', description: 'Om even te rusten.', categoryId: 'cat_groen' });

    const context = await browser.createBrowserContext();
    const { tab, errors } = await openRecorded(context, server.origin, receipt.url);
    // Headless Chromium asks for English (Accept-Language en-US): the page speaks the reader's language.
    assert.equal(await tab.evaluate(() => document.documentElement.lang), 'en');
    assert.equal(await tab.evaluate(() => document.querySelector('h1')?.textContent), 'Een bankje bij de vijver');
    assert.match(await tab.evaluate(() => document.body.innerText), /Status: Submitted/);
    assert.deepEqual(describeViolations((await runAxe(tab)).violations), []);

    await tab.click('input[name=confirm]');
    await Promise.all([tab.waitForNavigation(), tab.click('button[type=submit]')]);
    assert.equal(await tab.evaluate(() => document.querySelector('h1')?.textContent), 'Your idea has been erased');
    assert.deepEqual(describeViolations((await runAxe(tab)).violations), []);
    // No CSP violation, no failed request.
    assert.deepEqual(errors, []);
    await assert.rejects(resident.ideas.byReceipt(receipt.token), (error: { status?: number }) => error.status === 404);
    await context.close();
  });
});
