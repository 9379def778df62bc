import { beforeAll, describe, expect, it } from 'vitest';
import { expectHover } from 'langium/test';
import { findRule } from '@svc-lang/core';
import { buildWorkspace } from './helpers.js';

const MODEL = `package acme
policy { asOf 2011-01-01 }
stakeholder BidManager "Bid manager" { perspective business }
stakeholder CIO "Chief information officer" { perspective it  role "Head of IT" }
property resilience "Resilience" { group core  dimension recovery "Time to recover" }
need CostEstimating "Estimate construction costs" {
  raisedBy BidManager
  raised 2010-02-01
  requires { functionality 80  performance 70 }
  expects  { functionality 70  performance 75 }
}
need Forgotten { raised 2010-01-01 }
gap ErpEstimating on CostEstimating { shortfall { functionality 40 } }
change CostCentre { kind market  date 2010-01-10  affects CostEstimating }
service EstimatingPackage "Construction estimating package" at business-process-execution {
  nature mix 70% product
  provider external
  addresses CostEstimating
  supportedBy Hosting
}
service Hosting "Application hosting" at it-operations
service Orphan at development
service Relationship at service-management { manages EstimatingPackage, Hosting }
spec EstimatingSla for EstimatingPackage {
  agreedBy BidManager, CIO
  commits { functionality 75  performance 80 }
}
// svc-ignore quality-unaddressed
assessment Q3Review of EstimatingPackage {
  date 2010-09-30
  assessors BidManager, CIO
  score functionality 60 { leadership 50 }
  score performance 85
  score understanding 40
}
// svc-ignore quality-unaddressed
assessment Q1Review of EstimatingPackage {
  date 2010-03-31
  assessors BidManager, CIO
  score functionality 50
  score understanding 40
}
assessment ItSelfScore of EstimatingPackage {
  date 2010-10-15
  assessors CIO
  score functionality 80
  score performance 90
  score understanding 70
}
alignment Realign2011 {
  respondsTo CostCentre, ErpEstimating
  aligns CostEstimating with EstimatingPackage
  governance { accountable BidManager, CIO }
  risk medium
  resources { people 3 }
  decided 2010-03-01
  responded 2010-04-15
  tbe before 51 after 66
}
policy { rule spec-unsigned error }
`;

describe('hover', () => {
    let hoverAt: (text: string) => Promise<string | undefined>;

    beforeAll(async () => {
        // Agility measures every sample at the root package's asOf, not today.
        const { Svc, documents } = await buildWorkspace({ 'model.svc': MODEL, 'root.svc': 'policy { asOf 2011-01-01 }\n' });
        const document = documents['model.svc']!;
        /** The hover one character into the first occurrence of `text`. */
        hoverAt = async text => {
            const offset = MODEL.indexOf(text);
            expect(offset, text).toBeGreaterThanOrEqual(0);
            const position = document.textDocument.positionAt(offset + 1);
            const hover = await Svc.lsp.HoverProvider!.getHoverContent(document, { textDocument: { uri: document.uri.toString() }, position });
            return hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : undefined;
        };
    });

    it('summarises a need: coverage, gaps, raised and aligned, its agility sample, requires and expects', async () => {
        expect(await hoverAt('CostEstimating "')).toBe(
            [
                '**need** `acme.CostEstimating` — Estimate construction costs',
                'covered by `EstimatingPackage` (business-process-execution)',
                'gap `ErpEstimating` · shortfall functionality 40',
                'raised 2010-02-01 · aligned by `Realign2011`',
                'agility: responded in 73 days by `Realign2011` on 2010-04-15 · planning 28 days (to decided 2010-03-01) · delivery 45 days',
                'requires functionality 80, performance 70 · expects functionality 70, performance 75'
            ].join('\n\n')
        );
    });

    it('shows the same summary on a reference as on the name', async () => {
        expect(await hoverAt('CostEstimating\n  supportedBy')).toBe(await hoverAt('CostEstimating "'));
    });

    it('marks a need that is not covered and stale, and open for agility at its age', async () => {
        expect(await hoverAt('Forgotten')).toBe(
            '**need** `acme.Forgotten`\n\n**not covered**\n\nraised 2010-01-01 · not aligned · **stale**\n\nagility: **open**, 365 days on 2011-01-01 without a response'
        );
    });

    it('summarises a service: level, nature, whom it supports, TBE per view, and per property business experience against commitment and IT view', async () => {
        const hover = await hoverAt('EstimatingPackage "');
        expect(hover).toContain('business-process-execution (stack level 3 of 6) · mix 70% product · external provider');
        expect(hover).toContain('covers `CostEstimating`');
        // Q3Review is joint, so it is the business TBE; IT's own later score is IT TBE (85 × 70 / 100).
        expect(hover).toContain('TBE 29 (3 of 11 properties, `Q3Review`) · IT TBE 59.5 (`ItSelfScore`) · PG +30.5');
        expect(hover).toContain(
            [
                '| property | commits | business | SX | IT view | PG |',
                '| --- | --: | --: | --: | --: | --: |',
                '| functionality | 75 | 60 | \u221215 | 80 | +20 |',
                '| performance | 80 | 85 | +5 | 90 | +5 |',
                '| understanding | – | 40 | – | 70 | +30 |'
            ].join('\n')
        );
        expect(await hoverAt('Hosting "')).toContain('covers no need · supports `EstimatingPackage`');
        // No assessment, no TBE line; no IT score, no IT columns.
        expect(await hoverAt('Hosting "')).not.toContain('TBE');
    });

    it("lists a service's diagnostics", async () => {
        expect(await hoverAt('Orphan')).toContain('warning `service-purposeless`: ');
    });

    it('shows the view, C, M and TBE of an assessment, and how many properties it scored', async () => {
        expect(await hoverAt('Q3Review')).toBe(
            '**assessment** `acme.Q3Review`\n\nof `EstimatingPackage` · 2010-09-30 · by `BidManager`, `CIO`\n\njoint view (business and IT) · C 72.5 · M 40 · TBE 29 · 3 of 11 properties scored'
        );
        expect(await hoverAt('ItSelfScore')).toContain("IT's view · C 85 · M 70 · TBE 59.5 · 3 of 11 properties scored");
    });

    it("shows an alignment's decision, its response delay from the earliest date, and its claimed and measured TBE effects side by side", async () => {
        const hover = await hoverAt('Realign2011');
        expect(hover).toContain('decided 2010-03-01 · responded 2010-04-15, 95 days after 2010-01-10');
        // Measured from business (here joint) views only: Q1Review (50 × 40 / 100 = 20) before the response, Q3Review (29) after it.
        expect(hover).toContain('TBE effect: claimed 51 → 66 (+15) · measured 20 → 29 (+9) over `EstimatingPackage`');
    });

    it('shows a stakeholder’s perspective and role', async () => {
        expect(await hoverAt('CIO "')).toBe('**stakeholder** `acme.CIO` — Chief information officer\n\nit perspective · role "Head of IT"');
    });

    it('shows a property’s group, meaning and dimensions, built-in or declared', async () => {
        expect(await hoverAt('resilience')).toBe(
            '**property** `acme.resilience` — Resilience\n\ncore property · dimensions `leadership`, `budget`, `recovery`'
        );
        expect(await hoverAt('functionality 80')).toBe(
            '**property** `functionality` (built-in) — Applications and the functions they provide\n\ncore property · dimensions `leadership`, `budget`'
        );
    });

    it('answers whether a gap or change is answered, and how fast for a change', async () => {
        expect(await hoverAt('ErpEstimating on')).toContain('answered by `Realign2011`');
        expect(await hoverAt('CostCentre {')).toContain('answered by `Realign2011`');
        expect(await hoverAt('CostCentre {')).toContain(
            'agility: responded in 95 days by `Realign2011` on 2010-04-15 · planning 50 days (to decided 2010-03-01) · delivery 45 days'
        );
    });

    it('describes a rule id in a policy and in an svc-ignore comment', async () => {
        const rule = findRule('quality-unaddressed')!;
        expect(await hoverAt('quality-unaddressed')).toBe(`**rule** \`quality-unaddressed\` · warning by default\n\n${rule.description}`);
        expect(await hoverAt('spec-unsigned')).toContain(findRule('spec-unsigned')!.description);
    });
});

