import { describe, expect, it } from 'vitest';
import type { CodeAction } from 'vscode-languageserver';
import type { QuickFixRuleId } from '@svc-lang/core';
import { toDiagnostic } from '../src/lsp/diagnostics-publisher.js';
import { actionsFor, analyse, outcome, type Files } from './quick-fix-support.js';

/** Applies the action titled `title` (the first when omitted) and checks the finding is gone with no new error. */
async function expectFix(files: Files, rule: QuickFixRuleId, element: string, title?: string) {
    const { actions, finding } = await actionsFor(files, rule, element);
    const action = title === undefined ? actions[0] : actions.find(a => a.title === title);
    expect(action, `offered: ${actions.map(a => a.title).join(' | ')}`).toBeDefined();
    const result = await outcome(files, action!, finding);
    expect(result.stillThere).toBe(false);
    expect(result.newErrors).toEqual([]);
    return { actions, edited: result.edited };
}

/**
 * need-stale's fix plans the response (revision 2): the finding stays, on the same need, until
 * the response is recorded. Applies the one action and checks that, that it adds no error, and
 * that recording `responded` on the stub then clears the finding.
 */
async function expectPlanned(files: Files, element: string) {
    const { actions, finding } = await actionsFor(files, 'need-stale', element);
    expect(actions).toHaveLength(1);
    const result = await outcome(files, actions[0]!, finding);
    expect(result.newErrors).toEqual([]);
    const staleOn = async (edited: Files) => (await analyse(edited)).findings.filter(f => f.rule === 'need-stale' && f.element === element);
    expect(await staleOn(result.edited)).toHaveLength(1);
    const responded = Object.fromEntries(
        Object.entries(result.edited).map(([name, text]) => [name, text.replace('  decided 2011-01-01\n', '  decided 2011-01-01\n  responded 2011-01-01\n')])
    );
    expect(responded).not.toEqual(result.edited);
    expect(await staleOn(responded)).toEqual([]);
    return { actions, edited: result.edited };
}

const titles = (actions: CodeAction[]) => actions.map(a => a.title);
const preferred = (actions: CodeAction[]) => actions.filter(a => a.isPreferred).map(a => a.title);

const BIDS = `package acme.bids
policy { asOf 2011-01-01 }

stakeholder BidManager "Bid manager" { perspective business }
stakeholder Estimator { perspective business }

need CostEstimating "Estimate construction costs" {
  raisedBy BidManager
  raised 2010-02-01
  requires { functionality 80  performance 70 }
}
need BidPricing
`;

const ROOT = 'stakeholder CIO { perspective it }\n';

/** An IT file that covers CostEstimating and BidPricing, so only the rule under test fires on them. */
const IT = `package acme.it
import acme.bids

service EstimatingPackage at business-process-execution {
  addresses CostEstimating, BidPricing
}
`;

