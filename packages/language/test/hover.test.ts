import { beforeAll, describe, expect, it } from 'vitest';
import { expectHover } from 'langium/test';
import { findRule } from '@svc/core';
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
alignment Realign2011 {
  respondsTo CostCentre, ErpEstimating
  aligns CostEstimating with EstimatingPackage
  governance { accountable BidManager, CIO }
  risk medium
  resources { people 3 }
  responded 2010-04-15
  tbe before 51 after 66
}
policy { rule spec-unsigned error }
`;

describe('hover', () => {
    let hoverAt: (text: string) => Promise<string | undefined>;

    beforeAll(async () => {
        const { Svc, documents } = await buildWorkspace({ 'model.svc': MODEL });
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

    it('summarises a need: coverage, gaps, raised and aligned, requires and expects', async () => {
        expect(await hoverAt('CostEstimating "')).toBe(
            [
                '**need** `acme.CostEstimating` — Estimate construction costs',
                'covered by `EstimatingPackage` (business-process-execution)',
                'gap `ErpEstimating` · shortfall functionality 40',
                'raised 2010-02-01 · aligned by `Realign2011`',
                'requires functionality 80, performance 70 · expects functionality 70, performance 75'
            ].join('\n\n')
        );
    });

    it('shows the same summary on a reference as on the name', async () => {
        expect(await hoverAt('CostEstimating\n  supportedBy')).toBe(await hoverAt('CostEstimating "'));
    });

    it('marks a need that is not covered and stale', async () => {
        expect(await hoverAt('Forgotten')).toBe('**need** `acme.Forgotten`\n\n**not covered**\n\nraised 2010-01-01 · not aligned · **stale**');
    });

    it('summarises a service: level, nature, whom it supports, latest TBE and commitments against experience', async () => {
        const hover = await hoverAt('EstimatingPackage "');
        expect(hover).toContain('business-process-execution (stack level 3 of 6) · mix 70% product · external provider');
        expect(hover).toContain('covers `CostEstimating`');
        expect(hover).toContain('TBE 29 (latest assessment `Q3Review`)');
        expect(hover).toContain(
            ['| property | commits | experienced | SX |', '|---|--:|--:|--:|', '| functionality | 75 | 60 | -15 |', '| performance | 80 | 85 | 5 |', '| understanding | – | 40 | – |'].join('\n')
        );
        expect(await hoverAt('Hosting "')).toContain('covers no need · supports `EstimatingPackage`');
    });

    it("lists a service's diagnostics", async () => {
        expect(await hoverAt('Orphan')).toContain('warning `service-purposeless`: ');
    });

    it('shows C, M and TBE of an assessment', async () => {
        expect(await hoverAt('Q3Review')).toBe(
            '**assessment** `acme.Q3Review`\n\nof `EstimatingPackage` · 2010-09-30 · by `BidManager`, `CIO`\n\nC 72.5 · M 40 · TBE 29'
        );
    });

    it("shows an alignment's response delay from the earliest date and its TBE effect", async () => {
        const hover = await hoverAt('Realign2011');
        expect(hover).toContain('responded 2010-04-15, 95 days after 2010-01-10');
        expect(hover).toContain('TBE 51 → 66 (effect +15)');
    });

    it('shows a stakeholder’s perspective and role', async () => {
        expect(await hoverAt('CIO "')).toBe('**stakeholder** `acme.CIO` — Chief information officer\n\nit perspective · role "Head of IT"');
    });

    it('shows a property’s group, meaning and dimensions, built-in or declared', async () => {
        expect(await hoverAt('resilience')).toBe('**property** `acme.resilience` — Resilience\n\ncore property · dimensions `leadership`, `budget`, `recovery`');
        expect(await hoverAt('functionality 80')).toBe(
            '**property** `functionality` (built-in) — Applications and the functions they provide\n\ncore property · dimensions `leadership`, `budget`'
        );
    });

    it('answers whether a gap or change is answered', async () => {
        expect(await hoverAt('ErpEstimating on')).toContain('answered by `Realign2011`');
        expect(await hoverAt('CostCentre {')).toContain('answered by `Realign2011`');
    });

    it('describes a rule id in a policy and in an svc-ignore comment', async () => {
        const rule = findRule('quality-unaddressed')!;
        expect(await hoverAt('quality-unaddressed')).toBe(`**rule** \`quality-unaddressed\` · warning by default\n\n${rule.description}`);
        expect(await hoverAt('spec-unsigned')).toContain(findRule('spec-unsigned')!.description);
    });
});

describe('hover through the langium test helper', () => {
    it('describes a rule id and stays silent on an unknown one', async () => {
        const { Svc } = await buildWorkspace({});
        const rule = findRule('need-stale')!;
        await expectHover(Svc)({ text: 'policy { rule need-st<|>ale off }', index: 0, hover: `**rule** \`need-stale\` · warning by default\n\n${rule.description}` });
        await expectHover(Svc)({ text: 'policy { rule no-such<|>-rule off }', index: 0, hover: undefined });
    });
});
