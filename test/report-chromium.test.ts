// The HTML report as a reader opens it: Debian's Chromium (driven by playwright-core, never a
// downloaded browser) loads the report for the examples plus a hostile corpus, and must show
// every diagram while running no script and fetching nothing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
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
            // Links only within the page: to a fragment of the report's own (`#r-…`).
            handlers: [...document.querySelectorAll('*')].flatMap(el =>
                el.getAttributeNames().filter(name => /^on|^src$/i.test(name) || (/href$/i.test(name) && !/^#r-[\w-]+$/.test(el.getAttribute(name) ?? '')))
            ),
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

    it('scales every diagram to the column, keeping its shape, and shows one at full size when its link is followed', async () => {
        const page = await open({ width: 1400, height: 900 });
        const column = await page.evaluate(() => {
            const main = document.querySelector('main')!;
            const style = getComputedStyle(main);
            return main.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        });
        const sizes = await diagramSizes(page);
        // The examples' stack and alignment views are wider than the column: these are the ones this is about.
        expect(sizes.filter(size => size.natural > column).length).toBeGreaterThanOrEqual(2);
        for (const size of sizes) {
            expect(size.width, size.heading).toBeLessThanOrEqual(column + 0.5);
            expect(size.width / size.height, size.heading).toBeCloseTo(size.ratio, 1);
            // Nothing scrolls inside a figure (a scroll box is a keyboard trap unless focusable).
            expect(size.scrolls, size.heading).toBe(false);
        }
        const wide = sizes.findIndex(size => size.natural > column);
        const id = `r-d${wide + 1}`;
        await page.click(`a[href="#${id}"].r-full`);
        expect(await page.evaluate(() => location.hash)).toBe(`#${id}`);
        const full = (await diagramSizes(page))[wide]!;
        expect(full.width).toBeCloseTo(full.natural, 0);
        // The page scrolls sideways instead, and the way back to the scaled diagram is a link beside it.
        expect(await page.evaluate(() => document.documentElement.scrollWidth > innerWidth)).toBe(true);
        await page.click(`a[href="#${id}-h"].r-fit`);
        expect((await diagramSizes(page))[wide]!.width).toBeLessThanOrEqual(column + 0.5);
        await page.close();
    });

    it('opens with a skip link and a table of contents whose links all lead somewhere; findings and indicators come before the diagrams', async () => {
        const page = await open({ width: 1200, height: 900 });
        await page.keyboard.press('Tab');
        const skip = await page.evaluate(() => {
            const link = document.activeElement as HTMLAnchorElement;
            const box = link.getBoundingClientRect();
            return { text: link.textContent, href: link.getAttribute('href'), onScreen: box.top >= 0 && box.height > 0 };
        });
        expect(skip).toEqual({ text: 'Skip to the report', href: '#r-main', onScreen: true });
        const dom = await page.evaluate(() => {
            const targets = [...document.querySelectorAll('a[href^="#"]')].map(a => a.getAttribute('href')!.slice(1));
            const before = (a: Element | null, b: Element | null) =>
                a !== null && b !== null && (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
            const figure = document.querySelector('figure');
            return {
                toc: document.querySelectorAll('nav a').length,
                missing: targets.filter(id => document.getElementById(id) === null),
                findingsFirst: before(document.getElementById('r-findings'), figure),
                indicatorsFirst: before(document.getElementById('r-indicators'), figure),
                tocFirst: before(document.querySelector('nav'), document.querySelector('main'))
            };
        });
        // Summary, findings, indicators, diagrams, and each of the 17 diagrams.
        expect(dom).toEqual({ toc: 4 + 17, missing: [], findingsFirst: true, indicatorsFirst: true, tocFirst: true });
        await page.close();
    });

    it('prints one diagram per page, each whole within the page', async () => {
        // An A4 page at 96 dpi, less the 15 mm margins: 180 × 267 mm.
        const page = await open({ width: 680, height: 1009 });
        await page.emulateMedia({ media: 'print' });
        const printed = await page.evaluate(() =>
            [...document.querySelectorAll('figure')].map(figure => ({
                breakBefore: getComputedStyle(figure).breakBefore,
                previous: figure.previousElementSibling?.id ?? '',
                box: figure.querySelector('svg')!.getBoundingClientRect().toJSON() as DOMRect
            }))
        );
        expect(printed).toHaveLength(17);
        for (const [index, { breakBefore, previous, box }] of printed.entries()) {
            // The first follows the "Diagrams" heading, which itself starts the page.
            expect(breakBefore, `figure ${index + 1}`).toBe(previous === 'r-diagrams' ? 'auto' : 'page');
            expect(box.width, `figure ${index + 1}`).toBeLessThanOrEqual(680);
            expect(box.height, `figure ${index + 1}`).toBeLessThanOrEqual(567);
        }
        expect(await page.evaluate(() => getComputedStyle(document.getElementById('r-diagrams')!).breakBefore)).toBe('page');
        expect(await page.evaluate(() => getComputedStyle(document.querySelector('nav')!).display)).toBe('none');
        const pdf = await page.pdf({ format: 'A4', margin: {} });
        expect(pdf.length).toBeGreaterThan(10_000);
        await page.close();
    });

    async function open(viewport: { width: number; height: number }): Promise<Page> {
        const page = await browser.newPage({ viewport });
        await page.route('**/*', route => (route.request().url() === url() ? route.continue() : route.abort()));
        await page.goto(url(), { waitUntil: 'load' });
        return page;
    }

    function url(): string {
        return `http://127.0.0.1:${(server.address() as AddressInfo).port}/report.html`;
    }
});

/** Each diagram as drawn: its rendered size, its natural width (the SVG's width attribute), its viewBox's shape, and whether its box scrolls. */
function diagramSizes(page: Page) {
    return page.evaluate(() =>
        [...document.querySelectorAll('figure')].map(figure => {
            const svg = figure.querySelector('svg')!;
            const box = svg.getBoundingClientRect();
            const [, , w, h] = svg.getAttribute('viewBox')!.split(' ').map(Number);
            const scrolls = [svg.parentElement!, figure].some(el => el.scrollWidth > el.clientWidth && getComputedStyle(el).overflowX !== 'visible');
            return {
                heading: figure.querySelector('h3')!.textContent,
                width: box.width,
                height: box.height,
                natural: Number(svg.getAttribute('width')),
                ratio: w! / h!,
                scrolls
            };
        })
    );
}
