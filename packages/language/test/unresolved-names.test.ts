import { DefaultIndexManager } from 'langium';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SvcAstReflection } from '../src/generated/ast.js';
import { NearestNames } from '@svc-lang/core';
import { EXPECTED_KIND } from '../src/references/svc-linker.js';
import { actionsFor, analyse, outcome, type Files } from './quick-fix-support.js';

const IT =
    'package acme.it\nstakeholder Geek { perspective it }\nservice Hosting at it-operations { owner Geek }\nservice Network at it-operations { owner Geek }\n';

/** The findings a slip adds to a workspace: what `slipped` reports and `clean` does not. */
async function added(clean: Files, slipped: Files) {
    const key = (f: { rule: string; message: string }) => `${f.rule}: ${f.message}`;
    const before = new Set((await analyse(clean)).findings.map(key));
    return (await analyse(slipped)).findings.filter(f => !before.has(key(f))).map(f => ({ rule: f.rule, message: f.message }));
}

const BIDS = (body: string) =>
    `package acme.bids\nimport acme.it\nstakeholder Boss { perspective business }\nneed Orders { raisedBy Boss }\nservice Ordering at business-process-execution {\n  addresses Orders\n  ${body}\n}\n`;

describe('unresolved names, in the user words', () => {
    afterEach(() => vi.restoreAllMocks());

    it('names the kind expected and what the name is instead, as one finding', async () => {
        const clean = { 'it.svc': IT, 'bids.svc': BIDS('supportedBy Hosting') };
        expect(await added(clean, { ...clean, 'bids.svc': BIDS('supportedBy Hosting, Orders') })).toEqual([
            { rule: 'unresolved-reference', message: "no service named 'Orders' is visible here; 'Orders' is a need" }
        ]);
        const respondsTo = await analyse({ 'a.svc': 'need Orders\nalignment L { respondsTo Orders }' });
        expect(respondsTo.findings.filter(f => f.rule === 'unresolved-reference').map(f => f.message)).toEqual([
            "no change, gap or assessment named 'Orders' is visible here; 'Orders' is a need"
        ]);
    });

    it('adds nothing but the unresolved reference for a misspelt relation: no cascade on either end', async () => {
        const clean = { 'it.svc': IT, 'bids.svc': BIDS('supportedBy Hosting') };
        // Ordering would reach no core IT service and Hosting would lose its purpose; neither is reported.
        expect(await added(clean, { ...clean, 'bids.svc': BIDS('supportedBy Hostng') })).toEqual([
            { rule: 'unresolved-reference', message: "no service named 'Hostng' is visible here; did you mean 'Hosting'?" }
        ]);
        // Orders would be uncovered and Ordering purposeless.
        const misspeltNeed = BIDS('supportedBy Hosting').replace('addresses Orders', 'addresses Ordres');
        expect(await added(clean, { ...clean, 'bids.svc': misspeltNeed })).toEqual([
            { rule: 'unresolved-reference', message: "no need named 'Ordres' is visible here; did you mean 'Orders'?" }
        ]);
        // A name from a package not imported is the same slip.
        const notImported = { 'it.svc': IT, 'bids.svc': BIDS('supportedBy Hosting').replace('import acme.it\n', '') };
        expect((await added(clean, notImported)).map(f => f.rule)).toEqual(['unresolved-reference']);
    });

    it('suggests the nearest names: visible ones simply, others qualified, in the package a qualified name names', async () => {
        const clean = { 'it.svc': IT, 'bids.svc': BIDS('supportedBy Hosting  owner Boss') };
        const message = async (body: string) => (await added(clean, { ...clean, 'bids.svc': BIDS(body) })).map(f => f.message);
        expect(await message('supportedBy Hosting  owner Bos')).toEqual(["no stakeholder named 'Bos' is visible here; did you mean 'Boss'?"]);
        expect(await message('supportedBy Hosting, Hsoting  owner Boss')).toEqual(["no service named 'Hsoting' is visible here; did you mean 'Hosting'?"]);
        expect(await message('supportedBy Hosting, acme.it.Netwrk  owner Boss')).toEqual([
            "no service named 'acme.it.Netwrk' is visible here; did you mean 'acme.it.Network'?"
        ]);
        const dimension = await analyse({ 'a.svc': 'service S at development\nassessment A of S { score support 50 { leadrship 40 } }' });
        expect(dimension.findings.filter(f => f.rule === 'unresolved-reference').map(f => f.message)).toEqual([
            "no dimension named 'leadrship' is visible here; did you mean 'leadership'?"
        ]);
        // Two letters are a couple of edits from almost anything: no guess.
        const short = await analyse({ 'a.svc': 'stakeholder Bo { perspective business }\nneed N { raisedBy Xy }' });
        expect(short.findings.filter(f => f.rule === 'unresolved-reference').map(f => f.message)).toEqual(["no stakeholder named 'Xy' is visible here"]);
    });

    it('suggests the qualified name from a package not imported, with a quick fix that imports it', async () => {
        const files = {
            'it.svc': IT,
            'bids.svc': 'package acme.bids\n\nneed Orders\nservice Ordering at business-process-execution { addresses Orders  supportedBy Hosting }\n'
        };
        const { actions, finding } = await actionsFor(files, 'unresolved-reference', 'acme.bids.Ordering');
        expect(finding.message).toBe("no service named 'Hosting' is visible here; did you mean 'acme.it.Hosting'?");
        expect(actions.map(action => [action.title, action.isPreferred])).toEqual([
            ['Add import acme.it', true],
            ["Create service 'Hosting' at it-operations", undefined]
        ]);
        const result = await outcome(files, actions[0]!, finding);
        expect(result.edited['bids.svc']).toBe(
            'package acme.bids\n\nimport acme.it\n\nneed Orders\nservice Ordering at business-process-execution { addresses Orders  supportedBy Hosting }\n'
        );
        expect(result).toMatchObject({ stillThere: false, newErrors: [] });
        // After the last import, where there are imports.
        const imported = { ...files, 'ops.svc': 'package acme.ops\nneed Uptime', 'bids.svc': files['bids.svc'].replace('\n\n', '\nimport acme.ops\n') };
        const second = await actionsFor(imported, 'unresolved-reference', 'acme.bids.Ordering');
        expect((await outcome(imported, second.actions[0]!, second.finding)).edited['bids.svc']).toContain('import acme.ops\nimport acme.it\nneed Orders');
    });

    it('never shows an AST type name, for any kind of reference', () => {
        const types = new SvcAstReflection().types as Record<string, { properties: Record<string, { referenceType?: string }> }>;
        const referenced = new Set(
            Object.values(types).flatMap(type => Object.values(type.properties).flatMap(p => (p.referenceType ? [p.referenceType] : [])))
        );
        expect([...referenced].filter(type => EXPECTED_KIND[type] === undefined)).toEqual([]);
    });

    it('builds its name tables once per build, not once per unresolved reference', async () => {
        const lookups = vi.spyOn(DefaultIndexManager.prototype, 'allElements');
        const names = Array.from({ length: 400 }, (_, i) => `Service${i}`);
        const text = `${names.map(name => `service ${name} at development`).join('\n')}\nneed N { raisedBy ${names.map(name => `${name}x`).join(', ')} }\n`;
        const { findings } = await analyse({ 'a.svc': text });
        expect(findings.filter(f => f.rule === 'unresolved-reference')).toHaveLength(400);
        expect(lookups.mock.calls.length).toBeLessThan(20);
    });
});

describe('NearestNames', () => {
    const names = new NearestNames(['Hosting', 'Hostings', 'Posting', 'Network', 'Hosting']);
    const near = (written: string) => names.near(written, () => true, 3);

    it('finds one edit of any sort, a swap of neighbours, and two edits of which at most one is a missing or wrong character', () => {
        expect(near('Hostng')).toEqual(['Hosting']);
        expect(near('Hsoting')).toEqual(['Hosting']);
        expect(near('Hostingxx')).toEqual(['Hosting', 'Hostings']);
        expect(near('Netwerk')).toEqual(['Network']);
        expect(near('Nutwerk')).toEqual([]);
    });

    it('never offers the name itself, ranks by distance then by order, and honours accept and limit', () => {
        expect(near('Hosting')).toEqual(['Hostings', 'Posting']);
        expect(names.near('Hosting', name => name !== 'Hostings', 3)).toEqual(['Posting']);
        expect(names.near('Hostin', () => true, 1)).toEqual(['Hosting']);
    });
});
