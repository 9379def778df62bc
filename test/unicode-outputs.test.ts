// Revision 2: names are Unicode identifiers. Every output carries them whole and in NFC: text,
// JSON, SARIF, the SVG diagrams and their file names, and Mermaid (whose ids are svc's own).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { svcIn } from './support/run-cli.js';
import { freshFolderPerTest } from './support/temp-folder.js';

let root: string;
freshFolderPerTest('svc-unicode-', folder => (root = folder));
const svc = (...args: string[]) => svcIn(root, args);

// `Scolarité` is written decomposed (e + combining accent) where it is declared.
const WORKSPACE = `package école.経理
policy { asOf 2011-01-31 }
stakeholder Directrice { perspective business }
need Scolarite\u0301 "Inscriptions" { raisedBy Directrice raised 2010-01-04 requires { performance 70 } }
service 経理サービス "Comptabilité" at development { addresses Scolarité }
assessment Revue of 経理サービス { date 2010-06-30 assessors Directrice score performance 50 }
`;

function write(): void {
    fs.writeFileSync(path.join(root, 'école.svc'), WORKSPACE);
}

describe('Unicode names in every output', () => {
    it('text, JSON and SARIF name the elements whole, in NFC', () => {
        write();
        const text = svc('validate', '.');
        expect(text.stdout).toContain("'école.経理.Scolarité'");
        const json = JSON.parse(svc('validate', '.', '--format', 'json').stdout) as { diagnostics: { element: string | null; file: string }[] };
        expect(json.diagnostics.map(d => d.element)).toContain('école.経理.経理サービス');
        expect(json.diagnostics.every(d => d.file === 'école.svc')).toBe(true);
        const sarif = JSON.parse(svc('validate', '.', '--format', 'sarif').stdout) as {
            runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
        };
        const uri = sarif.runs[0]?.results[0]?.locations[0]?.physicalLocation.artifactLocation.uri ?? '';
        expect(decodeURIComponent(uri)).toMatch(/école\.svc$/);
        expect(uri).not.toMatch(/[^\x21-\x7e]/);
    });

    it('diagrams carry the names, and their files are named after them', () => {
        write();
        const run = svc('render', '.', '--out', 'out');
        expect(run.code).toBe(0);
        const files = run.stdout.trim().split('\n');
        expect(files).toContain('out/profile-école.経理.経理サービス.svg');
        expect(fs.readFileSync(path.join(root, 'out/stack.svg'), 'utf8')).toContain('data-element="école.経理.Scolarité"');
    });

    it("Mermaid ids are svc's own, and the labels keep the names", () => {
        write();
        const mermaid = svc('export', '.', '--format', 'mermaid', '--view', 'stack').stdout;
        expect(mermaid).toMatch(/\bn\d+\[/);
        expect(mermaid).toContain('Comptabilit');
        expect(mermaid).not.toMatch(/^\s*[^\x00-\x7f]/m);
    });
});
