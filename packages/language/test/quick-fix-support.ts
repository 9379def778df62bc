import type { Finding, RuleId } from '@svc-lang/core';
import type { CodeAction, TextEdit } from 'vscode-languageserver';
import { toDiagnostic } from '../src/lsp/diagnostics-publisher.js';
import { buildWorkspace } from './helpers.js';

export type Files = Record<string, string>;

const nameOf = (uri: string) => uri.replace('file:///ws/', '');

/** Findings of `current()`, the analysis the editor features read; fixtures pin `asOf` in a policy. */
export async function analyse(files: Files) {
    const workspace = await buildWorkspace(files);
    const findings = [...workspace.Svc.analysis.WorkspaceAnalysis.current().findingsByUri.values()].flat();
    return { workspace, findings };
}

/** The code actions offered for the one finding of `rule` on `element`. */
export async function actionsFor(files: Files, rule: RuleId, element: string): Promise<{ actions: CodeAction[]; finding: Finding }> {
    const { workspace, findings } = await analyse(files);
    const finding = findings.find(f => f.rule === rule && f.element === element);
    if (!finding) throw new Error(`no ${rule} on ${element}; found: ${findings.map(f => `${f.rule} ${f.element}`).join(', ')}`);
    const diagnostic = toDiagnostic(finding);
    const document = workspace.documents[nameOf(finding.location.uri)]!;
    const params = { textDocument: { uri: finding.location.uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } };
    const actions = ((await workspace.Svc.lsp.CodeActionProvider!.getCodeActions(document, params)) ?? []) as CodeAction[];
    return { actions, finding };
}

/** Applies LSP text edits to a text, last first so that earlier positions stay valid. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
    const lineStarts = [0, ...[...text.matchAll(/\n/g)].map(match => match.index + 1)];
    const offset = (p: TextEdit['range']['start']) => Math.min((lineStarts[p.line] ?? text.length) + p.character, text.length);
    const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
    return sorted.reduce((result, edit) => result.slice(0, offset(edit.range.start)) + edit.newText + result.slice(offset(edit.range.end)), text);
}

export function applyAction(files: Files, action: CodeAction): Files {
    const edited = { ...files };
    for (const [uri, edits] of Object.entries(action.edit?.changes ?? {})) {
        const name = nameOf(uri);
        if (edited[name] === undefined) throw new Error(`edit of a file not in the workspace: ${uri}`);
        edited[name] = applyTextEdits(edited[name], edits);
    }
    return edited;
}

const errorKeys = (findings: readonly Finding[]) => findings.filter(f => f.severity === 'error').map(f => `${f.rule} ${f.element ?? ''} ${f.message}`);

/**
 * The same finding after an edit: same rule, same element, same message but for its numbers
 * (a spec may hold several unmapped metrics, told apart by name; a raised value changes digits).
 */
const sameFinding = (a: Finding, b: Finding) =>
    a.rule === b.rule && a.element === b.element && a.message.replace(/[0-9.]+/g, '#') === b.message.replace(/[0-9.]+/g, '#');

/**
 * Applies the action, rebuilds a fresh workspace from the edited texts, and reports whether the
 * finding is still there and which errors are new.
 */
export async function outcome(files: Files, action: CodeAction, fixed: Finding) {
    const before = new Set(errorKeys((await analyse(files)).findings));
    const edited = applyAction(files, action);
    const after = (await analyse(edited)).findings;
    return {
        edited,
        stillThere: after.some(f => sameFinding(f, fixed)),
        newErrors: errorKeys(after).filter(key => !before.has(key))
    };
}
