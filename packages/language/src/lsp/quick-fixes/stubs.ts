import type { CodeAction } from 'vscode-languageserver';
import type { Service } from '@svc/core';
import { quickFix, type FixContext } from './fix-context.js';
import { raisersOf, stakeholdersFrom } from './stakeholders.js';
import { declarationLines, insertAfter, SourceText } from './text-edits.js';

/** A need's service runs the business process that answers it. */
const NEED_SERVICE_LEVEL = 'business-process-execution';

export function serviceStubLines(name: string, needName: string): string[] {
    return declarationLines(`service ${name} at ${NEED_SERVICE_LEVEL}`, [`addresses ${needName}`]);
}

/** need-uncovered: a service stub that addresses the need, after it. */
export function needUncovered(context: FixContext): CodeAction[] {
    const { view } = context;
    const need = view.subject(context, 'need');
    if (!need) return [];
    const name = view.freshName(`${need.name}Service`);
    const edit = insertAfter(SourceText.of(context.document), need.location.range, serviceStubLines(name, need.name));
    return [quickFix(context, `Create service '${name}' that addresses '${need.name}'`, { [need.location.uri]: [edit] }, true)];
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
    const items = [
        ...(signer ? [`agreedBy ${view.nameFrom(uri, signer.qualifiedName)}`] : []),
        ...commitsItem(context, service)
    ];
    const edit = insertAfter(SourceText.of(context.document), service.location.range, declarationLines(`spec ${name} for ${service.name}`, items));
    return [quickFix(context, `Create spec '${name}' for '${service.name}'`, { [uri]: [edit] }, true)];
}

/** `commits { … }` with the highest requirement per property of the needs the service covers. */
function commitsItem(context: FixContext, service: Service): string[] {
    const { view } = context;
    const entries = [...view.index.profile(service).requires].map(
        ([property, peak]) => `${view.nameFrom(service.location.uri, property)} ${peak.value}`
    );
    return entries.length === 0 ? [] : [`commits { ${entries.join('  ')} }`];
}
