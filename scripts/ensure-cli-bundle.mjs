// `prepack` of @svc-lang/cli: the tarball ships only the bundle (out/svc.cjs, out/elk.cjs), so
// packing must never pick up a missing bundle or one older than the sources it was built from.
// When either holds, this builds the whole repository first (the bundle needs the generated
// parser and every package's types); otherwise it leaves the bundle as it is.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = ['svc.cjs', 'elk.cjs'].map(name => join(root, 'packages/cli/out', name));
const sources = ['core', 'diagram', 'language', 'cli'].map(name => join(root, 'packages', name, 'src'));

function modified(file) {
    try {
        return statSync(file).mtimeMs;
    } catch {
        return undefined;
    }
}

function newestSource() {
    let newest = 0;
    for (const folder of sources) {
        for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
            if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
        }
    }
    return newest;
}

const built = bundle.map(modified);
const missing = built.some(time => time === undefined);
if (missing || Math.min(...built) < newestSource()) {
    process.stderr.write(`svc prepack: the CLI bundle is ${missing ? 'missing' : 'older than its sources'}; building it\n`);
    const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
    process.exitCode = result.status ?? 1;
}
