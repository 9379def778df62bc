import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO } from '../support/paths.js';

// The boundary rules of eslint.config.mjs, run through ESLint's API on snippets placed (by file
// path) in each package. Only those two rules run, without type information, so a snippet need
// not belong to a tsconfig and the test does not build any TypeScript program.
const BOUNDARY_RULES = new Set(['@typescript-eslint/no-restricted-imports', 'no-restricted-syntax']);

let eslint: ESLint;

beforeAll(() => {
    eslint = new ESLint({
        cwd: REPO,
        overrideConfig: { languageOptions: { parserOptions: { project: false, projectService: false } } },
        ruleFilter: ({ ruleId }) => BOUNDARY_RULES.has(ruleId)
    });
});

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath });
    const messages = result?.messages ?? [];
    // A parse error or a missing config would also be a message, and must not pass for a boundary.
    expect(messages.filter(message => !BOUNDARY_RULES.has(message.ruleId ?? ''))).toEqual([]);
    return messages.map(message => message.message);
}

const CORE = 'packages/core/src/analysis/new-rule.ts';
const DIAGRAM = 'packages/diagram/src/views/new-view.ts';
const LANGUAGE = 'packages/language/src/lsp/new-feature.ts';

describe('import boundaries', () => {
    it.each([
        [CORE, `import { AstUtils } from 'langium';`],
        [CORE, `import type { LangiumDocument } from 'langium';`],
        [CORE, `import { Range } from 'vscode-languageserver';`],
        [CORE, `import { Lexer } from 'chevrotain';`],
        [CORE, `import ELK from 'elkjs/lib/elk-api.js';`],
        [CORE, `import { renderView } from '@svc-lang/diagram';`],
        [CORE, `import { validateFiles } from '@svc-lang/language';`],
        [CORE, `export * from '@svc-lang/cli';`],
        [CORE, `const langium = await import('langium');`],
        [DIAGRAM, `import { AstUtils } from 'langium';`],
        [DIAGRAM, `import * as vscode from 'vscode';`],
        [DIAGRAM, `import { validateFiles } from '@svc-lang/language';`],
        [DIAGRAM, `import { run } from '@svc-lang/cli';`],
        [DIAGRAM, `import { Command } from 'commander';`],
        [DIAGRAM, `import { readFileSync } from 'fs';`],
        [DIAGRAM, `const server = await import('@svc-lang/language/server');`],
        [LANGUAGE, `import { main } from '@svc-lang/cli';`],
        [LANGUAGE, `import * as vscode from 'vscode';`],
        [LANGUAGE, `import { activate } from 'svc-vscode';`],
        [LANGUAGE, `const vscode = await import('vscode');`]
    ])('%s: reports %s', async (file, code) => {
        expect(await boundaryErrors(file, code)).toHaveLength(1);
    });

    it.each([
        [CORE, `import { readFileSync } from 'node:fs';\nimport type { WorkspaceModel } from '../model.js';`],
        [
            DIAGRAM,
            `import { WorkspaceIndex } from '@svc-lang/core';\nimport type { ElkNode } from 'elkjs/lib/elk-api.js';\nimport { Context } from '../context.js';`
        ],
        [DIAGRAM, `import { readFileSync } from 'node:fs';\nconst elk = await import('elkjs/lib/elk.bundled.js');`],
        [LANGUAGE, `import { AstUtils } from 'langium';\nimport { Range } from 'vscode-languageserver';\nimport { renderView } from '@svc-lang/diagram';`],
        ['packages/cli/src/new-command.ts', `import { AstUtils } from 'langium';\nimport { renderView } from '@svc-lang/diagram';`]
    ])('%s: allows %s', async (file, code) => {
        expect(await boundaryErrors(file, code)).toEqual([]);
    });
});
