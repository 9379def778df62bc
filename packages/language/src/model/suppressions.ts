import type { Suppression } from '@svc-lang/core';

const IGNORE_COMMENT = /^(\s*\/\/\s*svc-ignore)(?=\s|$)(.*)$/;

/**
 * Reads `// svc-ignore rule-a, rule-b` from the line directly before `declarationLine`.
 * Each rule id keeps its own range so that `unknown-rule` can underline exactly that id.
 */
export function suppressionsBefore(lines: readonly string[], declarationLine: number, uri: string): Suppression[] {
    const line = declarationLine - 1;
    const match = line >= 0 ? IGNORE_COMMENT.exec(lines[line] ?? '') : null;
    if (!match) {
        return [];
    }
    const suppressions: Suppression[] = [];
    const idPattern = /[^\s,]+/g;
    const offset = match[1]!.length;
    for (let id = idPattern.exec(match[2]!); id; id = idPattern.exec(match[2]!)) {
        const start = offset + id.index;
        suppressions.push({
            rule: id[0],
            location: { uri, range: { start: { line, character: start }, end: { line, character: start + id[0].length } } }
        });
    }
    return suppressions;
}
