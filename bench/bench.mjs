// Launcher: bundles bench/*.ts with esbuild (Node 20 cannot run TypeScript) and runs one entry.
//   node bench/bench.mjs run [options]   the full benchmark (npm run bench)
//   node bench/bench.mjs ci              the CI regression guard (npm run bench:ci)
// Packages stay external, so the bench measures the build output in packages/*/dist and the
// bundled CLI, exactly what users run; `npm run build` must have run first.
import { build } from 'esbuild';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const entries = { run: 'run.ts', ci: 'ci-guard.ts' };
const [command = 'run', ...rest] = process.argv.slice(2);
if (!(command in entries)) {
    console.error(`usage: node bench/bench.mjs ${Object.keys(entries).join('|')} [options]`);
    process.exit(2);
}

const built = [join(root, 'packages/language/dist/index.js'), join(root, 'packages/cli/out/svc.cjs')];
const missing = built.filter(file => !existsSync(file));
if (missing.length > 0) {
    console.error(`bench: ${missing.join(', ')} missing: run \`npm run build\` first`);
    process.exit(2);
}
// The bundle is rewritten by every build; tsc leaves unchanged outputs (dist/index.js) alone.
const oldest = statSync(built[1]).mtimeMs;
const stale = ['core', 'language', 'cli'].flatMap(pkg => newerThan(join(root, 'packages', pkg, 'src'), oldest));
if (stale.length > 0) {
    console.error(`bench: warning: sources newer than the build (${stale.slice(0, 3).join(', ')}…): the numbers are for the last build`);
}

await build({
    entryPoints: [...Object.values(entries), 'worker.ts'].map(entry => join(here, entry)),
    outdir: join(here, 'out'),
    outExtension: { '.js': '.mjs' },
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node22',
    logLevel: 'warning'
});
process.argv = [process.argv[0], join(here, 'out', entries[command].replace('.ts', '.mjs')), ...rest];
await import(pathToFileURL(process.argv[1]).href);

function newerThan(folder, time) {
    return readdirSync(folder, { recursive: true, encoding: 'utf8' })
        .filter(name => !name.startsWith('generated') && /\.(ts|langium)$/.test(name))
        .map(name => join(folder, name))
        .filter(file => statSync(file).mtimeMs > time);
}