describe('need-uncovered', () => {
    it("creates a service stub after the need, in the need's file, at business-process-execution", async () => {
        const files = { 'bids.svc': BIDS, 'root.svc': ROOT };
        const { actions, edited } = await expectFix(files, 'need-uncovered', 'acme.bids.CostEstimating');
        expect(titles(actions)).toEqual(["Create service 'CostEstimatingService' that addresses 'CostEstimating'"]);
        expect(preferred(actions)).toHaveLength(1);
        expect(edited['root.svc']).toBe(ROOT);
        expect(edited['bids.svc']).toContain(
            '  requires { functionality 80  performance 70 }\n}\n\nservice CostEstimatingService at business-process-execution {\n  addresses CostEstimating\n}\n\nneed BidPricing\n'
        );
    });

    it('adds a suffix when the name exists, in any package', async () => {
        const files = { 'bids.svc': BIDS, 'other.svc': 'package elsewhere\nservice CostEstimatingService at development' };
        const { actions } = await expectFix(files, 'need-uncovered', 'acme.bids.CostEstimating');
        expect(titles(actions)).toEqual(["Create service 'CostEstimatingService2' that addresses 'CostEstimating' in other.svc"]);
    });

    it('offers each file that declares services, closest package first, and each fix clears the finding', async () => {
        const files = {
            'bids.svc': BIDS,
            'elsewhere.svc': 'package other\nservice Unrelated at development\n',
            'it-catalogue.svc': 'package acme.it\nservice Hosting at development\n',
            'pricing.svc': 'package acme.bids.pricing\nservice Quoting at development\n'
        };
        const { actions } = await actionsFor(files, 'need-uncovered', 'acme.bids.CostEstimating');
        const stub = "Create service 'CostEstimatingService' that addresses 'CostEstimating' in";
        expect(titles(actions)).toEqual([`${stub} pricing.svc`, `${stub} it-catalogue.svc`, `${stub} elsewhere.svc`]);
        expect(preferred(actions)).toEqual([`${stub} pricing.svc`]);
        for (const action of actions) {
            const { edited } = await expectFix(files, 'need-uncovered', 'acme.bids.CostEstimating', action.title);
            const target = action.title.slice(stub.length + 1);
            expect(edited[target]).toContain('\nservice CostEstimatingService at business-process-execution {\n  addresses acme.bids.CostEstimating\n}\n');
            expect(
                Object.entries(edited)
                    .filter(([name, text]) => text !== files[name as keyof typeof files])
                    .map(([name]) => name)
            ).toEqual([target]);
        }
    });

    it("writes the need's simple name where it resolves, in the need's own file when that declares services", async () => {
        const files = {
            'bids.svc': `${BIDS}service Bidding at development\n`,
            'it.svc': 'package acme.it\nimport acme.bids\nservice Hosting at development\n'
        };
        const { actions } = await actionsFor(files, 'need-uncovered', 'acme.bids.CostEstimating');
        const stub = "Create service 'CostEstimatingService' that addresses 'CostEstimating' in";
        expect(titles(actions)).toEqual([`${stub} bids.svc`, `${stub} it.svc`]);
        const { edited } = await expectFix(files, 'need-uncovered', 'acme.bids.CostEstimating', `${stub} it.svc`);
        expect(edited['it.svc']).toBe(
            'package acme.it\nimport acme.bids\nservice Hosting at development\n\nservice CostEstimatingService at business-process-execution {\n  addresses CostEstimating\n}\n'
        );
    });

    it('inserts after the last declaration of a file without a final newline', async () => {
        const files = { 'a.svc': 'need A' };
        const { edited } = await expectFix(files, 'need-uncovered', 'A');
        expect(edited['a.svc']).toBe('need A\n\nservice AService at business-process-execution {\n  addresses A\n}');
    });
});

