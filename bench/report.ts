/**
 * The runner's output: sections (one table each) and targets (pass/fail). A new measurement —
 * the stack view's layout and render, say — is one more `Suite` in run.ts returning its own
 * section and targets; printing and JSON need no change.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Machine } from './machine.js';
import { describeMachine } from './machine.js';

export type Cell = string | number;

export interface Section {
    title: string;
    columns: string[];
    rows: Cell[][];
    notes?: string[];
}

export interface Target {
    name: string;
    measured: string;
    limit: string;
    pass: boolean;
}

export interface SuiteResult {
    sections: Section[];
    targets: Target[];
    /** Raw numbers for the JSON file. */
    data: unknown;
}

export interface Suite {
    name: string;
    run(): Promise<SuiteResult>;
}

export function formatSection(section: Section): string {
    const cells = [section.columns, ...section.rows].map(row => row.map(String));
    const widths = section.columns.map((_, i) => Math.max(...cells.map(row => row[i]?.length ?? 0)));
    const line = (row: string[]) =>
        row
            .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
            .join('  ')
            .trimEnd();
    const body = cells.length > 1 ? [line(cells[0]!), widths.map(w => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)] : [];
    return [`## ${section.title}`, ...body, ...(section.notes ?? [])].join('\n');
}

export function formatTargets(targets: Target[]): string {
    return formatSection({
        title: 'targets',
        columns: ['target', 'measured', 'limit', 'result'],
        rows: targets.map(t => [t.name, t.measured, t.limit, t.pass ? 'PASS' : 'FAIL'])
    });
}

export function formatMachine(m: Machine): string {
    return `machine: ${describeMachine(m)}`;
}

export function writeJson(folder: string, name: string, content: unknown): string {
    mkdirSync(folder, { recursive: true });
    const path = join(folder, name);
    writeFileSync(path, `${JSON.stringify(content, null, 2)}\n`);
    return path;
}

export const seconds = (ms: number) => (ms / 1000).toFixed(2);
export const fixed = (n: number, digits = 2) => n.toFixed(digits);