describe('hover on policy', () => {
    const hoverOn = async (files: Record<string, string>, name: string, nth = 0) => {
        const { Svc, documents } = await buildWorkspace(files);
        const document = documents[name]!;
        const text = document.textDocument.getText();
        let offset = -1;
        for (let i = 0; i <= nth; i++) offset = text.indexOf('policy', offset + 1);
        const hover = await Svc.lsp.HoverProvider!.getHoverContent(document, {
            textDocument: { uri: document.uri.toString() },
            position: document.textDocument.positionAt(offset + 2)
        });
        return (hover?.contents as { value: string } | undefined)?.value;
    };
    const files = {
        'root.svc': 'policy {\n  tolerance 4\n  rule need-uncovered warning\n}\n',
        'acme.svc': 'package acme\npolicy {\n  maxResponseDays 30\n}\npolicy { tolerance 1 }\n',
        'fin.svc': 'package finance\nneed N\n'
    };

    it('shows the settings in force, where each comes from, and the packages a root policy applies to', async () => {
        expect(await hoverOn(files, 'root.svc')).toBe(
            [
                '**policy** of the root package',
                'Settings in force for the root package:\n- tolerance 4 from the root policy at root.svc:2\n- maxResponseDays 90, the default\n- asOf today',
                'Rules set here: `need-uncovered` warning.',
                'Applies to the root package, and to these packages for every setting they do not set themselves: `acme` (has its own policy), `finance`.'
            ].join('\n\n')
        );
    });

    it("shows a package's settings with what it inherits, and says when a second policy is ignored", async () => {
        const hover = await hoverOn(files, 'acme.svc');
        expect(hover).toContain("- tolerance 4 from the root policy at root.svc:2\n- maxResponseDays 30 from the policy of package 'acme' at acme.svc:3");
        expect(hover).toContain('Applies to package `acme`');
        expect(await hoverOn(files, 'acme.svc', 1)).toBe(
            '**policy** of package `acme` — not in force: the first policy of package `acme` (acme.svc:2) is, and this one is ignored (`policy-duplicate`).'
        );
    });
});

describe('hover through the langium test helper', () => {
    it('describes a rule id and stays silent on an unknown one', async () => {
        const { Svc } = await buildWorkspace({});
        const rule = findRule('need-stale')!;
        await expectHover(Svc)({
            text: 'policy { rule need-st<|>ale off }',
            index: 0,
            hover: `**rule** \`need-stale\` · warning by default\n\n${rule.description}`
        });
        await expectHover(Svc)({ text: 'policy { rule no-such<|>-rule off }', index: 0, hover: undefined });
    });
});
