import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writtenFlowchart } from './support/mermaid.js';
import { REPO } from './support/paths.js';
import { svcIn } from './support/run-cli.js';
import { freshFolderPerTest } from './support/temp-folder.js';

/** --package, --element and --depth: what svc render and svc export --format mermaid draw. */

const ORG1 = path.join(REPO, 'examples/org1-it-department');

let root: string;

const svc = (...args: string[]) => svcIn(root, args);

const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');

/** The elements drawn as boxes in a stack or alignment SVG, in drawing order. */
const boxes = (svg: string) => [...svg.matchAll(/<g class="node [^"]*" data-element="([^"]*)"/g)].map(match => match[1]);

freshFolderPerTest('svc-scope-', folder => (root = folder));

describe('svc render --package', () => {
    it('draws only the declarations of the package, and says so in the subtitle', () => {
        expect(svc('render', ORG1, '--view', 'stack', '--package', 'org1.it', '--out', 'out')).toEqual({ code: 0, stdout: 'out/stack.svg\n', stderr: '' });
        const stack = read('out/stack.svg');
        expect(boxes(stack)).toContain('org1.it.OrderManagement');
        expect(boxes(stack).filter(name => !name!.startsWith('org1.it.'))).toEqual([]);
        expect(stack).toContain('>Showing package org1.it · workspace: ');
    });

    it('is repeatable', () => {
        expect(svc('render', ORG1, '--view', 'alignment', '--package', 'org1.business', '--package', 'org1.it', '--out', 'out').code).toBe(0);
        const alignment = read('out/alignment.svg');
        expect(boxes(alignment)).toEqual(expect.arrayContaining(['org1.business.NewCompetitor', 'org1.it.ErpSupportEnds']));
        expect(alignment).toContain('>Showing packages org1.business, org1.it · workspace: ');
    });

    it('draws every view, the per-service ones unscoped', () => {
        const run = svc('render', ORG1, '--package', 'org1.business', '--out', 'out');
        expect(run).toMatchObject({ code: 0, stderr: '' });
        expect(run.stdout).toContain('out/profile-org1.it.OrderManagement.svg\n');
        expect(boxes(read('out/stack.svg'))).toEqual(['org1.business.CustomerOrderVisibility', 'org1.business.MarginReporting', 'org1.business.MobileSales']);
        expect(read('out/profile-org1.it.OrderManagement.svg')).not.toContain('Showing');
    });
});

describe('svc render --element', () => {
    const stackAt = (depth?: string) => {
        const run = svc(
            'render',
            ORG1,
            '--view',
            'stack',
            '--element',
            'org1.it.ErpPlatform',
            ...(depth === undefined ? [] : ['--depth', depth]),
            '--out',
            'out'
        );
        expect(run).toEqual({ code: 0, stdout: 'out/stack.svg\n', stderr: '' });
        return read('out/stack.svg');
    };

    it('draws the element and what references link it to, within --depth steps (default 1)', () => {
        expect(boxes(stackAt('0'))).toEqual(['org1.it.ErpPlatform']);
        const one = ['org1.it.OrderManagement', 'org1.it.ErpPlatform', 'org1.it.Infrastructure', 'org1.it.ServiceDesk'];
        expect(boxes(stackAt('1'))).toEqual(one);
        expect(boxes(stackAt())).toEqual(one);
        const two = stackAt('2');
        expect(boxes(two)).toEqual(
            expect.arrayContaining([...one, 'org1.business.CustomerOrderVisibility', 'org1.it.DataWarehouse', 'org1.it.BusinessContact'])
        );
        expect(boxes(two)).not.toContain('org1.business.MarginReporting');
        expect(two).toContain('>Showing org1.it.ErpPlatform and its neighbours within 2 steps · workspace: ');
    });

    it('centres the graph views on a need and, as it is no service, skips the per-service ones with a warning', () => {
        const run = svc('render', ORG1, '--element', 'MobileSales', '--out', 'out');
        expect(run).toEqual({
            code: 0,
            stdout: 'out/stack.svg\nout/alignment.svg\nout/agility.svg\n',
            stderr: "svc: warning: 'MobileSales' is no service: no profile view drawn\nsvc: warning: 'MobileSales' is no service: no gaps view drawn\n"
        });
        expect(boxes(read('out/alignment.svg'))).toEqual(['org1.business.NewCompetitor', 'org1.business.MobileSales']);
    });

    it('still picks the service of the profile and gaps views', () => {
        expect(svc('render', ORG1, '--element', 'OrderManagement', '--out', 'out')).toMatchObject({ code: 0, stderr: '' });
        expect(fs.readdirSync(path.join(root, 'out')).sort()).toEqual([
            'agility.svg',
            'alignment.svg',
            'gaps-org1.it.OrderManagement.svg',
            'profile-org1.it.OrderManagement.svg',
            'stack.svg'
        ]);
        expect(read('out/stack.svg')).toContain('>Showing OrderManagement and its neighbours within 1 step · workspace: ');
    });
});

describe('svc export --format mermaid with a scope', () => {
    it('draws the same part of the workspace as svc render', () => {
        const whole = svc('export', ORG1, '--format', 'mermaid', '--view', 'alignment');
        const scoped = svc('export', ORG1, '--format', 'mermaid', '--view', 'alignment', '--element', 'org1.business.NewCompetitor', '--depth', '0');
        expect(scoped).toMatchObject({ code: 0, stderr: '' });
        expect(writtenFlowchart(scoped.stdout)).toEqual({ nodes: ['n0'], edges: 0, subgraphs: 1 });
        expect(scoped.stdout).toContain('A low-price online competitor enters the market');
        expect(writtenFlowchart(whole.stdout).nodes.length).toBeGreaterThan(5);
        const it = svc('export', ORG1, '--format', 'mermaid', '--package', 'org1.it').stdout;
        expect(it).toContain('ERP application platform');
        expect(it).not.toContain('Weekly margin by product line');
    });
});

describe('a scope svc cannot draw', () => {
    it.each([
        [['render', '--view', 'stack', '--depth', '2', '--out', 'out'], '--depth applies only with --element'],
        [['render', '--element', 'OrderManagement', '--package', 'org1.it', '--out', 'out'], '--element and --package cannot be combined: give one of them'],
        [
            ['render', '--element', 'OrderManagement', '--depth', '-1', '--out', 'out'],
            "option '--depth <n>' argument '-1' is invalid. expected a whole number, 0 or more."
        ],
        [
            ['render', '--element', 'OrderManagement', '--depth', 'two', '--out', 'out'],
            "option '--depth <n>' argument 'two' is invalid. expected a whole number, 0 or more."
        ],
        [['render', '--package', 'org1.nothing', '--out', 'out'], "no .svc file declares package 'org1.nothing'"],
        [['render', '--element', 'org1.it.Nothing', '--out', 'out'], "no element named 'org1.it.Nothing'"],
        [
            ['render', '--element', 'org1.it.ITManager', '--out', 'out'],
            "'org1.it.ITManager' is a stakeholder: a diagram can centre on a need, gap, change, service, spec, assessment or alignment"
        ],
        [['render', '--view', 'profile', '--package', 'org1.it', '--out', 'out'], '--package does not apply to the profile and gaps views'],
        [['render', '--view', 'gaps', '--element', 'MobileSales', '--out', 'out'], "no service named 'MobileSales'"],
        [['export', '--package', 'org1.it'], '--package and --element apply only to --format mermaid'],
        [['export', '--format', 'mermaid', '--element', 'Nothing'], "no element named 'Nothing'"]
    ])('%j: exit 2, one line, nothing written', (args, message) => {
        const [command, ...options] = args;
        expect(svc(command!, ORG1, ...options)).toEqual({ code: 2, stdout: '', stderr: `svc: ${message}\n` });
        expect(fs.existsSync(path.join(root, 'out'))).toBe(false);
    });
});

describe('help', () => {
    it.each(['render', 'export'])('svc %s --help describes the options', command => {
        const help = svc(command, '--help').stdout;
        for (const option of ['--package <name>', '--element <name>', '--depth <n>']) expect(help).toContain(option);
        expect(help).toContain('(default: 1)');
        expect(help).toContain('within --depth steps');
    });
});
