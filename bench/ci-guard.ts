/**
 * `npm run bench:ci`: the short form of the benchmark as a regression guard in CI. Only ratios,
 * never absolute times, so a slower CI machine does not fail it:
 *  - full validation / parse + link at 5k declarations in 200 files ≤ 2.5;
 *  - keystroke → other file's diagnostics: p95 ≤ 4 × median (no long tail).
 * Exits 1 on a regression, 2 when it cannot measure.
 */
import { measureKeystrokes } from './keystroke.js';
import { describeMachine, machine } from './machine.js';
import { compare, writeWorkspace } from './measure.js';
import { fixed, seconds } from './report.js';

const MAX_RATIO = 2.5;
const MAX_TAIL = 4;

async function main(): Promise<number> {
    const workspace = writeWorkspace(5000, 200, 1);
    try {
        const comparison = await compare(workspace.folder, 3);
        const keys = await measureKeystrokes(workspace.folder, workspace.probe, { pairs: 20, warmupPairs: 3, settleMs: 50 });
        const ratioOk = comparison.ratio <= MAX_RATIO;
        const tail = keys.p95Ms / keys.medianMs;
        const tailOk = tail <= MAX_TAIL;
        console.log(`bench:ci — ${workspace.declarations} declarations / 200 files; ${describeMachine(machine())}`);
        console.log(
            `  full / parse+link   ${fixed(comparison.ratio)} (${seconds(comparison.fullMs)} s / ${seconds(comparison.baselineMs)} s; cpu ratio ${fixed(comparison.cpuRatio)})  limit ${MAX_RATIO}  ${ratioOk ? 'ok' : 'REGRESSION'}`
        );
        console.log(
            `  keystroke p95 / median  ${fixed(tail)} (${fixed(keys.p95Ms, 1)} ms / ${fixed(keys.medianMs, 1)} ms, ${keys.samplesMs.length} samples)  limit ${MAX_TAIL}  ${tailOk ? 'ok' : 'REGRESSION'}`
        );
        return ratioOk && tailOk ? 0 : 1;
    } finally {
        workspace.dispose();
    }
}

main().then(
    code => process.exit(code),
    error => {
        console.error(`bench:ci: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(2);
    }
);
