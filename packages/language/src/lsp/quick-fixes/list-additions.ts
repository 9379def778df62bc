import type { CodeAction, TextEdit } from 'vscode-languageserver';
import type { Declaration, Ref } from '@svc-lang/core';
import { MANAGEMENT_LEVEL } from '@svc-lang/core';
import { quickFix, type FixContext } from './fix-context.js';
import { raisersOf, stakeholdersFrom } from './stakeholders.js';
import { appendToList, insertIntoBody, SourceText } from './text-edits.js';

/**
 * Adds `item` to a list of `owner`: after the last entry when the list exists, else as a new
 * `keyword item` line in the owner's body (which may be in another file than the diagnostic).
 */
function addToList(context: FixContext, owner: Declaration, list: readonly Ref[], keyword: string, item: string): TextEdit | undefined {
    const last = list.at(-1);
    if (last) return appendToList(last.location.range, item);
    const document = context.view.document(owner.location.uri);
    const node = context.view.nodeOf(owner);
    return document && node && insertIntoBody(SourceText.of(document), node, [`${keyword} ${item}`]);
}

/**
 * service-unmanaged: one action per service-management service, the closest first (same file,
 * then same package), since that is where the service's neighbours are managed.
 */
export function serviceUnmanaged(context: FixContext): CodeAction[] {
    const { view } = context;
    const service = view.subject(context, 'service');
    if (!service) return [];
    const closeness = (manager: Declaration) => (manager.location.uri === service.location.uri ? 0 : 1) + (manager.package === service.package ? 0 : 2);
    const managers = view.index
        .all('service')
        .filter(manager => manager.level === MANAGEMENT_LEVEL)
        .sort((a, b) => closeness(a) - closeness(b));
    return managers.flatMap((manager, i) => {
        const name = view.nameFrom(manager.location.uri, service.qualifiedName);
        const edit = addToList(context, manager, manager.manages, 'manages', name);
        const title = `Add '${name}' to manages of '${view.nameFrom(service.location.uri, manager.qualifiedName)}'`;
        return edit ? [quickFix(context, title, { [manager.location.uri]: [edit] }, i === 0)] : [];
    });
}

/** spec-unsigned: one action per visible business stakeholder, those who raised the covered needs first. */
export function specUnsigned(context: FixContext): CodeAction[] {
    const { view } = context;
    const spec = view.subject(context, 'spec');
    if (!spec) return [];
    const service = view.index.resolve(spec.service, 'service');
    const raisers = raisersOf(service ? view.index.coveredNeeds(service.qualifiedName) : []);
    return stakeholdersFrom(view, spec.location.uri, 'business', raisers).flatMap((stakeholder, i) => {
        const name = view.nameFrom(spec.location.uri, stakeholder.qualifiedName);
        const edit = addToList(context, spec, spec.agreedBy, 'agreedBy', name);
        return edit ? [quickFix(context, `Add '${name}' to agreedBy of '${spec.name}'`, { [spec.location.uri]: [edit] }, i === 0)] : [];
    });
}
