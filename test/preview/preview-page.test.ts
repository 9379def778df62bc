// The preview page as the extension serves it (previewHtml and the bundled script, under the
// page's CSP), in Debian's Chromium with a stub of VS Code's webview API: it draws what it is
// sent with the real renderer's SVG, posts the right messages back, pans and zooms, and keeps a
// hostile corpus of names and titles inert. Needs `npm run build` (out/preview) and
// /usr/bin/chromium; never downloads a browser.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { renderView, type ViewName } from '@svc-lang/diagram';
import { validateFiles } from '@svc-lang/language';
import { previewHtml } from '../../packages/vscode/src/preview/preview-html.js';
import type { FromPage, ToPage } from '../../packages/vscode/src/preview/messages.js';
import { REPO } from '../support/paths.js';
import { axeViolations, describeViolations } from '../support/axe.js';
import { CHROMIUM_FLAGS } from '../support/chromium.js';

const CHROMIUM = '/usr/bin/chromium';
const ORIGIN = 'https://preview.test';
const BUNDLE = join(REPO, 'packages/vscode/out/preview');
const NONCE = 'n0nce-for-the-test-page_0123456789';

const WORKSPACE = `package acme
stakeholder Boss { perspective business }
need Estimating "Estimate costs" { raisedBy Boss }
service Estimator "Estimating package" at business-process-execution { addresses Estimating }
`;
// Titles may hold anything between quotes: each of these must show as the text it is.
const HOSTILE_TITLES = [
    '</script><script>window.__pwned = "script"</script>',
    '"><img src=x onerror="window.__pwned = \'img\'">',
    'javascript:window.__pwned = "url"',
    '<svg onload="window.__pwned = \'svg\'">'
];
const quoted = (title: string) => `"${title.replace(/"/g, '\\"')}"`;
const HOSTILE = `package evil
stakeholder Mallory ${quoted(HOSTILE_TITLES[0]!)} { perspective business }
need Trap ${quoted(HOSTILE_TITLES[0]!)} { raisedBy Mallory }
need Snare ${quoted(HOSTILE_TITLES[1]!)} { raisedBy Mallory }
service Lure ${quoted(HOSTILE_TITLES[2]!)} at business-process-execution { addresses Trap, Snare }
service Bait ${quoted(HOSTILE_TITLES[3]!)} at it-operations
`;

