// The HTML report against WCAG 2.1 A and AA as axe-core checks it: the examples' report in each
// theme, opened in Debian's Chromium (driven by playwright-core, never a downloaded browser) in
// both colour schemes the reader's system may prefer, with nothing excluded, diagrams included.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, describeViolations } from './support/axe.js';
import { CHROMIUM_FLAGS } from './support/chromium.js';
import { CLI, REPO } from './support/paths.js';

const CHROMIUM = process.env['SVC_CHROMIUM'] ?? '/usr/bin/chromium';
const skip = !existsSync(CHROMIUM) && !process.env['SVC_E2E_REQUIRED'];
if (skip) console.warn(`HTML report accessibility test skipped: no ${CHROMIUM} (apt-get install -y chromium).`);

describe.skipIf(skip)('the HTML report meets WCAG 2.1 AA (axe-core)', { timeout: 180_000 }, () => {
    let temp: string;
    let browser: Browser;

    beforeAll(async () => {
        temp = mkdtempSync(join(tmpdir(), 'svc-report-axe-'));
        for (const theme of ['light', 'dark']) {
            const run = spawnSync(process.execPath, [CLI, 'report', join(REPO, 'examples'), '--theme', theme, '--out', `${theme}.html`], {
                cwd: temp,
                encoding: 'utf8'
            });
            expect(run.status, run.stderr).toBe(0);
        }
        browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
    });

    afterAll(async () => {
        await browser?.close();
        if (temp) rmSync(temp, { recursive: true, force: true });
    });

    // The report's palette is its --theme; the reader's preferred scheme must not make it fail either way.
    for (const theme of ['light', 'dark'] as const) {
        for (const colorScheme of ['light', 'dark'] as const) {
            it(`the ${theme} report, read with a ${colorScheme} colour scheme preferred`, async () => {
                // The page's CSP forbids every script, axe's too: bypassed here, so that axe is the only script that runs.
                const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
                await page.emulateMedia({ colorScheme });
                await page.goto(`file://${join(temp, `${theme}.html`)}`, { waitUntil: 'load' });
                const violations = await axeViolations(page);
                await page.close();
                expect(violations, describeViolations(violations)).toEqual([]);
            });
        }
    }
});
