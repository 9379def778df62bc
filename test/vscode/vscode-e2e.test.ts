// The extension in a real VS Code (code-server, driven in headless Chromium): install the .vsix,
// open an example, and check what a user sees. Tools come from scripts/e2e/install-vscode-e2e.sh;
// without them the test skips, unless SVC_E2E_REQUIRED is set (CI), where it fails.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CHROMIUM_FLAGS } from '../support/chromium.js';
import { REPO } from '../support/paths.js';

interface Tools {
    node: string;
    codeServer: string;
    chromium: string;
}

const TOOLS_FILE = join(process.env['SVC_TOOLS_DIR'] ?? join(REPO, '.tools'), 'vscode-e2e.json');
const RESULTS = join(REPO, 'test-results');
const EXAMPLE = join(REPO, 'examples/org1-it-department');
const EXTENSION = join(REPO, 'packages/vscode');
const TIMEOUT = 240_000;

// The trace shows each start of the server in the SVC output, which the restart test counts.
const SETTINGS = {
    'chat.disableAIFeatures': true,
    'workbench.startupEditor': 'none',
    'secondarySideBar.defaultVisibility': 'hidden',
    'svc.trace.server': 'messages'
};

function findTools(): Tools | string {
    if (!existsSync(TOOLS_FILE)) return `${TOOLS_FILE} does not exist`;
    const tools: Tools = JSON.parse(readFileSync(TOOLS_FILE, 'utf8'));
    const missing = Object.values(tools).filter(path => !existsSync(path));
    return missing.length > 0 ? `missing ${missing.join(', ')}` : tools;
}

const tools = findTools();
const skip = typeof tools === 'string' && !process.env['SVC_E2E_REQUIRED'];
if (skip) console.warn(`VS Code end-to-end test skipped: ${tools}. Install with scripts/e2e/install-vscode-e2e.sh (as root).`);

