// Common slips, each reported as one finding that says what to write: never a cascade of
// syntax errors, nor a rule reporting as missing what the parser could not read; and duplicate
// names that say where the other declaration is.
import { describe, expect, it } from 'vitest';
import { toDiagnostic } from '../src/lsp/diagnostics-publisher.js';
import { analyse } from './quick-fix-support.js';

const STAKEHOLDERS = 'stakeholder Boss { perspective business }\nstakeholder Geek { perspective it }\n';
const SERVICE = 'service S at development {\n  addresses N\n}\n';

/** Every finding of a one-file workspace, as `line rule: message` (1-based lines). */
async function findingsOf(text: string): Promise<string[]> {
    const { findings } = await analyse({ 'a.svc': text });
    return findings.map(f => `${f.location.range.start.line + 1} ${f.rule}: ${f.message}`);
}

/** The findings `slipped` has and `intended` (the same text without the slip) has not, as `rule: message`. */
async function added(slipped: string, intended: string): Promise<string[]> {
    const withoutLine = (finding: string) => finding.slice(finding.indexOf(' ') + 1);
    const before = new Set((await findingsOf(intended)).map(withoutLine));
    return (await findingsOf(slipped)).map(withoutLine).filter(finding => !before.has(finding));
}

describe('slips', () => {
    it('an import after a declaration: imports come before declarations, and what it imports still resolves', async () => {
        const files = {
            'it.svc': `package acme.it\n${STAKEHOLDERS}`,
            'a.svc': 'package acme.bids\n\nneed N {\n  raisedBy Geek\n}\n\nimport acme.it\n\nservice S at development {\n  addresses N\n  owner Geek\n}\n'
        };
        const { findings } = await analyse(files);
        expect(findings.filter(f => f.location.uri.endsWith('a.svc') && f.severity === 'error').map(f => `${f.rule}: ${f.message}`)).toEqual([
            'syntax: imports come before declarations: move `import acme.it` above the first one'
        ]);
    });

    it('a misspelt keyword: did you mean it, and the rest of the file is read', async () => {
        const text = (keyword: string) => `${STAKEHOLDERS}need N {\n  raisedBy Boss\n  ${keyword} { functionality 80 }\n  priority high\n}\nneed M\n${SERVICE}`;
        expect(await added(text('requries'), text('requires'))).toEqual(["syntax: Expected '}' but found 'requries'; did you mean `requires`?"]);
        // Declarations after the slip are read: M is still found uncovered.
        expect(await findingsOf(text('requries'))).toContain("8 need-uncovered: Need 'M' is not covered by any service");
        expect(await findingsOf(`${STAKEHOLDERS}need N\nservise T at development\n${SERVICE}`)).toContain(
            "4 syntax: Expected a declaration but found 'servise'; did you mean `service`?"
        );
    });

    it('a wrong value: names the allowed values, and no rule reports the value as missing', async () => {
        const perspective = await findingsOf('stakeholder Boss { perspective IT }\n');
        expect(perspective).toEqual(["1 syntax: 'IT' is not a perspective: write `business` or `it`; did you mean `it`?"]);
        const alignment = (level: string) =>
            `${STAKEHOLDERS}need N\n${SERVICE}alignment L {\n  aligns N with S\n  governance { accountable Boss, Geek }\n  risk ${level} "x"\n  resources { people 2 }\n}\n`;
        expect(await added(alignment('critical'), alignment('high'))).toEqual(["syntax: 'critical' is not a risk level: write `low`, `medium` or `high`"]);
    });

    it('still reports a second slip in the same file, and what the rules say of declarations read whole', async () => {
        const text = `${STAKEHOLDERS}need N { priority urgent }\nneed M\nservise T at development\n${SERVICE}`;
        expect(await findingsOf(text)).toEqual(
            expect.arrayContaining([
                "3 syntax: 'urgent' is not a priority: write `low`, `medium`, `high` or `critical`",
                "4 need-uncovered: Need 'M' is not covered by any service",
                "5 syntax: Expected a declaration but found 'servise'; did you mean `service`?"
            ])
        );
    });
});

describe('duplicate names', () => {
    it('name the other declaration by file and line, and give the editor its place as related information', async () => {
        const files = {
            'bids/a.svc': 'package acme\nstakeholder Boss { perspective business }\n',
            'it/b.svc': 'package acme\n\nstakeholder Boss { perspective it }\n'
        };
        const { findings } = await analyse(files);
        const [inA, inB] = findings.filter(f => f.rule === 'duplicate-name');
        expect(inA?.message).toBe("Stakeholder 'acme.Boss' has the same qualified name as stakeholder 'acme.Boss' at it/b.svc:3");
        expect(inB?.message).toBe("Stakeholder 'acme.Boss' has the same qualified name as stakeholder 'acme.Boss' at bids/a.svc:2");
        expect(toDiagnostic(inA!).relatedInformation).toEqual([
            { location: { uri: 'file:///ws/it/b.svc', range: inB!.location.range }, message: "Stakeholder 'acme.Boss', declared here too" }
        ]);
    });
});
