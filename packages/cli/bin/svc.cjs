#!/usr/bin/env node
'use strict';
// The command itself is an esbuild bundle of src/main.ts, so it starts fast and needs no ESM
// loader; this shim finds it and hands it the version, which it reads from beside itself.
const fs = require('node:fs');
const path = require('node:path');

const bundle = path.join(__dirname, '..', 'out', 'svc.cjs');
if (fs.existsSync(bundle)) {
    // V8 keeps the compiled bundle on disk (Node's compile cache, in the temporary folder unless
    // NODE_COMPILE_CACHE says where): compiling 1.8 MB of JavaScript is a tenth of a small run.
    require('node:module').enableCompileCache?.();
    const { version } = require('../package.json');
    require(bundle)
        .main(process.argv.slice(2), version)
        .then(code => {
            process.exitCode = code;
        });
} else {
    process.stderr.write('svc: not built — run npm install (or npm run build) first\n');
    process.exitCode = 2;
}
