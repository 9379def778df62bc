// Bundles the CLI (which also carries the language server, `svc lsp --stdio`) into one
// CommonJS file, so that `svc` starts fast and needs no module resolution at run time.
import { build } from 'esbuild';

await build({
    entryPoints: ['packages/cli/src/main.ts'],
    outfile: 'packages/cli/out/svc.cjs',
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: true,
    logLevel: 'warning'
});