/** What no emitter of ours writes: the sanitizer must drop it all before CSP even has to act. */
const CRAFTED = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="200" height="100" viewBox="0 0 200 100" onload="window.__pwned='onload'">
<script>window.__pwned = 'svg script'</script>
<g data-element="evil.Shape" onclick="window.__pwned='onclick'"><rect class="box" width="80" height="40" style="fill:red"/></g>
<a href="javascript:window.__pwned='link'"><text x="100" y="20">link</text></a>
<a xlink:href="javascript:window.__pwned='xlink'"><text x="100" y="40">xlink</text></a>
<text x="100" y="60" onclick="window.__pwned='text'">plain</text>
<foreignObject width="50" height="50"><iframe xmlns="http://www.w3.org/1999/xhtml" src="javascript:parent.__pwned='iframe'"></iframe></foreignObject>
<set attributeName="onmouseover" to="window.__pwned='set'"/>
<animate attributeName="href" values="javascript:window.__pwned='animate'"/>
<image href="x" onerror="window.__pwned='image'"/>
<use href="data:image/svg+xml,%3Csvg%20onload%3D%22alert(1)%22%2F%3E"/>
<rect width="10" height="10" fill="javascript:alert(1)"/>
</svg>`;

async function drawWorkspace(text: string, view: ViewName, theme: 'light' | 'dark' = 'light'): Promise<string> {
    const folder = mkdtempSync(join(tmpdir(), 'svc-preview-page-'));
    try {
        const file = join(folder, 'workspace.svc');
        writeFileSync(file, text);
        const input = await validateFiles([file], { today: '2011-01-31' });
        return await renderView(input, view, { theme });
    } finally {
        rmSync(folder, { recursive: true, force: true });
    }
}

const available = existsSync(CHROMIUM) && existsSync(join(BUNDLE, 'preview.js'));
if (!available) console.warn(`preview page test skipped: needs ${CHROMIUM} and npm run build`);

describe.skipIf(!available && !process.env['SVC_E2E_REQUIRED'])('the preview page in Chromium', () => {
    let browser: Browser;
    let page: Page;
    let errors: string[];
    let stack: string;

    beforeAll(async () => {
        browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
        stack = await drawWorkspace(WORKSPACE, 'stack');
    }, 60_000);

    afterAll(async () => {
        await browser?.close();
    });

    beforeEach(async () => {
        page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
        errors = [];
        page.on('pageerror', error => errors.push(`pageerror: ${error.message}`));
        page.on('console', message => errors.push(`console ${message.type()}: ${message.text()}`));
        page.on('dialog', dialog => {
            errors.push(`dialog: ${dialog.message()}`);
            void dialog.dismiss();
        });
        // VS Code's API, stubbed: what the page posts is kept for the test to read. Init scripts
        // run before the page's own and are not subject to its CSP.
        await page.addInitScript(() => {
            const w = window as unknown as Record<string, unknown>;
            w['__posted'] = [];
            w['__violations'] = [];
            w['__pwned'] = false;
            document.addEventListener('securitypolicyviolation', event =>
                (w['__violations'] as string[]).push(`${event.violatedDirective} ${event.blockedURI}`)
            );
            w['acquireVsCodeApi'] = () => ({
                postMessage: (message: unknown) => (w['__posted'] as unknown[]).push(message),
                // Kept in sessionStorage, as VS Code keeps it outside the page, so that a reload restores it.
                getState: () => JSON.parse(sessionStorage.getItem('state') ?? 'null'),
                setState: (state: unknown) => sessionStorage.setItem('state', JSON.stringify(state))
            });
        });
        const html = previewHtml({ cspSource: ORIGIN, nonce: NONCE, scriptUri: `${ORIGIN}/preview.js`, styleUri: `${ORIGIN}/preview.css` });
        // Everything comes from this fake origin; anything else the page tried to load would fail the test.
        await page.route('**/*', route => {
            const url = new URL(route.request().url());
            if (url.origin !== ORIGIN) {
                errors.push(`request: ${url.href}`);
                return route.abort();
            }
            if (url.pathname === '/') return route.fulfill({ contentType: 'text/html', body: html });
            const file = join(BUNDLE, url.pathname.slice(1));
            return existsSync(file) ? route.fulfill({ path: file }) : route.fulfill({ status: 404 });
        });
        await page.goto(`${ORIGIN}/`);
        await expect.poll(posted).toEqual([{ type: 'ready' }]);
    });

    const posted = () => page.evaluate(() => (window as unknown as { __posted: FromPage[] }).__posted);
    const send = (message: unknown) => page.evaluate(m => window.postMessage(m, '*'), message);
    const transform = () => page.locator('#canvas').evaluate(canvas => (canvas as HTMLElement).style.transform);
    const diagram = (svg: string, more: Partial<Extract<ToPage, { type: 'diagram' }>> = {}): ToPage => ({
        type: 'diagram',
        svg,
        view: 'stack',
        element: null,
        services: [],
        valued: more.services?.length ?? 0,
        notice: null,
        scope: 'package',
        depth: 1,
        manages: true,
        ...more
    });
    /** Nothing ran, nothing foreign is in the page, nothing was reported, except (when `blocked`) what the CSP blocked. */
    const inert = async (blocked = false) => {
        expect(await page.evaluate(() => (window as unknown as { __pwned: unknown }).__pwned)).toBe(false);
        expect(await page.locator('img, iframe, script:not([nonce]), foreignObject').count()).toBe(0);
        expect(errors.filter(error => !blocked || !error.includes('violates the following Content Security Policy directive'))).toEqual([]);
    };

    it('draws an SVG it is sent, styled under the CSP (its stylesheet carries the nonce), with no violation', async () => {
        await send(diagram(stack));
        const box = page.locator('[data-element="acme.Estimator"] > .box');
        await expect.poll(() => box.count()).toBe(1);
        // The light theme's service colour: the diagram's own <style> applied.
        expect(await box.evaluate(rect => getComputedStyle(rect).fill)).toBe('rgb(226, 237, 251)');
        expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
        expect(await page.locator('#banner').isHidden()).toBe(true);
        await inert();
    });

    it("shows a stale diagram's notice in the banner, and a failure without losing the diagram", async () => {
        await send(diagram(stack, { notice: 'a.svc has syntax errors: showing the last diagram drawn without syntax errors.' }));
        await expect.poll(() => page.locator('#banner').textContent()).toBe('a.svc has syntax errors: showing the last diagram drawn without syntax errors.');
        await send({ type: 'failure', message: 'no service has values to draw in the gaps view' });
        await expect.poll(() => page.locator('#banner').textContent()).toBe('no service has values to draw in the gaps view');
        expect(await page.locator('.node[data-element="acme.Estimator"]').count()).toBe(1);
        await inert();
    });

    it('posts the view chosen in the switcher, and the service chosen in the picker', async () => {
        await send(diagram(stack));
        await page.locator('#view').selectOption('alignment');
        await send(diagram(stack, { view: 'gaps', element: 'acme.Estimator', services: ['acme.Estimator', 'acme.Pricing'] }));
        await expect.poll(() => page.locator('#element').isVisible()).toBe(true);
        expect(await page.locator('#view').inputValue()).toBe('gaps');
        await page.locator('#element').selectOption('acme.Pricing');
        await page.locator('#export').click();
        expect((await posted()).slice(1)).toEqual([
            { type: 'selectView', view: 'alignment' },
            { type: 'selectElement', element: 'acme.Pricing' },
            { type: 'export' }
        ]);
    });

    it('shows the scope drawn, offers the others, and asks for steps only around the caret', async () => {
        await send(diagram(stack));
        await expect.poll(() => page.locator('#scope').inputValue()).toBe('package');
        expect(await page.locator('#scope option').allTextContents()).toEqual(["This file's package", 'This file', 'Around the caret', 'Whole workspace']);
        expect(await page.locator('#depth').isHidden()).toBe(true);
        await page.locator('#scope').selectOption('element');
        expect(await page.locator('#depth').isVisible()).toBe(true);
        await page.locator('#depth').fill('3');
        await page.locator('#depth').press('Enter');
        await page.locator('#depth').fill('42');
        await page.locator('#depth').press('Enter');
        await page.locator('#scope').selectOption('workspace');
        expect((await posted()).slice(1)).toEqual([
            { type: 'selectScope', scope: 'element', depth: 1 },
            { type: 'selectScope', scope: 'element', depth: 3 },
            { type: 'selectScope', scope: 'element', depth: 9 },
            { type: 'selectScope', scope: 'workspace', depth: 9 }
        ]);
        // A per-service view is about its service: no scope there.
        await send(diagram(stack, { view: 'gaps', element: 'acme.Estimator', services: ['acme.Estimator'] }));
        await expect.poll(() => page.locator('#scope').isHidden()).toBe(true);
        expect(await page.locator('#depth').isHidden()).toBe(true);
        await send(diagram(stack, { scope: 'element', depth: 2 }));
        await expect.poll(() => page.locator('#depth').inputValue()).toBe('2');
        expect(await page.locator('#scope').inputValue()).toBe('element');
    });

    it('offers the manages toggle in the stack view only, and posts it', async () => {
        await send(diagram(stack));
        await expect.poll(() => page.locator('#manages').isVisible()).toBe(true);
        expect(await page.locator('#manages').getAttribute('aria-pressed')).toBe('true');
        await page.locator('#manages').click();
        expect(await page.locator('#manages').getAttribute('aria-pressed')).toBe('false');
        expect((await posted()).slice(1)).toEqual([{ type: 'showManages', on: false }]);
        await send(diagram(stack, { manages: false }));
        await expect.poll(() => page.locator('#manages').getAttribute('aria-pressed')).toBe('false');
        await send(diagram(stack, { view: 'alignment' }));
        await expect.poll(() => page.locator('#manages').isHidden()).toBe(true);
    });

    it('lists the services with values first, and the others under their own heading', async () => {
        await send(diagram(stack, { view: 'gaps', element: 'acme.Estimator', services: ['acme.Estimator', 'acme.Pricing', 'acme.Stub'], valued: 2 }));
        await expect.poll(() => page.locator('#element').isVisible()).toBe(true);
        expect(await page.locator('#element > option').allTextContents()).toEqual(['acme.Estimator', 'acme.Pricing']);
        expect(await page.locator('#element > optgroup').getAttribute('label')).toBe('No values yet');
        expect(await page.locator('#element > optgroup > option').allTextContents()).toEqual(['acme.Stub']);
    });

    it('posts a reveal with the qualified name when a shape is clicked', async () => {
        await send(diagram(stack));
        await page.locator('.node[data-element="acme.Estimator"]').click();
        await page.locator('.node[data-element="acme.Estimating"]').click();
        expect((await posted()).slice(1)).toEqual([
            { type: 'reveal', element: 'acme.Estimator' },
            { type: 'reveal', element: 'acme.Estimating' }
        ]);
    });

    it('pans by dragging (without revealing), zooms with Ctrl and the wheel and the buttons, and fits again', async () => {
        await send(diagram(stack));
        await expect.poll(transform).toMatch(/^translate/);
        const fitted = await transform();
        const box = (await page.locator('.node[data-element="acme.Estimator"] > .box').boundingBox())!;
        await page.mouse.move(box.x + 5, box.y + 5);
        await page.mouse.down();
        await page.mouse.move(box.x + 65, box.y + 45, { steps: 5 });
        await page.mouse.up();
        const panned = parse(await transform());
        expect(panned.x - parse(fitted).x).toBeCloseTo(60);
        expect(panned.y - parse(fitted).y).toBeCloseTo(40);
        await page.keyboard.down('Control');
        await page.mouse.wheel(0, -100);
        await page.keyboard.up('Control');
        await expect.poll(async () => parse(await transform()).scale).toBeGreaterThan(panned.scale);
        const wheeled = parse(await transform()).scale;
        await page.locator('#zoom-out').click();
        expect(parse(await transform()).scale).toBeCloseTo(wheeled / 1.25);
        await page.locator('#fit').click();
        expect(await transform()).toBe(fitted);
        expect((await posted()).slice(1)).toEqual([]);
    });

    it('scrolls with the wheel alone, shows natural size with 100% and 0, and zooms with + and -', async () => {
        await send(diagram(stack));
        await expect.poll(transform).toMatch(/^translate/);
        const fitted = parse(await transform());
        await page.mouse.move(300, 300);
        await page.mouse.wheel(0, 120);
        await expect.poll(async () => parse(await transform()).y).toBeCloseTo(fitted.y - 120);
        expect(parse(await transform()).scale).toBe(fitted.scale);
        await page.locator('#zoom-in').click();
        await page.locator('#actual').click();
        expect(parse(await transform()).scale).toBe(1);
        await page.locator('#viewport').click({ position: { x: 5, y: 5 } });
        await page.keyboard.press('+');
        expect(parse(await transform()).scale).toBeCloseTo(1.25);
        await page.keyboard.press('-');
        await page.keyboard.press('-');
        expect(parse(await transform()).scale).toBeCloseTo(0.8);
        await page.keyboard.press('0');
        expect(parse(await transform()).scale).toBe(1);
    });

    it('fits a diagram too wide to read whole to a readable scale from its top: its smallest text at 8 px or more', async () => {
        const wide = `<svg xmlns="http://www.w3.org/2000/svg" width="6000" height="1200" viewBox="0 0 6000 1200"><style>text { font-size: 11px; }</style>${Array.from({ length: 20 }, (_, i) => `<text x="${i * 300}" y="40">label ${i}</text>`).join('')}</svg>`;
        await send(diagram(wide));
        await expect.poll(transform).toMatch(/^translate/);
        const fitted = parse(await transform());
        expect(fitted.scale * 11).toBeGreaterThanOrEqual(8);
        expect(fitted.y).toBe(16);
        const label = (await page.locator('svg text').first().boundingBox())!;
        expect(label.height).toBeGreaterThanOrEqual(8);
    });

    it('keeps the toolbar on one line in a 400 px wide pane', async () => {
        await page.setViewportSize({ width: 400, height: 600 });
        await send(
            diagram(stack, { view: 'gaps', element: 'acme.Estimator', services: ['acme.Estimator', 'acme.AVeryLongServiceNameIndeedForTheServicePicker'] })
        );
        await expect.poll(() => page.locator('#element').isVisible()).toBe(true);
        const boxes = await page.locator('.toolbar > :not([hidden])').evaluateAll(items =>
            items.map(item => {
                const { top, bottom, right } = item.getBoundingClientRect();
                return { top, bottom, right };
            })
        );
        // One line: every item overlaps every other vertically; none runs past the pane.
        expect(Math.max(...boxes.map(box => box.top))).toBeLessThan(Math.min(...boxes.map(box => box.bottom)));
        expect(Math.max(...boxes.map(box => box.right))).toBeLessThanOrEqual(400);
    });

    it("marks the declaration under the editor's caret, scrolls it into view, keeps it marked across redraws, and toggles following", async () => {
        await send(diagram(stack));
        await expect.poll(transform).toMatch(/^translate/);
        expect(await page.locator('#follow').getAttribute('aria-pressed')).toBe('true');
        // Zoomed in far and panned away: the service is out of view until it is followed.
        await page.locator('#actual').click();
        for (let i = 0; i < 4; i++) await page.locator('#zoom-in').click();
        await send({ type: 'highlight', element: 'acme.Estimator' });
        const marked = page.locator('.followed[data-element="acme.Estimator"]');
        await expect.poll(() => marked.count()).toBeGreaterThan(0);
        expect(await page.locator('.followed:not([data-element="acme.Estimator"])').count()).toBe(0);
        const box = (await marked.first().boundingBox())!;
        const view = (await page.locator('#viewport').boundingBox())!;
        // Centred (give or take the outline the mark adds), and wholly in view.
        expect(Math.abs(box.x + box.width / 2 - (view.x + view.width / 2))).toBeLessThan(20);
        expect(Math.abs(box.y + box.height / 2 - (view.y + view.height / 2))).toBeLessThan(20);
        await send(diagram(stack.replace('Estimating package', 'Estimating suite')));
        await expect.poll(() => page.locator('svg').textContent()).toContain('Estimating suite');
        expect(await marked.count()).toBeGreaterThan(0);
        await send({ type: 'highlight', element: 'acme.Estimating' });
        await expect.poll(() => page.locator('.followed').first().getAttribute('data-element')).toBe('acme.Estimating');
        expect(await marked.count()).toBe(0);
        await page.locator('#follow').click();
        expect(await page.locator('#follow').getAttribute('aria-pressed')).toBe('false');
        expect(await page.locator('.followed').count()).toBe(0);
        await send({ type: 'following', on: true });
        await expect.poll(() => page.locator('#follow').getAttribute('aria-pressed')).toBe('true');
        expect((await posted()).slice(1)).toEqual([{ type: 'follow', on: false }]);
        await inert();
    });

    it("keeps the user's pan and zoom when the same view is drawn again, and fits a new view", async () => {
        await send(diagram(stack));
        await expect.poll(transform).toMatch(/^translate/);
        const fitted = await transform();
        await page.locator('#zoom-in').click();
        const zoomed = await transform();
        await send(diagram(stack.replace('Estimating package', 'Estimating suite')));
        await expect.poll(() => page.locator('svg').textContent()).toContain('Estimating suite');
        expect(await transform()).toBe(zoomed);
        await send(diagram(stack, { view: 'alignment' }));
        await expect.poll(transform).toBe(fitted);
    });

    it('restores the pan and zoom of the same view when VS Code re-creates the hidden page', async () => {
        await send(diagram(stack));
        await expect.poll(transform).toMatch(/^translate/);
        await page.locator('#zoom-in').click();
        const zoomed = await transform();
        await page.reload();
        await send(diagram(stack));
        await expect.poll(transform).toBe(zoomed);
        await send(diagram(stack, { view: 'alignment' }));
        await expect.poll(transform).not.toBe(zoomed);
    });

    it('ignores messages that are not a diagram or a failure, or are malformed', async () => {
        await send(diagram(stack));
        await expect.poll(() => page.locator('[data-element]').count()).toBeGreaterThan(0);
        for (const message of [
            { type: 'diagram', svg: '<svg xmlns="http://www.w3.org/2000/svg"/>' },
            { type: 'eval', code: 'window.__pwned = true' },
            'window.__pwned = true',
            null,
            { type: 'failure', message: 42 }
        ])
            await send(message);
        await send(diagram('not svg at all <'));
        await expect.poll(() => page.locator('#banner').textContent()).toBe('The diagram could not be read.');
        expect(await page.locator('.node[data-element="acme.Estimator"]').count()).toBe(1);
        await inert();
    });

    it('shows hostile titles from the real renderer as plain text, running nothing', async () => {
        for (const view of ['stack', 'alignment'] as const) {
            await send(diagram(await drawWorkspace(HOSTILE, view), { view }));
            await expect.poll(() => page.locator('svg').getAttribute('class')).toContain(`svc-${view}`);
            // Each title is the tooltip (<title>) of its need or service.
            const tooltips = await page.locator('.node > title').allTextContents();
            // Bait is on no path from change to alignment.
            for (const title of view === 'stack' ? HOSTILE_TITLES : HOSTILE_TITLES.slice(0, 3))
                expect(
                    tooltips.some(tooltip => tooltip.includes(title)),
                    `${view}: ${title}`
                ).toBe(true);
            for (const shape of await page.locator('.node[data-element]').all()) await shape.click();
            await inert();
        }
    });

    it('drops scripts, event attributes, foreign content and script URLs from an SVG no emitter of ours wrote', async () => {
        await send(diagram(CRAFTED));
        await expect.poll(() => page.locator('[data-element="evil.Shape"]').count()).toBe(1);
        const names = await page.locator('#canvas *').evaluateAll(elements => elements.map(e => e.localName));
        expect(new Set(names)).toEqual(new Set(['svg', 'g', 'rect', 'text']));
        const attributes = await page.locator('#canvas *').evaluateAll(elements => elements.flatMap(e => [...e.attributes].map(a => `${a.name}=${a.value}`)));
        expect(attributes.filter(a => /^on|^style=|href|javascript|data:/i.test(a))).toEqual([]);
        await page.locator('[data-element="evil.Shape"] > .box').click();
        for (const text of await page.locator('#canvas text').all()) await text.click();
        expect((await posted()).slice(1)).toEqual([{ type: 'reveal', element: 'evil.Shape' }]);
        // Parsing the markup (before cleaning) already meets the CSP, which blocks the handlers and the style attribute.
        await inert(true);
    });

    it('shows hostile service names and notices as text', async () => {
        const name = '"><img src=x onerror="window.__pwned=true">';
        await send(
            diagram(stack, {
                view: 'profile',
                element: name,
                services: [name, '</option><script>window.__pwned=true</script>'],
                notice: '<img src=x onerror="window.__pwned=true">javascript:alert(1)'
            })
        );
        await expect.poll(() => page.locator('#element option').allTextContents()).toEqual([name, '</option><script>window.__pwned=true</script>']);
        expect(await page.locator('#banner').textContent()).toBe('<img src=x onerror="window.__pwned=true">javascript:alert(1)');
        await inert();
    });

    // What VS Code sets on a webview's body for its Light+ and Dark+ themes (the page's colours come from them).
    const THEME_VARIABLES = {
        light: {
            '--vscode-foreground': '#616161',
            '--vscode-editor-background': '#ffffff',
            '--vscode-dropdown-foreground': '#616161',
            '--vscode-dropdown-background': '#ffffff',
            '--vscode-dropdown-border': '#cecece',
            '--vscode-button-secondaryForeground': '#3b3b3b',
            '--vscode-button-secondaryBackground': '#e5e5e5',
            '--vscode-button-foreground': '#ffffff',
            '--vscode-button-background': '#005fb8',
            '--vscode-input-foreground': '#3b3b3b',
            '--vscode-input-background': '#ffffff'
        },
        dark: {
            '--vscode-foreground': '#cccccc',
            '--vscode-editor-background': '#1f1f1f',
            '--vscode-dropdown-foreground': '#cccccc',
            '--vscode-dropdown-background': '#313131',
            '--vscode-dropdown-border': '#3c3c3c',
            '--vscode-button-secondaryForeground': '#cccccc',
            '--vscode-button-secondaryBackground': '#313131',
            '--vscode-button-foreground': '#ffffff',
            '--vscode-button-background': '#0078d4',
            '--vscode-input-foreground': '#cccccc',
            '--vscode-input-background': '#313131'
        }
    } as const;

    it.each(['light', 'dark'] as const)(
        'meets WCAG 2.1 AA (axe-core) in the %s theme, with a diagram of that theme, a banner and every control shown',
        async theme => {
            await page.evaluate(variables => {
                for (const [name, value] of Object.entries(variables)) document.body.style.setProperty(name, value);
            }, THEME_VARIABLES[theme]);
            await send(
                diagram(await drawWorkspace(WORKSPACE, 'stack', theme), {
                    scope: 'element',
                    notice: 'a.svc has syntax errors: showing the last diagram drawn without syntax errors.'
                })
            );
            await expect.poll(() => page.locator('#banner').isVisible()).toBe(true);
            await send({ type: 'highlight', element: 'acme.Estimator' });
            const violations = await axeViolations(page);
            expect(violations, describeViolations(violations)).toEqual([]);
        }
    );

    it('runs no script that lacks the nonce: the CSP is in force', async () => {
        await page.evaluate(() => {
            const script = document.createElement('script');
            script.textContent = 'window.__pwned = true';
            document.body.append(script);
            document.body.insertAdjacentHTML('beforeend', '<svg xmlns="http://www.w3.org/2000/svg" onload="window.__pwned = true"></svg>');
        });
        await expect.poll(() => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations.length)).toBeGreaterThanOrEqual(2);
        expect(await page.evaluate(() => (window as unknown as { __pwned: unknown }).__pwned)).toBe(false);
        expect(errors.filter(error => !error.includes('violates the following Content Security Policy directive'))).toEqual([]);
    });
});

function parse(css: string): { x: number; y: number; scale: number } {
    const match = /translate\((-?[\d.e-]+)px, (-?[\d.e-]+)px\) scale\(([\d.e-]+)\)/.exec(css);
    if (!match) throw new Error(`not a transform: ${css}`);
    return { x: Number(match[1]), y: Number(match[2]), scale: Number(match[3]) };
}
