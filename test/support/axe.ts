// axe-core (WCAG 2.1 A and AA) in a Playwright page: the one way the browser tests audit accessibility.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** What axe reports of a violation, cut to what names it: the rule, how bad, and where (the first few elements). */
export interface Violation {
    id: string;
    impact: string | null;
    help: string;
    nodes: Array<{ target: unknown[]; failureSummary?: string }>;
}

interface AxeWindow {
    axe: { run(context: Document, options: object): Promise<{ violations: Violation[] }> };
}

/**
 * The page's WCAG 2.1 AA violations. axe is evaluated through the DevTools protocol, which a
 * page's Content Security Policy does not govern, so locked-down pages are audited as served.
 */
export async function axeViolations(page: Page): Promise<Violation[]> {
    await page.evaluate(AXE_SOURCE);
    return page.evaluate(
        async tags => (await (window as unknown as AxeWindow).axe.run(document, { runOnly: { type: 'tag', values: tags } })).violations,
        WCAG_21_AA
    );
}

/** The violations in a failure message: each rule, its impact, and its first three elements. */
export function describeViolations(violations: readonly Violation[]): string {
    return violations
        .map(({ id, impact, help, nodes }) => {
            const places = nodes.slice(0, 3).map(node => `    ${JSON.stringify(node.target)}: ${node.failureSummary?.replace(/\s+/g, ' ') ?? ''}`);
            return [`${id} (${impact ?? 'no impact'}, ${nodes.length} elements): ${help}`, ...places].join('\n');
        })
        .join('\n');
}
