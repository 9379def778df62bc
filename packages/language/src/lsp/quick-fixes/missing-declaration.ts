import type { ReferenceInfo } from 'langium';
import { AstUtils } from 'langium';
import type { CodeAction, TextEdit } from 'vscode-languageserver';
import { isSvcFile } from '../../generated/ast.js';
import { isName, qualify } from '@svc-lang/core';
import { addImport } from './add-import.js';
import { quickFix, type FixContext } from './fix-context.js';
import { serviceStubLines } from './stubs.js';
import { appendToFile, declarationLines, insertAfter, SourceText } from './text-edits.js';

interface Stub {
    lines: string[];
    title: string;
}

/**
 * unresolved-reference: declares the missing name with the kind the reference expects (Langium's
 * reflection on the reference at the diagnostic). A simple name is declared after the
 * declaration that holds the reference; a qualified one at the end of a file of its package.
 * Nothing is offered where the new declaration would clash with an existing one. Before it come
 * the imports that would make the name visible.
 */
export function unresolvedReference(context: FixContext): CodeAction[] {
    const info = referenceAt(context);
    const root = context.document.parseResult.value;
    if (!info || !isSvcFile(root)) return [];
    // The name declared in a package this file does not import: importing it is the likely fix.
    const imports = addImport(context, info, root);
    const text = info.reference.$refText;
    const dot = text.lastIndexOf('.');
    const name = text.slice(dot + 1);
    const pkg = dot < 0 ? (root.package ?? '') : text.slice(0, dot);
    // Parser recovery can leave a reference without a usable name.
    if (!isName(name) || context.view.index.named(qualify(pkg, name)).length > 0) return imports;
    const stub = stubFor(context, context.view.reflection.getReferenceType(info), name, info);
    const placed = stub && place(context, pkg, root.package ?? '', stub.lines);
    return placed ? [...imports, quickFix(context, stub.title, { [placed.uri]: [placed.edit] }, imports.length === 0)] : imports;
}

function referenceAt(context: FixContext): ReferenceInfo | undefined {
    const start = context.diagnostic.range.start;
    return AstUtils.streamAst(context.document.parseResult.value)
        .flatMap(node => AstUtils.streamReferences(node))
        .find(info => {
            const at = info.reference.$refNode?.range.start;
            return at?.line === start.line && at.character === start.character;
        });
}

function stubFor(context: FixContext, type: string, name: string, info: ReferenceInfo): Stub | undefined {
    switch (type) {
        case 'Stakeholder': {
            // A service's owner is on the IT side; whoever raises, agrees, assesses or is accountable is usually business.
            const perspective = info.property === 'owner' ? 'it' : 'business';
            return { lines: declarationLines(`stakeholder ${name}`, [`perspective ${perspective}`]), title: `Create stakeholder '${name}'` };
        }
        case 'Property':
            return { lines: declarationLines(`property ${name}`, ['group core']), title: `Create property '${name}'` };
        case 'DimensionLike':
            return { lines: [`dimension ${name}`], title: `Create dimension '${name}'` };
        case 'Respondable':
            // A change needs nothing else to exist; a gap or an assessment would need a need or a service too.
            return { lines: [`change ${name}`], title: `Create change '${name}'` };
        case 'Service': {
            // A supporter sits at the bottom of the stack so that `supportedBy` never points upwards.
            const level = info.property === 'supportedBy' ? 'it-operations' : 'business-process-execution';
            return { lines: [`service ${name} at ${level}`], title: `Create service '${name}' at ${level}` };
        }
        case 'Need':
            return needStub(context, name, info);
        default:
            return undefined;
    }
}

/** A need that the reference itself does not cover would be `need-uncovered`, an error: a service stub comes with it. */
function needStub(context: FixContext, name: string, info: ReferenceInfo): Stub {
    const covers = (info.container.$type === 'Service' && info.property === 'addresses') || info.container.$type === 'Aligns';
    if (covers) return { lines: [`need ${name}`], title: `Create need '${name}'` };
    const service = context.view.freshName(`${name}Service`);
    return { lines: [`need ${name}`, '', ...serviceStubLines(service, name)], title: `Create need '${name}' and service '${service}' that addresses it` };
}

/** Where the declaration goes: after the referring declaration in its own package, else at the end of a file of `pkg`. */
function place(context: FixContext, pkg: string, ownPackage: string, lines: string[]): { uri: string; edit: TextEdit } | undefined {
    const { view, document, diagnostic } = context;
    const uri = document.uri.toString();
    if (pkg === ownPackage) {
        const owner = view.index.ownerAt({ uri, range: diagnostic.range });
        const source = SourceText.of(document);
        return { uri, edit: owner ? insertAfter(source, owner.location.range, lines) : appendToFile(source, lines) };
    }
    const file = view.model.documents.find(doc => !doc.builtin && doc.package === pkg);
    const target = file && view.document(file.uri);
    return file && target ? { uri: file.uri, edit: appendToFile(SourceText.of(target), lines) } : undefined;
}
