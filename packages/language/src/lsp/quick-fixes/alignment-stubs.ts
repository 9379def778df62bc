import type { CodeAction } from 'vscode-languageserver';
import type { Declaration } from '@svc-lang/core';
import { defined, quickFix, type FixContext } from './fix-context.js';
import { accountableFrom, raisersOf } from './stakeholders.js';
import { serviceStubLines } from './stubs.js';
import { declarationLines, insertAfter, insertIntoBody, SourceText } from './text-edits.js';

type Part = 'governance' | 'risk' | 'resources';

const PARTS: readonly Part[] = ['governance', 'risk', 'resources'];

/**
 * The blocks that make an alignment complete. Risk starts at `medium` and resources empty:
 * the architect fills them in; the stub must only not be `alignment-incomplete` itself.
 */
function partItem(part: Part, accountable: readonly string[]): string {
    switch (part) {
        case 'governance':
            return accountable.length === 0 ? 'governance { }' : `governance { accountable ${accountable.join(', ')} }`;
        case 'risk':
            return 'risk medium';
        case 'resources':
            return 'resources { }';
    }
}

interface AlignmentStub {
    /** The first item: what the alignment responds to or aligns. */
    relation: string;
    /** Stakeholders to prefer as accountable. */
    owners: readonly string[];
    title: (name: string) => string;
    /** Declarations the alignment needs, inserted before it. */
    before?: readonly string[];
    /** `YYYY-MM-DD` of a planned alignment: `decided` and no `responded`. */
    decided?: string;
}

/** A complete alignment after `subject`, in the subject's file. */
function alignmentStub(context: FixContext, subject: Declaration, stub: AlignmentStub): CodeAction {
    const { view } = context;
    const uri = subject.location.uri;
    const name = view.freshName(`${subject.name}Alignment`);
    const accountable = accountableFrom(view, uri, stub.owners);
    const decided = stub.decided === undefined ? [] : [`decided ${stub.decided}`];
    const lines = declarationLines(`alignment ${name}`, [stub.relation, ...PARTS.map(part => partItem(part, accountable)), ...decided]);
    const edit = insertAfter(SourceText.of(context.document), subject.location.range, [...(stub.before ?? []), ...lines]);
    return quickFix(context, stub.title(name), { [uri]: [edit] }, true);
}

function respondingStub(context: FixContext, subject: Declaration, owners: readonly string[]): CodeAction[] {
    const title = (name: string) => `Create alignment '${name}' that responds to '${subject.name}'`;
    return [alignmentStub(context, subject, { relation: `respondsTo ${subject.name}`, owners, title })];
}

/** gap-unanswered: the raisers of the gap's need own the response. */
export function gapUnanswered(context: FixContext): CodeAction[] {
    const gap = context.view.subject(context, 'gap');
    return gap ? respondingStub(context, gap, raisersOf([context.view.index.resolve(gap.need, 'need')])) : [];
}

/** change-unanswered: the raisers of the needs the change affects own the response. */
export function changeUnanswered(context: FixContext): CodeAction[] {
    const change = context.view.subject(context, 'change');
    return change ? respondingStub(context, change, raisersOf(change.affects.map(ref => context.view.index.resolve(ref, 'need')))) : [];
}

/** quality-unaddressed: the assessors, who saw the shortfall, own the response. */
export function qualityUnaddressed(context: FixContext): CodeAction[] {
    const assessment = context.view.subject(context, 'assessment');
    return assessment ? respondingStub(context, assessment, assessment.assessors.map(ref => ref.target).filter(defined)) : [];
}

/**
 * need-stale: a planned alignment that aligns the need with the services that cover it, decided
 * on the `asOf` the need was judged stale on and not yet responded (language revision 2): the
 * finding stays until someone records the response. A stale need that nothing covers gets a new
 * service stub too, since `aligns` must name a service.
 */
export function needStale(context: FixContext): CodeAction[] {
    const { view } = context;
    const need = view.subject(context, 'need');
    if (!need) return [];
    const owners = raisersOf([need]);
    const decided = view.settings.forPackage(need.package).asOf;
    const covering = view.index.coveringServices(need.qualifiedName).map(service => view.nameFrom(need.location.uri, service.qualifiedName));
    if (covering.length > 0) {
        const title = (name: string) => `Create planned alignment '${name}' that aligns '${need.name}' with ${covering.map(s => `'${s}'`).join(', ')}`;
        return [alignmentStub(context, need, { relation: `aligns ${need.name} with ${covering.join(', ')}`, owners, title, decided })];
    }
    const service = view.freshName(`${need.name}Service`);
    const title = (name: string) => `Create planned alignment '${name}' that aligns '${need.name}' with a new service '${service}'`;
    const before = [...serviceStubLines(service, need.name), ''];
    return [alignmentStub(context, need, { relation: `aligns ${need.name} with ${service}`, owners, title, before, decided })];
}

/** alignment-incomplete: the missing blocks, added to the alignment's body in its own layout. */
export function alignmentIncomplete(context: FixContext): CodeAction[] {
    const { view } = context;
    const alignment = view.subject(context, 'alignment');
    const node = alignment && view.nodeOf(alignment);
    if (!alignment || !node) return [];
    const missing = PARTS.filter(part => alignment[part] === undefined);
    const owners = raisersOf(alignment.aligns.map(clause => view.index.resolve(clause.need, 'need')));
    const accountable = accountableFrom(view, alignment.location.uri, owners);
    const edit = insertIntoBody(
        SourceText.of(context.document),
        node,
        missing.map(part => partItem(part, accountable))
    );
    if (missing.length === 0 || !edit) return [];
    return [quickFix(context, `Insert ${listing(missing)} into '${alignment.name}'`, { [alignment.location.uri]: [edit] }, true)];
}

/** `a, b and c`, as the rule's message lists the missing parts. */
function listing(items: readonly string[]): string {
    return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
