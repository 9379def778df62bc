import type { CodeAction } from 'vscode-languageserver';
import type { Service, WorkspaceModel } from '@svc-lang/core';
import { uriFileName } from '@svc-lang/core';
import { quickFix, type FixContext } from './fix-context.js';
import { raisersOf, stakeholdersFrom } from './stakeholders.js';
import { declarationLines, insertAfter, SourceText } from './text-edits.js';

/** A need's service runs the business process that answers it. */
const NEED_SERVICE_LEVEL = 'business-process-execution';

export function serviceStubLines(name: string, needName: string): string[] {
    return declarationLines(`service ${name} at ${NEED_SERVICE_LEVEL}`, [`addresses ${needName}`]);
}

/**
 * need-uncovered: a service stub that addresses the need, one fix per file that already declares
 * services (services live apart from needs, in the IT files), closest package first; in the
 * need's own file when no file declares any.
 */
export function needUncovered(context: FixContext): CodeAction[] {
    const { view } = context;
    const need = view.subject(context, 'need');
    if (!need) return [];
    const name = view.freshName(`${need.name}Service`);
    const homes = serviceFiles(view.model, need.location.uri);
    if (homes.length === 0) {
        const edit = insertAfter(SourceText.of(context.document), need.location.range, serviceStubLines(name, need.name));
        return [quickFix(context, `Create service '${name}' that addresses '${need.name}'`, { [need.location.uri]: [edit] }, true)];
    }
    return homes.flatMap(({ uri, last }, i) => {
        const document = view.document(uri);
        if (!document) return [];
        const edit = insertAfter(SourceText.of(document), last.location.range, serviceStubLines(name, view.nameFrom(uri, need.qualifiedName)));
        const title = `Create service '${name}' that addresses '${need.name}' in ${uriFileName(uri)}`;
        return [quickFix(context, title, { [uri]: [edit] }, i === 0)];
    });
}

/**
 * The files that declare services, each with its last one (where a new service goes): the
 * longest package prefix shared with the need's file first, then the need's own file, then by URI.
 */
function serviceFiles(model: WorkspaceModel, needUri: string): { uri: string; last: Service }[] {
    const own = model.documents.find(doc => doc.uri === needUri)?.package ?? '';
    const files = model.documents.flatMap(doc => {
        const last = doc.declarations.filter((d): d is Service => d.kind === 'service').at(-1);
        return !doc.builtin && last ? [{ uri: doc.uri, last, shared: sharedSegments(own, doc.package) }] : [];
    });
    return files.sort((a, b) => b.shared - a.shared || Number(b.uri === needUri) - Number(a.uri === needUri) || a.uri.localeCompare(b.uri));
}

/** How many leading segments two package names share ('' is the root package, which shares none). */
function sharedSegments(a: string, b: string): number {
    const left = a === '' ? [] : a.split('.');
    const right = b === '' ? [] : b.split('.');
    let n = 0;
    while (n < left.length && left[n] === right[n]) n++;
    return n;
}

/**
 * spec-missing: a spec stub after the service, agreed by a business stakeholder (who raised a
 * covered need, if visible) and committing what the covered needs require, so that it starts
 * out signed and meeting the need instead of raising spec-unsigned and spec-below-need (its
 * commitments stay commitment-unassessed until an assessment scores them).
 */
export function specMissing(context: FixContext): CodeAction[] {
    const { view } = context;
    const service = view.subject(context, 'service');
    if (!service) return [];
    const uri = service.location.uri;
    const name = view.freshName(`${service.name}Spec`);
    const raisers = raisersOf(view.index.coveredNeeds(service.qualifiedName));
    const signer = stakeholdersFrom(view, uri, 'business', raisers)[0];
    const items = [...(signer ? [`agreedBy ${view.nameFrom(uri, signer.qualifiedName)}`] : []), ...commitsItem(context, service)];
    const edit = insertAfter(SourceText.of(context.document), service.location.range, declarationLines(`spec ${name} for ${service.name}`, items));
    return [quickFix(context, `Create spec '${name}' for '${service.name}'`, { [uri]: [edit] }, true)];
}

/** `commits { … }` with the highest requirement per property of the needs the service covers. */
function commitsItem(context: FixContext, service: Service): string[] {
    const { view } = context;
    const entries = [...view.index.profile(service).requires].map(([property, peak]) => `${view.nameFrom(service.location.uri, property)} ${peak.value}`);
    return entries.length === 0 ? [] : [`commits { ${entries.join('  ')} }`];
}
