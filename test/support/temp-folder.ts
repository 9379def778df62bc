import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, expect } from 'vitest';
import { CLI } from './paths.js';

/**
 * A fresh folder for every test of the file, removed after it; `use` receives each new one.
 * The CLI tests write there, so it also checks that the bundled CLI exists.
 */
export function freshFolderPerTest(prefix: string, use: (folder: string) => void): void {
    let folder: string | undefined;
    beforeEach(() => {
        expect(fs.existsSync(CLI), 'run npm run build first').toBe(true);
        folder = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
        use(folder);
    });
    afterEach(() => {
        if (folder) fs.rmSync(folder, { recursive: true, force: true });
    });
}
