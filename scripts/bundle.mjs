// Bundles each program into one CommonJS file, so that it starts fast and needs no module
// resolution at run time: the CLI (which also carries the language server, `svc lsp --stdio`),
// and the VS Code extension with the server it starts (a .vsix ships no node_modules); and the
// extension's preview page, a browser script of its own.
import { build } from 'esbuild';
import { copyFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';

// Whitespace and syntax minified, names kept (stack traces stay readable; the source map has the
// rest): V8 reads and compiles a third less at every start of `svc`.
const common = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    sourcemap: true,
    minifyWhitespace: true,
    minifySyntax: true,
    logLevel: 'warning'
};

// ELK (the diagrams' layout, 1.6 MB) stays a file of its own beside the CLI and server bundles and
// is loaded only when a graph is laid out (`svc render`, the preview's first diagram): parsing it
// at every start would slow down every command and every editor start.
const ELK = 'elkjs/lib/elk.bundled.js';
const elkBeside = {
    name: 'elk-beside',
    setup: build => build.onResolve({ filter: /^elkjs\/lib\/elk\.bundled\.js$/ }, () => ({ path: './elk.cjs', external: true }))
};

// vscode-languageserver and its protocol are CommonJS with hundreds of exports, imported by some
// forty ES modules (Langium's and ours); esbuild copies every export into a fresh namespace object
// per importing module (`__toESM`), 16 ms of every start. One ES module re-exports each package
// once and every other importer shares it.
const SHARED_CJS = /^vscode-languageserver(-protocol)?$/;
const sharedCjs = {
    name: 'shared-cjs',
    setup(build) {
        build.onResolve({ filter: SHARED_CJS }, args =>
            args.namespace === 'shared-cjs' ? undefined : { path: args.path, namespace: 'shared-cjs', pluginData: args.resolveDir }
        );
        build.onLoad({ filter: /.*/, namespace: 'shared-cjs' }, args => ({
            contents: `export * from '${args.path}';`,
            resolveDir: args.pluginData,
            loader: 'js'
        }));
    }
};

await Promise.all([
    build({ ...common, entryPoints: ['packages/cli/src/main.ts'], outfile: 'packages/cli/out/svc.cjs', plugins: [elkBeside, sharedCjs] }),
    // `vscode` exists only inside the extension host.
    build({ ...common, entryPoints: ['packages/vscode/src/extension.ts'], outfile: 'packages/vscode/out/extension.cjs', external: ['vscode'] }),
    build({ ...common, entryPoints: ['packages/vscode/src/server.ts'], outfile: 'packages/vscode/out/server.cjs', plugins: [elkBeside, sharedCjs] }),
    // The preview page runs in the webview, a browser; its folder is all the page may load from.
    build({
        bundle: true,
        platform: 'browser',
        format: 'iife',
        target: 'es2022',
        sourcemap: false,
        logLevel: 'warning',
        entryPoints: ['packages/vscode/src/webview/main.ts'],
        outfile: 'packages/vscode/out/preview/preview.js'
    })
]);

const elk = createRequire(import.meta.url).resolve(ELK);
await copyFile(elk, 'packages/cli/out/elk.cjs');
await copyFile(elk, 'packages/vscode/out/elk.cjs');
await copyFile('packages/vscode/src/webview/preview.css', 'packages/vscode/out/preview/preview.css');

// The extension ships the TextMate grammar kept at the root syntaxes/ (hand-written: see README).
await mkdir('packages/vscode/syntaxes', { recursive: true });
await copyFile('syntaxes/svc.tmLanguage.json', 'packages/vscode/syntaxes/svc.tmLanguage.json');
