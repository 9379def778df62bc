// Bundles each program into one CommonJS file, so that it starts fast and needs no module
// resolution at run time: the CLI (which also carries the language server, `svc lsp --stdio`),
// and the VS Code extension with the server it starts (a .vsix ships no node_modules).
import { build } from 'esbuild';
import { copyFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';

const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: true, logLevel: 'warning' };

// ELK (the diagrams' layout, 1.6 MB) stays a file of its own beside the CLI bundle and is loaded
// only when `svc render` lays out a graph: parsing it at every start would slow down every command.
const ELK = 'elkjs/lib/elk.bundled.js';
const elkBeside = {
    name: 'elk-beside',
    setup: build => build.onResolve({ filter: /^elkjs\/lib\/elk\.bundled\.js$/ }, () => ({ path: './elk.cjs', external: true }))
};

await Promise.all([
    build({ ...common, entryPoints: ['packages/cli/src/main.ts'], outfile: 'packages/cli/out/svc.cjs', plugins: [elkBeside] }),
    // `vscode` exists only inside the extension host.
    build({ ...common, entryPoints: ['packages/vscode/src/extension.ts'], outfile: 'packages/vscode/out/extension.cjs', external: ['vscode'] }),
    build({ ...common, entryPoints: ['packages/vscode/src/server.ts'], outfile: 'packages/vscode/out/server.cjs' })
]);

await copyFile(createRequire(import.meta.url).resolve(ELK), 'packages/cli/out/elk.cjs');

// The extension ships the TextMate grammar kept at the root syntaxes/ (hand-written: see README).
await mkdir('packages/vscode/syntaxes', { recursive: true });
await copyFile('syntaxes/svc.tmLanguage.json', 'packages/vscode/syntaxes/svc.tmLanguage.json');
