import type { ReferenceInfo } from 'langium';
import { GrammarUtils } from 'langium';
import type { CodeAction, Position } from 'vscode-languageserver';
import { lookupPackages, normalName, type DeclarationKind } from '@svc-lang/core';
import type { SvcFile } from '../../generated/ast.js';
import { quickFix, type FixContext } from './fix-context.js';
import { SourceText } from './text-edits.js';

/** The declaration kinds each reference type accepts (dimensions are never imported). */
const KINDS: Readonly<Record<string, readonly DeclarationKind[]>> = {
    Stakeholder: ['stakeholder'],
    Need: ['need'],
    Service: ['service'],
    Spec: ['spec'],
    Property: ['property'],
    Respondable: ['change', 'gap', 'assessment']
};

/**
 * unresolved-reference: "Add import p" for each package this file does not import that declares
 * the simple name with the kind the reference expects, as the message suggests `p.Name`. The
 * import goes after the file's last import, or after its `package` line.
 */
export function addImport(context: FixContext, info: ReferenceInfo, root: SvcFile): CodeAction[] {
    const written = normalName(info.reference.$refText);
    const kinds = KINDS[context.view.reflection.getReferenceType(info)];
    if (written.includes('.') || !kinds) return [];
    const visible = new Set(
        lookupPackages(
            root.package ?? '',
            root.imports.map(imported => imported.package)
        )
    );
    const packages = new Set(
        context.view.model.documents
            .filter(doc => !visible.has(doc.package) && doc.declarations.some(d => d.name === written && kinds.includes(d.kind)))
            .map(doc => doc.package)
    );
    const uri = context.document.uri.toString();
    const source = SourceText.of(context.document);
    return [...packages].map(pkg => quickFix(context, `Add import ${pkg}`, { [uri]: [importEdit(root, source, pkg)] }, packages.size === 1));
}

function importEdit(root: SvcFile, source: SourceText, pkg: string): { range: { start: Position; end: Position }; newText: string } {
    const { eol } = source;
    const lastImport = root.imports.at(-1)?.$cstNode?.range.end;
    if (lastImport) return { range: { start: lastImport, end: lastImport }, newText: `${eol}import ${pkg}` };
    const packageLine = root.$cstNode && GrammarUtils.findNodeForProperty(root.$cstNode, 'package')?.range.end;
    if (packageLine) return { range: { start: packageLine, end: packageLine }, newText: `${eol}${eol}import ${pkg}` };
    const start = { line: 0, character: 0 };
    return { range: { start, end: start }, newText: `import ${pkg}${eol}${eol}` };
}
