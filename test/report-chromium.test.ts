// The HTML report as a reader opens it: Debian's Chromium (driven by playwright-core, never a
// downloaded browser) loads the report for the examples plus a hostile corpus, and must show
// every diagram while running no script and fetching nothing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_FILE, HOSTILE_SVC, HOSTILE_TITLES } from './support/hostile-corpus.js';
import { CLI, REPO } from './support/paths.js';
import { CHROMIUM_FLAGS } from './support/chromium.js';

const CHROMIUM = process.env['SVC_CHROMIUM'] ?? '/usr/bin/chromium';
const RESULTS = join(REPO, 'test-results');

const skip = !existsSync(CHROMIUM) && !process.env['SVC_E2E_REQUIRED'];
if (skip) console.warn(`HTML report browser test skipped: no ${CHROMIUM} (apt-get install -y chromium).`);

describe.skipIf(skip)('the HTML report in Chromium', { timeout: 120_000 }, () => {
    let temp: string;
    let html: string;
    let browser: Browser;
    let server: Server;
    /** Every path the page asked the server for. */
    const served: string[] = [];

    beforeAll(async () => {
        temp = mkdtempSync(join(tmpdir(), 'svc-report-chromium-'));
        writeFileSync(join(temp, HOSTILE_FILE), HOSTILE_SVC);
        const run = spawnSync(process.execPath, [CLI, 'report', join(REPO, 'examples'), HOSTILE_FILE, '--out', 'report.html'], { cwd: temp, encoding: 'utf8' });
        expect(run.status, run.stderr).toBe(0);
        html = readFileSync(join(temp, 'report.html'), 'utf8');
        // Served over HTTP rather than file:, so that the browser's every request passes a route this test sees.
        server = createServer((request, response) => {
            served.push(request.url ?? '');
            response.writeHead(request.url === '/report.html' ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
            response.end(request.url === '/report.html' ? html : '');
        });
        await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
        browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
    });

    afterAll(async () => {
        await browser?.close();
        await new Promise(resolve => server?.close(resolve));
        if (temp) rmSync(temp, { recursive: true, force: true });
    });

    it('shows every diagram, runs no script, fetches nothing but itself', async () => {
        const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/report.html`;
        const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
        const requests: string[] = [];
        const events: string[] = [];
        await page.route('**/*', route => {
            requests.push(route.request().url());
            return route.request().url() === url ? route.continue() : route.abort();
        });
        page.on('pageerror', error => events.push(`pageerror: ${error.message}`));
        // A CSP violation (an inline handler, a blocked image) is reported on the console, as is any script's output.
        page.on('console', message => events.push(`console: ${message.text()}`));
        page.on('dialog', dialog => {
            events.push(`dialog: ${dialog.message()}`);
            return dialog.dismiss();
        });
        await page.addInitScript(() => Object.assign(window, { svcFlag: 'untouched' }));
        await page.goto(url, { waitUntil: 'load' });

        const expected = (html.match(/<svg /g) ?? []).length;
        // stack, alignment, agility, and a profile and a gap chart for each of the 7 services with SEM values.
        expect(expected).toBe(3 + 2 * 7);
        const svgs = page.locator('svg.svc-diagram');
        expect(await svgs.count()).toBe(expected);
        for (const svg of await svgs.all()) {
            const box = await svg.boundingBox();
            expect(box?.width).toBeGreaterThan(100);
            expect(box?.height).toBeGreaterThan(100);
        }
        const dom = await page.evaluate(() => ({
            flag: (window as unknown as { svcFlag?: string }).svcFlag,
            pwned: 'pwned' in window,
            scripts: document.querySelectorAll('script, img, iframe, object, embed, link, foreignObject').length,
            handlers: [...document.querySelectorAll('*')].flatMap(el => el.getAttributeNames().filter(name => /^on|href$|^src$/i.test(name))),
            text: document.body.textContent ?? ''
        }));
        expect(dom).toMatchObject({ flag: 'untouched', pwned: false, scripts: 0, handlers: [] });
        for (const title of HOSTILE_TITLES) expect(dom.text).toContain(title);
        await page.waitForTimeout(300);
        expect(events).toEqual([]);
        expect(requests).toEqual([url]);
        expect(served).toEqual(['/report.html']);

        mkdirSync(RESULTS, { recursive: true });
        await page.screenshot({ path: join(RESULTS, 'report.png'), fullPage: true });
        await page.close();
    });
});
