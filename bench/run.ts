/**
 * `npm run bench`: the measuring harness. Prints tables, the targets with pass/fail and the
 * machine; writes everything to bench-results/bench-<date>.json.
 *
 *   node bench/bench.mjs run [--sizes 1000,5000,20000,50000] [--files 200,1000] [--reps 3]
 *                            [--seed 1] [--pairs 50] [--warmup 5] [--no-keystroke]
 * BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=DIR" profiles the language server of the keystroke
 * run; BENCH_COMMIT names the code measured when the folder is not a git checkout.
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { measureKeystrokes, type KeystrokeResult } from './keystroke.js';
import { machine } from './machine.js';
import { compare, writeWorkspace, type Comparison } from './measure.js';
import { RESULTS } from './paths.js';
import { median } from './stats.js';
import { fixed, formatMachine, formatSection, formatTargets, seconds, writeJson, type Cell, type Suite, type Target } from './report.js';

const { values: args } = parseArgs({
    options: {
        sizes: { type: 'string', default: '1000,5000,20000,50000' },
        files: { type: 'string', default: '200,1000' },
        reps: { type: 'string', default: '3' },
        seed: { type: 'string', default: '1' },
        pairs: { type: 'string', default: '50' },
        warmup: { type: 'string', default: '5' },
        'no-keystroke': { type: 'boolean', default: false }
    }
});
const list = (text: string) => text.split(',').map(Number);
const SEED = Number(args.seed);
const log = (message: string) => process.stderr.write(`${message}\n`);

// Targets from the issue.
const RATIO_AT_20K = 2;
const PEAK_AT_50K_MIB = 500;
const DOUBLING = 2.3;
const KEYSTROKE_P95_MS = 100;

interface Case {
    declarations: number;
    files: number;
    written: number;
    comparison: Comparison;
}

const validationSuite: Suite = {
    name: 'validation',
    async run() {
        const cases: Case[] = [];
        for (const files of list(args.files)) {
            for (const declarations of list(args.sizes)) {
                const workspace = writeWorkspace(declarations, files, SEED);
                log(`validation ${declarations} declarations / ${files} files (${workspace.folder})`);
                try {
                    const comparison = await compare(workspace.folder, Number(args.reps), s => log(`  ${s.mode.padEnd(8)} ${seconds(s.ms)} s  ${Math.round(s.peakMiB)} MiB`));
                    cases.push({ declarations, files, written: workspace.declarations, comparison });
                } finally {
                    workspace.dispose();
                }
            }
        }
        const targets: Target[] = [];
        const rows: Cell[][] = cases.map(c => {
            const { baselineMs, fullMs, ratio, cpuRatio, fullPeakMiB } = c.comparison;
            let target = '—';
            let result = '';
            if (c.declarations === 20_000 && c.files === 200) {
                target = `ratio ≤ ${RATIO_AT_20K}`;
                result = record(targets, 'full / parse+link at 20k / 200', fixed(ratio), `≤ ${RATIO_AT_20K}`, ratio <= RATIO_AT_20K);
            } else if (c.declarations === 50_000) {
                target = `peak < ${PEAK_AT_50K_MIB} MiB`;
                result = record(targets, `peak RSS at 50k / ${c.files}`, `${Math.round(fullPeakMiB)} MiB`, `< ${PEAK_AT_50K_MIB} MiB`, fullPeakMiB < PEAK_AT_50K_MIB);
            }
            return [c.written, c.files, seconds(baselineMs), seconds(fullMs), fixed(ratio), fixed(cpuRatio), Math.round(fullPeakMiB), target, result];
        });
        const scaling: Cell[][] = [];
        for (const files of list(args.files)) {
            const series = cases.filter(c => c.files === files);
            for (let i = 1; i < series.length; i++) {
                const [a, b] = [series[i - 1]!, series[i]!];
                const full = doubling(a.declarations, a.comparison.fullMs, b.declarations, b.comparison.fullMs);
                const base = doubling(a.declarations, a.comparison.baselineMs, b.declarations, b.comparison.baselineMs);
                const result = record(targets, `doubling cost ${a.declarations}→${b.declarations} / ${files}`, fixed(full), `≤ ${DOUBLING}`, full <= DOUBLING);
                scaling.push([`${a.declarations} → ${b.declarations}`, files, seconds(a.comparison.fullMs), seconds(b.comparison.fullMs), fixed(base), fixed(full), `≤ ${DOUBLING}`, result]);
            }
        }
        return {
            sections: [
                {
                    title: `full validation vs parse + link (median of ${args.reps} runs each, alternating, one process per run)`,
                    columns: ['declarations', 'files', 'baseline s', 'full s', 'ratio', 'cpu ratio', 'peak MiB', 'target', 'result'],
                    rows,
                    notes: ['baseline: the same services, build { validation: false } (parse, index, link), no analysis.',
                        'full: validateFiles (parse, link, validation, model, every rule, indicators). Times are wall clock; targets use them.',
                        'cpu ratio: the same ratio of CPU time (all threads), steadier when other work shares the machine. peak: max RSS of the full runs.']
                },
                {
                    title: 'scaling: cost of doubling the workspace, (t2/t1)^(ln 2 / ln(n2/n1))',
                    columns: ['declarations', 'files', 'full s', 'full s', 'baseline', 'full', 'target', 'result'],
                    rows: scaling,
                    notes: scaling.length ? [] : ['(needs at least two sizes)']
                }
            ],
            targets,
            data: cases
        };
    }
};

const keystrokeSuite: Suite = {
    name: 'keystroke',
    async run() {
        const workspace = writeWorkspace(5000, 200, SEED);
        log(`keystroke: 5000 declarations / 200 files, ${args.warmup} warm-up + ${args.pairs} measured add/remove pairs`);
        let result: KeystrokeResult;
        try {
            result = await measureKeystrokes(workspace.folder, workspace.probe, { pairs: Number(args.pairs), warmupPairs: Number(args.warmup), settleMs: 50 });
        } finally {
            workspace.dispose();
        }
        const targets: Target[] = [];
        const pass = record(targets, 'keystroke p95 at 5k / 200', `${fixed(result.p95Ms, 1)} ms`, `≤ ${KEYSTROKE_P95_MS} ms`, result.p95Ms <= KEYSTROKE_P95_MS);
        return {
            sections: [{
                title: 'keystroke: didChange of B → republished diagnostics of A, real server over stdio',
                columns: ['declarations', 'files', 'samples', 'median ms', 'p95 ms', 'add median', 'remove median', 'start-up s', 'server peak MiB', 'target', 'result'],
                rows: [[workspace.declarations, 200, result.samplesMs.length, fixed(result.medianMs, 1), fixed(result.p95Ms, 1),
                    fixed(median(result.addMs), 1), fixed(median(result.removeMs), 1), seconds(result.startupMs),
                    result.serverPeakMiB ? Math.round(result.serverPeakMiB) : '?', `p95 ≤ ${KEYSTROKE_P95_MS} ms`, pass]],
                notes: [`samples: ${args.pairs} pairs (add the addresses line, remove it), both directions counted; ${args.warmup} warm-up pairs discarded; 50 ms pause between edits.`,
                    `edit: ${workspace.probe.editFile} gains "${workspace.probe.editText.trim()}"; watched: ${workspace.probe.needFile}.`]
            }],
            targets,
            data: { ...result, probe: workspace.probe }
        };
    }
};

// Diagram layout + render of the stack view for 100, 500 and 2,000 services, once the diagram package exists.
const stackViewSuite: Suite = {
    name: 'stack-view',
    async run() {
        return { sections: [{ title: 'stack view layout + render (100 / 500 / 2,000 services)', columns: [], rows: [], notes: ['stack view: not yet built'] }], targets: [], data: null };
    }
};

function doubling(n1: number, t1: number, n2: number, t2: number): number {
    return (t2 / t1) ** (Math.LN2 / Math.log(n2 / n1));
}

function record(targets: Target[], name: string, measured: string, limit: string, pass: boolean): string {
    targets.push({ name, measured, limit, pass });
    return pass ? 'PASS' : 'FAIL';
}

async function main(): Promise<void> {
    const started = new Date();
    const host = machine();
    const suites = [validationSuite, ...(args['no-keystroke'] ? [] : [keystrokeSuite]), stackViewSuite];
    const results: Record<string, unknown> = {};
    const output: string[] = [];
    const targets: Target[] = [];
    for (const suite of suites) {
        const result = await suite.run();
        results[suite.name] = result.data;
        targets.push(...result.targets);
        output.push(...result.sections.map(formatSection));
    }
    output.push(formatTargets(targets), formatMachine(host));
    const loadAtEnd = loadavg()[0]!;
    if (Math.max(host.load, loadAtEnd) > host.cores) {
        output.push(`warning: the machine was busy (load average ${host.load} at start, ${loadAtEnd.toFixed(1)} at end, on ${host.cores} cores): ` +
            'wall times are inflated and noisy; the cpu ratio is the steadier figure. Re-run on a quiet machine before trusting a FAIL on time.');
    }
    process.stdout.write(`${output.join('\n\n')}\n`);
    const file = writeJson(RESULTS, `bench-${started.toISOString().replace(/:/g, '-').slice(0, 19)}.json`, {
        started: started.toISOString(), loadAtEnd: loadavg()[0], seconds: (Date.now() - started.getTime()) / 1000, machine: host, seed: SEED, options: args, targets, results
    });
    log(`results: ${file}`);
}

main().catch(error => {
    log(`bench: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
});
