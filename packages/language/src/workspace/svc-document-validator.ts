import type { AstNode } from 'langium';
import { DefaultDocumentValidator } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import { isSvcFile } from '../generated/ast.js';

/**
 * Langium's validator, reporting lexing, parsing and linking errors, without its walk of every
 * AST node looking for registered checks: svc registers none (every rule is a model rule in
 * `@svc-lang/core`), and the walk cost a 5 MB file 0.7 s and 200 MB of allocation for nothing.
 * The one check of its own is the order of a file's imports, which the grammar leaves open.
 */
export class SvcDocumentValidator extends DefaultDocumentValidator {
    protected override async validateAst(root: AstNode): Promise<Diagnostic[]> {
        return isSvcFile(root) ? misplacedImports(root) : [];
    }
}

/**
 * An import after the first declaration: the grammar reads it (so what it imports resolves) and
 * this says, once per import, where it belongs. Its code is no linking error, so it is `syntax`.
 */
/** LSP's `DiagnosticSeverity.Error`, written out: a value import would load vscode-languageserver in every CLI run. */
const ERROR: Diagnostic['severity'] = 1;

function misplacedImports(root: { imports: readonly AstNode[]; members: readonly AstNode[] }): Diagnostic[] {
    const firstDeclaration = root.members[0]?.$cstNode?.offset;
    if (firstDeclaration === undefined) return [];
    return root.imports.flatMap(imported => {
        const cst = imported.$cstNode;
        if (!cst || cst.offset < firstDeclaration) return [];
        return [{ severity: ERROR, range: cst.range, message: `imports come before declarations: move \`${cst.text}\` above the first one` }];
    });
}