describe.skipIf(skip)('the VS Code extension in code-server', { timeout: TIMEOUT }, () => {
    let temp: string;
    let codeServer: ChildProcess | undefined;
    let context: BrowserContext | undefined;
    let page: Page;
    const started = Date.now();
    const lap = (what: string) => console.log(`vscode e2e: ${what} after ${((Date.now() - started) / 1000).toFixed(1)} s`);

    beforeAll(async () => {
        if (typeof tools === 'string') throw new Error(`VS Code end-to-end tools missing (SVC_E2E_REQUIRED is set): ${tools}`);
        mkdirSync(RESULTS, { recursive: true });
        temp = mkdtempSync(join(tmpdir(), 'svc-vscode-e2e-'));
        const workspace = join(temp, 'org1');
        cpSync(EXAMPLE, workspace, { recursive: true });
        const [extensions, userData] = [join(temp, 'extensions'), join(temp, 'user-data')];
        mkdirSync(join(userData, 'User'), { recursive: true });
        writeFileSync(join(userData, 'User/settings.json'), JSON.stringify(SETTINGS));

        const vsix = packageExtension();
        // code-server runs on the Node 24 the install script brought, whatever runs the tests, and
        // keeps its config and logs in the temporary folder rather than in the user's home.
        const env = {
            ...process.env,
            PATH: `${dirname(tools.node)}:${process.env['PATH']}`,
            XDG_CONFIG_HOME: join(temp, 'config'),
            XDG_DATA_HOME: join(temp, 'data')
        };
        const install = spawnSync(tools.codeServer, ['--install-extension', vsix, '--extensions-dir', extensions, '--user-data-dir', userData], {
            env,
            encoding: 'utf8'
        });
        expect(install.stdout + install.stderr).toContain('was successfully installed');
        lap('packaged and installed');

        const port = await freePort();
        const log = openSync(join(RESULTS, 'vscode-e2e-code-server.log'), 'w');
        // Its own process group, so that afterAll ends code-server with everything it started.
        codeServer = spawn(
            tools.codeServer,
            [
                '--bind-addr',
                `127.0.0.1:${port}`,
                '--auth',
                'none',
                '--disable-telemetry',
                '--disable-update-check',
                '--disable-workspace-trust',
                '--extensions-dir',
                extensions,
                '--user-data-dir',
                userData,
                workspace
            ],
            { env, detached: true, stdio: ['ignore', log, log] }
        );
        closeSync(log);
        await waitForHttp(`http://127.0.0.1:${port}/healthz`);
        lap('code-server up');

        context = await chromium.launchPersistentContext(join(temp, 'chromium'), {
            executablePath: tools.chromium,
            headless: true,
            args: CHROMIUM_FLAGS,
            viewport: { width: 1600, height: 1000 },
            env
        });
        page = context.pages()[0] ?? (await context.newPage());
        try {
            await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
            await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'business.svc' }).dblclick({ timeout: 60_000 });
            await editorLine(/package\s+org1\.business/).waitFor({ timeout: 30_000 });
            lap('business.svc open');
        } catch (error) {
            await page.screenshot({ path: join(RESULTS, 'vscode-e2e-startup.png') });
            throw error;
        }
    }, TIMEOUT);

    beforeEach(({ task, onTestFailed }) => {
        onTestFailed(async () => {
            await page?.screenshot({ path: join(RESULTS, `vscode-e2e-${task.name.replace(/\W+/g, '-')}.png`) });
        });
    });

    afterAll(async () => {
        await context?.close();
        if (codeServer?.pid) {
            const exited = new Promise(resolve => codeServer!.once('exit', resolve));
            process.kill(-codeServer.pid, 'SIGTERM');
            await Promise.race([exited, new Promise(resolve => setTimeout(resolve, 5_000))]);
            if (codeServer.exitCode === null && codeServer.signalCode === null) process.kill(-codeServer.pid, 'SIGKILL');
        }
        if (temp) rmSync(temp, { recursive: true, force: true });
        lap('done');
    });

    const editorLine = (text: RegExp): Locator => page.locator('.monaco-editor .view-line', { hasText: text });

    /**
     * Puts the cursor on `word` in the first line of the open file that matches, with Go to Line
     * (line:column): by keyboard, since code lenses arriving late move the lines under the mouse.
     */
    async function goTo(text: RegExp, word: string, file = 'business.svc'): Promise<void> {
        const lines = readFileSync(join(EXAMPLE, file), 'utf8').split('\n');
        const index = lines.findIndex(line => text.test(line));
        await page.keyboard.press('Control+G');
        await page.keyboard.type(`${index + 1}:${lines[index]!.indexOf(word) + 1}`);
        await page.keyboard.press('Enter');
        await editorLine(text).waitFor();
    }

    async function runCommand(title: string): Promise<void> {
        await page.keyboard.press('F1');
        await page.locator('.quick-input-widget input').fill(`>${title}`);
        await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
        await page.keyboard.press('Enter');
    }

    /** Runs the command when the palette offers it (VS Code hides a command whose part is already closed). */
    async function runCommandIfOffered(title: string): Promise<void> {
        await page.keyboard.press('F1');
        await page.locator('.quick-input-widget input').fill(`>${title}`);
        const offered = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
        const found = await offered.waitFor({ timeout: 3_000 }).then(
            () => true,
            () => false
        );
        await page.keyboard.press(found ? 'Enter' : 'Escape');
    }

    /** The error squiggle on the editor line that matches, if there is one. */
    async function errorSquiggleOn(text: RegExp): Promise<Locator | undefined> {
        const line = await editorLine(text).boundingBox();
        if (!line) return undefined;
        for (const squiggle of await page.locator('.squiggly-error').all()) {
            const box = await squiggle.boundingBox();
            if (box && box.y + box.height / 2 > line.y && box.y + box.height / 2 < line.y + line.height) return squiggle;
        }
        return undefined;
    }

    it('colours keywords differently from names', async () => {
        // Each token of a rendered line is a span whose class mtkN names its colour.
        const classOf = (token: string) =>
            editorLine(/stakeholder\s+SalesManager/)
                .locator('span[class^="mtk"]', { hasText: token })
                .first()
                .getAttribute('class');
        await expect
            .poll(async () => [await classOf('stakeholder'), await classOf('SalesManager')], { timeout: 30_000 })
            .toSatisfy(([keyword, name]) => keyword !== null && name !== null && keyword !== name);
    });

    it('shows coverage in the status bar', async () => {
        await expect
            .poll(() => page.locator('.statusbar-item', { hasText: /SVC/ }).allTextContents(), { timeout: 60_000 })
            .toContainEqual(expect.stringMatching(/SVC \d+\/\d+ needs/));
    });

    const MOBILE_SALES = /need\s+MobileSales/;

    it('underlines an uncovered need and explains it on hover, with its rule id', async () => {
        await goTo(MOBILE_SALES, 'MobileSales');
        await expect.poll(() => errorSquiggleOn(MOBILE_SALES), { timeout: 60_000 }).toBeDefined();
        // Moves the mouse to where the squiggle is now, each try: code lenses may still move it.
        const hovers = async () => {
            const squiggle = await errorSquiggleOn(MOBILE_SALES);
            if (squiggle) {
                const { x, y } = await centreOf(squiggle);
                await page.mouse.move(x, y);
            }
            return page.locator('.monaco-hover').allTextContents();
        };
        await expect.poll(hovers, { timeout: 15_000 }).toContainEqual(expect.stringContaining('need-uncovered'));
        await page.keyboard.press('Escape');
    });

    it('fixes the uncovered need with the quick fix from Ctrl+.', async () => {
        await goTo(MOBILE_SALES, 'MobileSales');
        await page.keyboard.press('Control+.');
        // The stub goes into the file that already declares the services, named in the fix's title.
        const fix = page.locator('.action-widget .monaco-list-row', { hasText: /^Create service .* in it-catalogue\.svc/ });
        await fix.first().click({ timeout: 15_000 });
        await expect.poll(() => errorSquiggleOn(MOBILE_SALES), { timeout: 30_000 }).toBeUndefined();
        lap('quick fix applied');
    });

    it('shows the server trace with SVC: Show Output, and starts the server again with SVC: Restart Language Server', async () => {
        await runCommand('SVC: Show Output');
        await expect(page.locator('.part.panel select[aria-label="Switch Output"]').first().inputValue()).resolves.toBe('SVC');
        await page.locator('.part.panel input[placeholder^="Filter"]').fill("Sending request 'initialize");
        const starts = () => page.locator('.part.panel .view-line', { hasText: "Sending request 'initialize" }).count();
        await expect.poll(starts, { timeout: 15_000 }).toBe(1);
        await runCommand('SVC: Restart Language Server');
        await expect.poll(starts, { timeout: 30_000 }).toBe(2);
        // The restarted server analyses the workspace again and reports to the status bar.
        await expect
            .poll(() => page.locator('.statusbar-item', { hasText: /SVC/ }).allTextContents(), { timeout: 30_000 })
            .toContainEqual(expect.stringMatching(/SVC \d+\/\d+ needs/));
    });

    // The preview's page, inside the webview's iframes.
    const preview = () => page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    const ORDER_MANAGEMENT = '.node[data-element="org1.it.OrderManagement"]';

    it('opens the alignment preview beside the editor from the title bar, with the stack view', async () => {
        await page.locator('.tab', { hasText: 'business.svc' }).click();
        await page.locator('.editor-actions .action-label[aria-label*="Open Alignment Preview"]').first().click();
        await expect.poll(() => preview().locator('svg.svc-stack').count(), { timeout: 60_000 }).toBe(1);
        expect(await preview().locator('#view').inputValue()).toBe('stack');
        // It opens on the package of the file in the editor: business.svc's needs, not IT's services.
        await expect.poll(() => preview().locator('svg.svc-stack').textContent(), { timeout: 30_000 }).toContain('Showing package org1.business');
        expect(await preview().locator('#scope').inputValue()).toBe('package');
        expect(await preview().locator('.node[data-element="org1.business.MobileSales"]').count()).toBe(1);
        expect(await preview().locator(ORDER_MANAGEMENT).count()).toBe(0);
        await preview().locator('#scope').selectOption('workspace');
        await expect.poll(() => preview().locator(ORDER_MANAGEMENT).count(), { timeout: 30_000 }).toBe(1);
        // Beside: business.svc stays visible in its own group.
        await expect(page.locator('.editor-group-container .tab.active', { hasText: 'business.svc' }).count()).resolves.toBe(1);
        lap('preview shows the stack view');
    });

    /** The rendered height of the diagram's smallest text, in screen pixels. */
    const smallestTextPx = () =>
        preview()
            .locator('svg text')
            .evaluateAll(texts => Math.min(...texts.map(text => text.getBoundingClientRect().height).filter(height => height > 0)));
    const previewScale = () =>
        preview()
            .locator('#canvas')
            .evaluate(canvas => new DOMMatrix(getComputedStyle(canvas).transform).a);

    it("shows the stack's text at least 8 px tall at the preview's default zoom, and at natural size at 100%", async () => {
        // Room for the editor and the preview side by side, as a reader would make it.
        // (VS Code has called the panel's and the secondary side bar's "Close" "Hide" since 1.9x.)
        for (const command of [
            'View: Close Primary Side Bar',
            'View: Hide Panel',
            'View: Close Panel',
            'View: Hide Secondary Side Bar',
            'View: Close Secondary Side Bar'
        ]) {
            await runCommandIfOffered(command);
        }
        await preview().locator('#fit').click();
        expect(await smallestTextPx()).toBeGreaterThanOrEqual(8);
        await page.screenshot({ path: join(RESULTS, 'screenshot-stack.png') });
        await preview().locator('#actual').click();
        await expect.poll(previewScale).toBe(1);
        // The diagrams' smallest text is 11 px: its box is at least that tall at natural size.
        expect(await smallestTextPx()).toBeGreaterThanOrEqual(11);
        await preview().locator('#fit').click();
    });

    it("reveals a service's declaration when the service is clicked in the preview", async () => {
        const line =
            readFileSync(join(EXAMPLE, 'it-catalogue.svc'), 'utf8')
                .split('\n')
                .findIndex(text => text.startsWith('service OrderManagement')) + 1;
        await preview().locator(ORDER_MANAGEMENT).click();
        await page.locator('.editor-group-container .tab.active', { hasText: 'it-catalogue.svc' }).waitFor({ timeout: 15_000 });
        // The name is selected: the cursor at its end, its 15 characters selected.
        await expect
            .poll(() => page.locator('.statusbar-item').allTextContents(), { timeout: 15_000 })
            .toContainEqual(expect.stringMatching(new RegExp(`Ln ${line}, Col 24 \\(15 selected\\)`)));
        lap('click in the preview revealed the service');
    });

    it('marks the service the caret moves onto', async () => {
        const followed = (name: string) => preview().locator(`.followed[data-element="org1.it.${name}"]`);
        await goTo(/^service\s+DataWarehouse/, 'DataWarehouse', 'it-catalogue.svc');
        await expect.poll(() => followed('DataWarehouse').count(), { timeout: 15_000 }).toBeGreaterThan(0);
        await goTo(/^service\s+OrderManagement/, 'OrderManagement', 'it-catalogue.svc');
        await expect.poll(() => followed('OrderManagement').count(), { timeout: 15_000 }).toBeGreaterThan(0);
        expect(await followed('DataWarehouse').count()).toBe(0);
        lap('the preview follows the caret');
    });

    it('draws the alignment view and a service profile (screenshots for the record)', async () => {
        await preview().locator('#view').selectOption('alignment');
        await expect.poll(() => preview().locator('svg.svc-alignment').count(), { timeout: 30_000 }).toBe(1);
        expect(await smallestTextPx()).toBeGreaterThanOrEqual(8);
        await page.screenshot({ path: join(RESULTS, 'screenshot-alignment.png') });
        await preview().locator('#view').selectOption('profile');
        // The caret is on OrderManagement, which has values: the profile opens on it.
        await expect.poll(() => preview().locator('svg.svc-profile').count(), { timeout: 30_000 }).toBe(1);
        expect(await preview().locator('#element').inputValue()).toBe('org1.it.OrderManagement');
        await page.screenshot({ path: join(RESULTS, 'screenshot-profile.png') });
        await preview().locator('#view').selectOption('stack');
        await expect.poll(() => preview().locator('svg.svc-stack').count(), { timeout: 30_000 }).toBe(1);
    });

    it('redraws as the user types, and keeps the last good diagram with a banner while the syntax is broken', async () => {
        const moved = preview().locator('.edge > title', { hasText: 'org1.it.OrderManagement is supported by org1.it.Infrastructure' });
        await goTo(/supportedBy\s+ErpPlatform,\s+Directory/, 'Directory', 'it-catalogue.svc');
        await page.keyboard.press('Shift+End');
        await page.keyboard.type('Infrastructure');
        const typed = Date.now();
        await expect.poll(() => moved.count(), { timeout: 10_000, interval: 20 }).toBe(1);
        const ms = Date.now() - typed;
        lap(`keystroke to new picture: ${ms} ms`);
        // The issue asks for under a second; the margin is for a loaded 2-core CI machine.
        expect(ms).toBeLessThan(3_000);

        // End starts a new undo group, so that Ctrl+Z takes back only the break.
        await page.keyboard.press('End');
        await page.keyboard.type(' {');
        await expect.poll(() => preview().locator('#banner').textContent(), { timeout: 10_000 }).toMatch(/it-catalogue\.svc has syntax errors/);
        expect(await moved.count()).toBe(1);
        await page.keyboard.press('Control+Z');
        await expect.poll(() => preview().locator('#banner').isHidden(), { timeout: 10_000 }).toBe(true);
        expect(await moved.count()).toBe(1);
    });
});

async function centreOf(locator: Locator): Promise<{ x: number; y: number }> {
    const box = (await locator.boundingBox())!;
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Builds the .vsix as `npm run package` does (the build itself ran before the tests). */
function packageExtension(): string {
    const result = spawnSync('npm', ['run', 'package', '--workspace', 'svc-vscode'], { cwd: REPO, encoding: 'utf8' });
    expect(result.status, result.stdout + result.stderr).toBe(0);
    const { name, version } = JSON.parse(readFileSync(join(EXTENSION, 'package.json'), 'utf8'));
    return join(EXTENSION, `${name}-${version}.vsix`);
}

function freePort(): Promise<number> {
    return new Promise((resolve, reject) => {
        const server = createServer().listen(0, '127.0.0.1', () => {
            const address = server.address();
            server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
        });
    });
}

async function waitForHttp(url: string, timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
        try {
            if ((await fetch(url)).ok) return;
        } catch {
            // not listening yet
        }
        await new Promise(resolve => setTimeout(resolve, 250));
    }
    throw new Error(`${url} did not answer within ${timeoutMs / 1000} s (see test-results/vscode-e2e-code-server.log)`);
}