describe('alignment stubs', () => {
    it("need-stale: a planned alignment of the need with the services that cover it, named as they resolve from the need's file", async () => {
        const files = {
            'bids.svc': BIDS,
            'root.svc': ROOT,
            'it.svc': 'package acme.it\nservice EstimatingPackage at business-process-execution { addresses acme.bids.CostEstimating }'
        };
        const { actions, edited } = await expectPlanned(files, 'acme.bids.CostEstimating');
        expect(titles(actions)).toEqual(["Create planned alignment 'CostEstimatingAlignment' that aligns 'CostEstimating' with 'acme.it.EstimatingPackage'"]);
        expect(edited['bids.svc']).toContain(
            [
                'alignment CostEstimatingAlignment {',
                '  aligns CostEstimating with acme.it.EstimatingPackage',
                '  governance { accountable BidManager, CIO }',
                '  risk medium',
                '  resources { }',
                '  decided 2011-01-01',
                '}'
            ].join('\n')
        );
    });

    it('need-stale on an uncovered need: creates the service to align it with as well', async () => {
        const files = { 'bids.svc': BIDS };
        const { actions, edited } = await expectPlanned(files, 'acme.bids.CostEstimating');
        expect(titles(actions)).toEqual([
            "Create planned alignment 'CostEstimatingAlignment' that aligns 'CostEstimating' with a new service 'CostEstimatingService'"
        ]);
        expect(edited['bids.svc']).toContain(
            '  addresses CostEstimating\n}\n\nalignment CostEstimatingAlignment {\n  aligns CostEstimating with CostEstimatingService\n'
        );
    });

    it('gap-unanswered: responds to the gap; the raiser of its need is accountable', async () => {
        const files = { 'bids.svc': `${BIDS}gap ErpEstimating on CostEstimating { shortfall { functionality 40 } }\n`, 'it.svc': IT };
        const { actions, edited } = await expectFix(files, 'gap-unanswered', 'acme.bids.ErpEstimating');
        expect(titles(actions)).toEqual(["Create alignment 'ErpEstimatingAlignment' that responds to 'ErpEstimating'"]);
        expect(edited['bids.svc']).toMatch(
            /\n\nalignment ErpEstimatingAlignment \{\n {2}respondsTo ErpEstimating\n {2}governance \{ accountable BidManager \}\n/
        );
    });

    it('change-unanswered: works in another package, with stakeholders visible through an import and the root', async () => {
        const files = {
            'bids.svc': BIDS,
            'root.svc': ROOT,
            'it.svc': IT,
            'gov.svc': 'package acme.gov\nimport acme.bids\n\nchange CostCentre { kind market  affects BidPricing }\n'
        };
        const { actions, edited } = await expectFix(files, 'change-unanswered', 'acme.gov.CostCentre');
        expect(titles(actions)).toEqual(["Create alignment 'CostCentreAlignment' that responds to 'CostCentre'"]);
        expect(edited['gov.svc']).toContain('governance { accountable BidManager, CIO }');
    });

    it('quality-unaddressed: responds to the assessment; its assessors are accountable', async () => {
        const assessment = 'assessment Q3 of EstimatingPackage {\n  assessors Estimator, CIO\n  score functionality 40\n}\n';
        const files = { 'bids.svc': BIDS, 'root.svc': ROOT, 'it.svc': IT + assessment };
        const { actions, edited } = await expectFix(files, 'quality-unaddressed', 'acme.it.Q3');
        expect(titles(actions)).toEqual(["Create alignment 'Q3Alignment' that responds to 'Q3'"]);
        expect(edited['it.svc']).toContain('respondsTo Q3\n  governance { accountable Estimator, CIO }');
    });

    it('without visible stakeholders leaves governance empty: a warning, not an error', async () => {
        const files = { 'a.svc': 'change Merger' };
        const { edited } = await expectFix(files, 'change-unanswered', 'Merger');
        expect(edited['a.svc']).toContain('governance { }');
        const after = await analyse(edited);
        expect(after.findings.filter(f => f.rule === 'alignment-unaccountable').map(f => f.severity)).toEqual(['warning']);
    });
});

describe('alignment-incomplete', () => {
    const files = (alignment: string) => ({
        'bids.svc': BIDS,
        'root.svc': ROOT,
        'it.svc': IT,
        'gov.svc': `package acme.gov\nimport acme.bids\n\n${alignment}\n`
    });

    it('inserts the missing blocks as lines of a multi-line body, at its indentation', async () => {
        const { actions, edited } = await expectFix(
            files('alignment Realign {\n    aligns CostEstimating with acme.it.EstimatingPackage\n    risk high\n}'),
            'alignment-incomplete',
            'acme.gov.Realign'
        );
        expect(titles(actions)).toEqual(["Insert governance and resources into 'Realign'"]);
        expect(edited['gov.svc']).toContain('    risk high\n    governance { accountable BidManager, CIO }\n    resources { }\n}');
    });

    it('keeps a one-line body on one line, and creates a body where there is none', async () => {
        const oneLine = await expectFix(files('alignment Realign { risk low }'), 'alignment-incomplete', 'acme.gov.Realign');
        expect(oneLine.edited['gov.svc']).toContain('alignment Realign { risk low  governance { accountable BidManager, CIO }  resources { } }');
        const none = await expectFix(files('alignment Realign "Title"'), 'alignment-incomplete', 'acme.gov.Realign');
        expect(titles(none.actions)).toEqual(["Insert governance, risk and resources into 'Realign'"]);
        expect(none.edited['gov.svc']).toContain(
            'alignment Realign "Title" {\n  governance { accountable BidManager, CIO }\n  risk medium\n  resources { }\n}'
        );
    });
});

describe('service-unmanaged', () => {
    const files = {
        'bids.svc': BIDS,
        'it.svc': IT,
        'ops.svc': 'package acme.ops\n\nservice Relationship at service-management {\n  manages Hosting\n}\nservice Hosting at it-operations\n',
        'root.svc': `${ROOT}service Desk at service-management\n`
    };

    it('offers each management service, editing its file, with the name that resolves there', async () => {
        const { actions } = await actionsFor(files, 'service-unmanaged', 'acme.it.EstimatingPackage');
        expect(titles(actions)).toEqual([
            "Add 'acme.it.EstimatingPackage' to manages of 'acme.ops.Relationship'",
            "Add 'acme.it.EstimatingPackage' to manages of 'Desk'"
        ]);
        expect(preferred(actions)).toHaveLength(1);
        const appended = await expectFix(files, 'service-unmanaged', 'acme.it.EstimatingPackage', titles(actions)[0]);
        expect(appended.edited['ops.svc']).toContain('  manages Hosting, acme.it.EstimatingPackage\n}');
        expect(appended.edited['it.svc']).toBe(IT);
        const created = await expectFix(files, 'service-unmanaged', 'acme.it.EstimatingPackage', titles(actions)[1]);
        expect(created.edited['root.svc']).toContain('service Desk at service-management {\n  manages acme.it.EstimatingPackage\n}');
    });

    it('prefers a management service of the same package, and offers nothing when there is none', async () => {
        const same = { ...files, 'it-ops.svc': 'package acme.it\nservice ItDesk at service-management { manages acme.ops.Hosting }' };
        const { actions } = await actionsFor(same, 'service-unmanaged', 'acme.it.EstimatingPackage');
        expect(preferred(actions)).toEqual(["Add 'EstimatingPackage' to manages of 'ItDesk'"]);
        await expectFix(same, 'service-unmanaged', 'acme.it.EstimatingPackage', preferred(actions)[0]);
        const none = await actionsFor({ 'bids.svc': BIDS, 'it.svc': IT }, 'service-unmanaged', 'acme.it.EstimatingPackage');
        expect(none.actions).toEqual([]);
    });
});

describe('spec fixes', () => {
    it("spec-missing: a spec stub signed by the need's raiser, committing what the need requires", async () => {
        const files = { 'bids.svc': BIDS, 'root.svc': ROOT, 'it.svc': IT };
        const { actions, edited } = await expectFix(files, 'spec-missing', 'acme.it.EstimatingPackage');
        expect(titles(actions)).toEqual(["Create spec 'EstimatingPackageSpec' for 'EstimatingPackage'"]);
        expect(edited['it.svc']).toContain(
            '}\n\nspec EstimatingPackageSpec for EstimatingPackage {\n  agreedBy BidManager\n  commits { functionality 80  performance 70 }\n}\n'
        );
        const after = await analyse(edited);
        expect(after.findings.filter(f => f.element === 'acme.it.EstimatingPackageSpec' && f.rule.startsWith('spec-'))).toEqual([]);
    });

    const spec = (body: string) => ({ 'bids.svc': BIDS, 'root.svc': ROOT, 'it.svc': `${IT}spec EstimatingSla for EstimatingPackage${body}\n` });

    it("spec-unsigned: one action per visible business stakeholder, the need's raiser preferred, appended to agreedBy", async () => {
        const files = spec(' {\n  agreedBy CIO\n}');
        const { actions } = await actionsFor(files, 'spec-unsigned', 'acme.it.EstimatingSla');
        expect(titles(actions)).toEqual(["Add 'BidManager' to agreedBy of 'EstimatingSla'", "Add 'Estimator' to agreedBy of 'EstimatingSla'"]);
        expect(preferred(actions)).toEqual(["Add 'BidManager' to agreedBy of 'EstimatingSla'"]);
        const { edited } = await expectFix(files, 'spec-unsigned', 'acme.it.EstimatingSla', titles(actions)[1]);
        expect(edited['it.svc']).toContain('  agreedBy CIO, Estimator\n}');
    });

    it('spec-unsigned: adds an agreedBy line to a body without one, or creates the body', async () => {
        const multi = await expectFix(spec(' {\n    version "1.0"\n}'), 'spec-unsigned', 'acme.it.EstimatingSla');
        expect(multi.edited['it.svc']).toContain('    version "1.0"\n    agreedBy BidManager\n}');
        const none = await expectFix(spec(''), 'spec-unsigned', 'acme.it.EstimatingSla');
        expect(none.edited['it.svc']).toContain('spec EstimatingSla for EstimatingPackage {\n  agreedBy BidManager\n}');
    });

    it('metric-unmapped: offers the properties, the one whose title fits the metric first', async () => {
        const files = spec(' {\n  agreedBy BidManager\n  metric availability 99.5%\n  metric incidentsClosed 40\n  metric zork 3 measures support\n}');
        const { actions, edited } = await expectFix(files, 'metric-unmapped', 'acme.it.EstimatingSla');
        expect(titles(actions)).toHaveLength(10);
        expect(titles(actions)[0]).toBe("Add 'measures performance' to metric 'availability'");
        expect(preferred(actions)).toEqual([titles(actions)[0]]);
        expect(edited['it.svc']).toContain('  metric availability 99.5% measures performance\n  metric incidentsClosed 40\n');
        const { actions: second } = await actionsFor(edited, 'metric-unmapped', 'acme.it.EstimatingSla');
        expect(preferred(second)).toEqual(["Add 'measures support' to metric 'incidentsClosed'"]);
    });

    it('metric-unmapped: marks nothing preferred when no property fits the name', async () => {
        const { actions } = await expectFix(spec(' { agreedBy BidManager  metric zork 3 }'), 'metric-unmapped', 'acme.it.EstimatingSla');
        expect(preferred(actions)).toEqual([]);
    });

    it('spec-below-need: raises the commitment to the required value', async () => {
        const files = spec(' {\n  agreedBy BidManager\n  commits { functionality 60  performance 70 }\n}');
        const { actions, edited } = await expectFix(files, 'spec-below-need', 'acme.it.EstimatingSla');
        expect(titles(actions)).toEqual(["Raise functionality to 80 (required by 'CostEstimating')"]);
        expect(edited['it.svc']).toContain('commits { functionality 80  performance 70 }');
    });
});

describe('requirement-uncommitted', () => {
    const files = (specs: string, extra: Files = {}) => ({ 'bids.svc': BIDS, 'root.svc': ROOT, 'it.svc': `${IT}${specs}\n`, ...extra });

    it("adds the required score to the commits block of the covering service's spec", async () => {
        const { actions, edited } = await expectFix(
            files('spec Sla for EstimatingPackage {\n  agreedBy BidManager\n  commits { functionality 80 }\n}'),
            'requirement-uncommitted',
            'acme.bids.CostEstimating'
        );
        expect(titles(actions)).toEqual(["Add 'performance 70' to the commits of 'Sla'"]);
        expect(edited['it.svc']).toContain('  commits { functionality 80  performance 70 }\n');
        expect(edited['bids.svc']).toBe(BIDS);
    });

    it('creates a commits block where the spec has none', async () => {
        const spec = files('spec Sla for EstimatingPackage {\n  agreedBy BidManager\n}');
        expect((await analyse(spec)).findings.filter(f => f.rule === 'requirement-uncommitted')).toHaveLength(2);
        const { edited } = await expectFix(spec, 'requirement-uncommitted', 'acme.bids.CostEstimating');
        expect(edited['it.svc']).toContain('  agreedBy BidManager\n  commits { functionality 80 }\n}');
    });

    it('edits the last current spec of the first covering service, in its multi-line block', async () => {
        const specs = [
            'spec Old for EstimatingPackage { commits { functionality 10 } }',
            'spec Sla for EstimatingPackage {',
            '  agreedBy BidManager',
            '  supersedes Old',
            '  commits {',
            '    functionality 80',
            '  }',
            '}',
            'spec Later for EstimatingPackage {',
            '  agreedBy BidManager',
            '  commits {',
            '    functionality 85',
            '  }',
            '}'
        ].join('\n');
        const other = {
            'z.svc':
                'package acme.z\nservice Second at development { addresses acme.bids.CostEstimating }\nspec Z for Second { commits { functionality 80 } }\n'
        };
        const { actions, edited } = await expectFix(files(specs, other), 'requirement-uncommitted', 'acme.bids.CostEstimating');
        expect(titles(actions)).toEqual(["Add 'performance 70' to the commits of 'Later'"]);
        expect(edited['it.svc']).toContain('  commits {\n    functionality 85\n    performance 70\n  }\n}\n');
        expect(edited['z.svc']).toBe(other['z.svc']);
    });
});

describe('duplicate-score', () => {
    const files = (assessment: string) => ({ 'bids.svc': BIDS, 'root.svc': ROOT, 'it.svc': `${IT}${assessment}\n` });

    it("removes the earlier score's whole line, with its remark, dimensions and comment", async () => {
        const assessment = [
            'assessment Q3 of EstimatingPackage {',
            '  assessors Estimator, CIO',
            '  score functionality 40 "first go" { leadership 30 }  // replaced below',
            '  score performance 70',
            '  score functionality 60',
            '}'
        ].join('\n');
        const { actions, edited } = await expectFix(files(assessment), 'duplicate-score', 'acme.it.Q3');
        expect(titles(actions)).toEqual(["Remove the earlier score functionality 40 from 'Q3'"]);
        expect(edited['it.svc']).toContain('  assessors Estimator, CIO\n  score performance 70\n  score functionality 60\n}');
    });

    it('removes the score and its spacing from a one-line body, first or last', async () => {
        const first = await expectFix(
            files('assessment Q3 of EstimatingPackage { score functionality 40  score functionality 60  assessors Estimator, CIO }'),
            'duplicate-score',
            'acme.it.Q3'
        );
        expect(first.edited['it.svc']).toContain('assessment Q3 of EstimatingPackage { score functionality 60  assessors Estimator, CIO }');
        const { findings } = await analyse(
            files('assessment Q3 of EstimatingPackage { assessors Estimator, CIO  score functionality 40  score functionality 50  score functionality 60 }')
        );
        expect(findings.filter(f => f.rule === 'duplicate-score')).toHaveLength(2);
    });
});

describe('effect-claim-mismatch', () => {
    const assessments = [
        'assessment Before of EstimatingPackage { date 2010-01-01  assessors Estimator, CIO  score functionality 50  score understanding 80 }',
        'assessment After of EstimatingPackage { date 2010-09-01  assessors Estimator, CIO  score functionality 70  score understanding 100 }'
    ].join('\n');
    const files = (tbe: string) => ({
        'bids.svc': BIDS,
        'root.svc': ROOT,
        'it.svc': `${IT}${assessments}\nalignment Fix {\n  aligns CostEstimating with EstimatingPackage\n  governance { accountable BidManager, CIO }\n  risk low\n  resources { }\n  responded 2010-06-01\n  ${tbe}\n}\n`
    });

    it('replaces a claimed number with the measured one (TBE 40 before, 70 after)', async () => {
        const { actions, edited } = await expectFix(files('tbe before 20 after 71'), 'effect-claim-mismatch', 'acme.it.Fix');
        expect(titles(actions)).toEqual(['Replace tbe before 20 with the measured 40']);
        expect(edited['it.svc']).toContain('  tbe before 40 after 71\n');
        const after = await expectFix(files('tbe before 40 after 99.5'), 'effect-claim-mismatch', 'acme.it.Fix');
        expect(titles(after.actions)).toEqual(['Replace tbe after 99.5 with the measured 70']);
        expect(after.edited['it.svc']).toContain('  tbe before 40 after 70\n');
    });
});

describe('unresolved-import', () => {
    /** The actions for the one unresolved-import finding, which belongs to no declaration. */
    async function importActions(files: Files, file: string) {
        const { workspace, findings } = await analyse(files);
        const finding = findings.find(f => f.rule === 'unresolved-import')!;
        const diagnostic = toDiagnostic(finding);
        const params = { textDocument: { uri: finding.location.uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } };
        const actions = (await workspace.Svc.lsp.CodeActionProvider!.getCodeActions(workspace.documents[file]!, params)) as CodeAction[];
        return { actions, finding };
    }

    it("replaces the name with the closest declared package, never the file's own", async () => {
        const own = 'package acme.bid2\nimport acme.bid\n\nneed N { raisedBy BidManager }\nservice S at it-operations { addresses N }\n';
        const files = { 'a.svc': own, 'bids.svc': BIDS, 'b.svc': 'package acme.b\n' };
        const { actions, finding } = await importActions(files, 'a.svc');
        expect(finding.location.range).toEqual({ start: { line: 1, character: 7 }, end: { line: 1, character: 15 } });
        expect(titles(actions)).toEqual(["Replace 'acme.bid' with 'acme.bids'"]);
        const result = await outcome(files, actions[0]!, finding);
        expect(result.stillThere).toBe(false);
        expect(result.newErrors).toEqual([]);
        expect(result.edited['a.svc']).toBe(own.replace('import acme.bid\n', 'import acme.bids\n'));
        // The import was what made BidManager resolve.
        expect((await analyse(result.edited)).findings.filter(f => f.rule === 'unresolved-reference')).toEqual([]);
    });

    it('offers nothing when no declared package is within two edits', async () => {
        const { actions } = await importActions({ 'bids.svc': BIDS, 'a.svc': 'import acme.zzzzz\nneed N\n' }, 'a.svc');
        expect(actions).toEqual([]);
    });
});

describe('unresolved-reference', () => {
    it('creates a stakeholder of the expected kind after the declaration that refers to it', async () => {
        const files = { 'a.svc': 'need N {\n  raisedBy Boss\n}\nservice S at development { addresses N  owner Geek }\n' };
        const { actions, edited } = await expectFix(files, 'unresolved-reference', 'N');
        expect(titles(actions)).toEqual(["Create stakeholder 'Boss'"]);
        expect(edited['a.svc']).toContain('need N {\n  raisedBy Boss\n}\n\nstakeholder Boss {\n  perspective business\n}\n\nservice S');
        const owner = await expectFix(files, 'unresolved-reference', 'S');
        expect(owner.edited['a.svc']).toContain('stakeholder Geek {\n  perspective it\n}');
    });

    it('creates a supporting service at the bottom of the stack, another service mid-stack', async () => {
        const supported = await expectFix({ 'a.svc': 'need N\nservice S at development { addresses N  supportedBy Hosting }' }, 'unresolved-reference', 'S');
        expect(titles(supported.actions)).toEqual(["Create service 'Hosting' at it-operations"]);
        const spec = await expectFix({ 'a.svc': 'spec Sla for Package' }, 'unresolved-reference', 'Sla');
        expect(titles(spec.actions)).toEqual(["Create service 'Package' at business-process-execution"]);
    });

    it('creates a need, with a service that covers it unless the reference itself does', async () => {
        const covered = await expectFix({ 'a.svc': 'service S at development { addresses Missing }' }, 'unresolved-reference', 'S');
        expect(titles(covered.actions)).toEqual(["Create need 'Missing'"]);
        const gap = await expectFix({ 'a.svc': 'gap G on Missing' }, 'unresolved-reference', 'G');
        expect(titles(gap.actions)).toEqual(["Create need 'Missing' and service 'MissingService' that addresses it"]);
    });

    it('creates properties, dimensions and, for respondsTo, a change', async () => {
        const property = await expectFix({ 'a.svc': 'need N { requires { resilience 80 } }' }, 'unresolved-reference', 'N');
        expect(titles(property.actions)).toEqual(["Create property 'resilience'"]);
        const files = { 'a.svc': 'need N\nservice S at development { addresses N }\nassessment A of S { score support 50 { agility 40 } }' };
        const dimension = await expectFix(files, 'unresolved-reference', 'A');
        expect(titles(dimension.actions)).toEqual(["Create dimension 'agility'"]);
        const change = await expectFix({ 'a.svc': 'alignment L { respondsTo Merger  governance { }  risk low  resources { } }' }, 'unresolved-reference', 'L');
        expect(titles(change.actions)).toEqual(["Create change 'Merger'"]);
    });

    it('declares a qualified name in a file of its package, and offers nothing where it would clash', async () => {
        const files = {
            'core.svc': 'package acme.core\nstakeholder Boss { perspective business }',
            'a.svc': 'package acme.bids\nneed N { raisedBy acme.core.Geek }'
        };
        const { edited } = await expectFix(files, 'unresolved-reference', 'acme.bids.N');
        expect(edited['core.svc']).toBe('package acme.core\nstakeholder Boss { perspective business }\n\nstakeholder Geek {\n  perspective business\n}\n');
        const clash = await actionsFor({ 'a.svc': 'need N\nneed M { raisedBy N }' }, 'unresolved-reference', 'M');
        expect(clash.actions).toEqual([]);
        const nowhere = await actionsFor({ 'a.svc': 'need N { raisedBy nowhere.Boss }' }, 'unresolved-reference', 'N');
        expect(nowhere.actions).toEqual([]);
    });
});

describe('every fix in a workspace with many findings', () => {
    const files: Files = {
        'bids.svc': BIDS.replace(/\n/g, '\r\n') + 'gap ErpGap on BidPricing // the ERP\r\nchange Merger { affects CostEstimating }\r\n',
        'it.svc': [
            'package acme.it',
            'import acme.bids',
            'service EstimatingPackage at business-process-execution {',
            '\taddresses CostEstimating',
            '\tsupportedBy Hosting',
            '}',
            'service Hosting at it-operations',
            'spec Sla for EstimatingPackage {',
            '\tcommits { functionality 50 }',
            '\tmetric timeToFix 2d',
            '}',
            'assessment Review of EstimatingPackage { assessors BidManager  score functionality 20  score functionality 30 }',
            'alignment Half { respondsTo Merger',
            '\trisk low }',
            'need Orphan { raisedBy Nobody }'
        ].join('\n'),
        'ops.svc': 'package acme.ops\nimport acme.itt\nservice Desk at service-management { manages acme.it.Hosting }\n'
    };

    it('clears each finding it is offered for, and adds no error', async () => {
        const { findings } = await analyse(files);
        const fixable = findings.filter(f => f.rule !== 'syntax');
        let applied = 0;
        for (const finding of fixable) {
            const { actions } = await actionsFor(files, finding.rule, finding.element!);
            for (const action of actions) {
                const result = await outcome(files, action, finding);
                // need-stale's fix plans the response: the finding stays until the response is recorded.
                const stays = finding.rule === 'need-stale';
                expect({ title: action.title, stillThere: result.stillThere && !stays, newErrors: result.newErrors }).toEqual({
                    title: action.title,
                    stillThere: false,
                    newErrors: []
                });
                applied++;
            }
        }
        const rules = new Set(fixable.map(f => f.rule));
        for (const rule of ['need-stale', 'requirement-uncommitted', 'duplicate-score', 'unresolved-import'] as const) expect(rules).toContain(rule);
        expect(applied).toBeGreaterThan(20);
    });
});

describe('the provider', () => {
    it('offers nothing for rules without a quick fix', async () => {
        const { actions } = await actionsFor({ 'a.svc': 'change C' }, 'change-unlinked', 'C');
        expect(actions).toEqual([]);
    });

    it("finds the finding by rule and line when the client counts columns in bytes, names the client's diagnostic, and edits by the finding's range", async () => {
        const files = { 'a.svc': 'need Über  need Kosten\nservice S at development { addresses Über }\n' };
        const { workspace, findings } = await analyse(files);
        const finding = findings.find(f => f.rule === 'need-uncovered' && f.element === 'Kosten')!;
        expect(finding.location.range.start).toEqual({ line: 0, character: 16 });
        // What a byte-counting client reports: Ü is two bytes in UTF-8.
        const shift = (p: { line: number; character: number }) => ({ line: p.line, character: p.character + 1 });
        const reported = { ...toDiagnostic(finding), range: { start: shift(finding.location.range.start), end: shift(finding.location.range.end) } };
        const params = { textDocument: { uri: 'file:///ws/a.svc' }, range: reported.range, context: { diagnostics: [reported] } };
        const actions = (await workspace.Svc.lsp.CodeActionProvider!.getCodeActions(workspace.documents['a.svc']!, params)) as CodeAction[];
        expect(titles(actions)).toEqual(["Create service 'KostenService' that addresses 'Kosten' in a.svc"]);
        expect(actions[0]!.diagnostics).toEqual([reported]);
        const result = await outcome(files, actions[0]!, finding);
        expect(result.stillThere).toBe(false);
        expect(result.edited['a.svc']).toContain(
            'service S at development { addresses Über }\n\nservice KostenService at business-process-execution {\n  addresses Kosten\n}\n'
        );
    });

    it('offers nothing for a diagnostic on a line where its rule found nothing', async () => {
        const { workspace, findings } = await analyse({ 'a.svc': 'need A\n\n' });
        const reported = {
            ...toDiagnostic(findings.find(f => f.rule === 'need-uncovered')!),
            range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }
        };
        const params = { textDocument: { uri: 'file:///ws/a.svc' }, range: reported.range, context: { diagnostics: [reported] } };
        expect(await workspace.Svc.lsp.CodeActionProvider!.getCodeActions(workspace.documents['a.svc']!, params)).toEqual([]);
    });

    it('answers only svc diagnostics', async () => {
        const { workspace, findings } = await analyse({ 'a.svc': 'need A' });
        const diagnostic = { ...toDiagnostic(findings[0]!), source: 'other' };
        const params = { textDocument: { uri: 'file:///ws/a.svc' }, range: diagnostic.range, context: { diagnostics: [diagnostic] } };
        expect(await workspace.Svc.lsp.CodeActionProvider!.getCodeActions(workspace.documents['a.svc']!, params)).toEqual([]);
    });
});
