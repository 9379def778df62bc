import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from './support/paths.js';
import { svcIn } from './support/run-cli.js';
import { freshFolderPerTest } from './support/temp-folder.js';

const ORG1 = path.join(REPO, 'examples/org1-it-department');

let root: string;

const svc = (...args: string[]) => svcIn(root, args);

const boxes = (svg: string) => [...svg.matchAll(/<g class="node [^"]*" data-element="([^"]*)"/g)].map(match => match[1]);

freshFolderPerTest('svc-report-scope-', folder => (root = folder));

describe('svc report with a scope', () => {
    it('narrows the stack, alignment and agility diagrams, not the per-service ones', () => {
        expect(svc('report', ORG1, '--format', 'md', '--out', 'r.md', '--element', 'MobileSales', '--depth', '0')).toEqual({
            code: 0,
            stdout: [
                'r.md',
                ...['stack', 'alignment', 'agility', 'profile-org1.it.OrderManagement', 'gaps-org1.it.OrderManagement'].map(name => `r-diagrams/${name}.svg`),
                ''
            ].join('\n'),
            stderr: ''
        });
        const read = (file: string) => fs.readFileSync(path.join(root, 'r-diagrams', file), 'utf8');
        expect(boxes(read('stack.svg'))).toEqual(['org1.business.MobileSales']);
        expect(read('stack.svg')).toContain('>Showing MobileSales alone · workspace: ');
        expect(read('profile-org1.it.OrderManagement.svg')).not.toContain('Showing');
    });

    it('refuses a package the workspace does not have: exit 2, one line, nothing written', () => {
        expect(svc('report', ORG1, '--out', 'r.html', '--package', 'org1.nothing')).toEqual({
            code: 2,
            stdout: '',
            stderr: "svc: no .svc file declares package 'org1.nothing'\n"
        });
        expect(fs.existsSync(path.join(root, 'r.html'))).toBe(false);
    });
});
