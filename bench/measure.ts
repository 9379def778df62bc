import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { generateWorkspace, type GeneratedWorkspace } from './generate.js';
import { median } from './stats.js';
import { WORKER } from './paths.js';

const run = promisify(execFile);

export interface WorkerResult {
    mode: 'baseline' | 'full';
    ms: number;
    cpuMs: number;
    peakMiB: number;
    files: number;
    rules?: Record<string, number>;
}

export interface Written extends GeneratedWorkspace {
    folder: string;
    dispose(): void;
}

/** Generates a workspace into a fresh temporary folder. */
export function writeWorkspace(declarations: number, files: number, seed: number): Written {
    const workspace = generateWorkspace({ declarations, files, seed });
    const folder = mkdtempSync(join(tmpdir(), `svc-bench-${declarations}-${files}-`));
    for (const [path, text] of workspace.files) {
        mkdirSync(dirname(join(folder, path)), { recursive: true });
        writeFileSync(join(folder, path), text);
    }
    return { ...workspace, folder, dispose: () => rmSync(folder, { recursive: true, force: true }) };
}

async function measureOnce(mode: 'baseline' | 'full', folder: string, against?: string): Promise<WorkerResult> {
    const env = against === undefined ? process.env : { ...process.env, SVC_LANGUAGE_DIR: resolve(against, 'packages/language') };
    const { stdout } = await run(process.execPath, ['--expose-gc', WORKER, mode, folder], { maxBuffer: 16 << 20, env });
    return JSON.parse(stdout.trim().split('\n').pop()!) as WorkerResult;
}

export interface Comparison {
    baselineMs: number;
    fullMs: number;
    /** full / baseline, of the medians of wall time. */
    ratio: number;
    /** The same of CPU time. */
    cpuRatio: number;
    /** The highest peak RSS of any full run. */
    fullPeakMiB: number;
    baselinePeakMiB: number;
    /** Findings by rule, from the first full run. */
    rules: Record<string, number>;
    samples: WorkerResult[];
}

/**
 * Baseline and full, side by side, each in its own process. The order alternates every
 * repetition (B F, F B, B F…) so that drift of the machine hits both alike. `against`: another
 * checkout whose build the workers measure instead (bench --against).
 */
export async function compare(folder: string, repetitions: number, onSample?: (r: WorkerResult) => void, against?: string): Promise<Comparison> {
    const samples: WorkerResult[] = [];
    for (let rep = 0; rep < repetitions; rep++) {
        const order: Array<'baseline' | 'full'> = rep % 2 === 0 ? ['baseline', 'full'] : ['full', 'baseline'];
        for (const mode of order) {
            const result = await measureOnce(mode, folder, against);
            assertValid(result, folder);
            onSample?.(result);
            samples.push(result);
        }
    }
    const of = (mode: string) => samples.filter(s => s.mode === mode);
    const baselineMs = median(of('baseline').map(s => s.ms));
    const fullMs = median(of('full').map(s => s.ms));
    return {
        baselineMs,
        fullMs,
        ratio: fullMs / baselineMs,
        cpuRatio: median(of('full').map(s => s.cpuMs)) / median(of('baseline').map(s => s.cpuMs)),
        fullPeakMiB: Math.max(...of('full').map(s => s.peakMiB)),
        baselinePeakMiB: Math.max(...of('baseline').map(s => s.peakMiB)),
        rules: of('full')[0]?.rules ?? {},
        samples
    };
}

/** A benchmark of a broken workspace measures error recovery, not validation: stop. */
function assertValid(result: WorkerResult, folder: string): void {
    const broken = (result.rules?.['syntax'] ?? 0) + (result.rules?.['unresolved-reference'] ?? 0);
    if (broken > 0) {
        throw new Error(
            `the generated workspace in ${folder} has syntax or unresolved-reference findings ` + `(${JSON.stringify(result.rules)}): fix bench/generate.ts`
        );
    }
}
