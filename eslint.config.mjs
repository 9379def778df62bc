// ESLint: typescript-eslint's type-checked rules over every package, the tests and the bench, and
// the import boundaries of ARCHITECTURE.md as lint errors. Formatting is Prettier's job
// (eslint-config-prettier, last, turns off every rule that would fight it).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/** A `no-restricted-imports` pattern: import sources matching `regex` are an error, with `message`. */
const forbid = (regex, message) => ({ regex, message });

/**
 * Import boundaries for the sources under `folder`: static imports and re-exports through
 * `no-restricted-imports`, `import('…')` through `no-restricted-syntax` (the former does not look
 * at dynamic imports), both with the same patterns.
 */
function boundary(folder, patterns) {
    return {
        files: [`${folder}/**/*.ts`],
        rules: {
            '@typescript-eslint/no-restricted-imports': ['error', { patterns }],
            'no-restricted-syntax': [
                'error',
                ...patterns.map(({ regex, message }) => ({
                    selector: `ImportExpression > Literal.source[value=/${regex.replaceAll('/', '\\/')}/]`,
                    message
                }))
            ]
        }
    };
}

export default defineConfig(
    {
        ignores: ['**/node_modules/', '**/dist/', '**/out/', 'packages/language/src/generated/', '.tools/', 'test-results/', 'examples/']
    },
    js.configs.recommended,
    tseslint.configs.recommendedTypeChecked,
    {
        languageOptions: {
            parserOptions: {
                // The test and bench configurations are not named tsconfig.json, so the project
                // service would not find them: name every program explicitly.
                project: ['./packages/*/tsconfig.json', './packages/vscode/tsconfig.webview.json', './tsconfig.test.json', './bench/tsconfig.json'],
                tsconfigRootDir: import.meta.dirname
            }
        },
        rules: {
            // tsc reports these already (noUnusedLocals, noUnusedParameters, with its `_` convention).
            '@typescript-eslint/no-unused-vars': 'off',
            // Langium's service interfaces are async: overrides without an await stay async so a throw still rejects.
            '@typescript-eslint/require-await': 'off',
            // Finding control characters is the job of the XML, terminal and report escapers (and their tests).
            'no-control-regex': 'off',
            // Langium's protocol for a cancelled operation is to throw its OperationCancelled symbol.
            '@typescript-eslint/only-throw-error': ['error', { allow: [{ from: 'package', package: 'langium', name: 'OperationCancelled' }] }]
        }
    },
    {
        files: ['packages/*/test/**/*.ts', 'test/**/*.ts'],
        rules: {
            // Tests read the CLI's and the manifests' JSON (JSON.parse gives `any`) and assert on its shape.
            '@typescript-eslint/no-unsafe-argument': 'off',
            '@typescript-eslint/no-unsafe-assignment': 'off',
            '@typescript-eslint/no-unsafe-call': 'off',
            '@typescript-eslint/no-unsafe-member-access': 'off',
            '@typescript-eslint/no-unsafe-return': 'off',
            // Test tables hold plain functions (`setup()`) that use no `this`, destructured per case.
            '@typescript-eslint/unbound-method': 'off'
        }
    },
    {
        // Build scripts and the bench driver are plain JavaScript outside every tsconfig.
        files: ['**/*.mjs', '**/*.cjs', '**/*.js'],
        extends: [tseslint.configs.disableTypeChecked],
        languageOptions: {
            globals: { console: 'readonly', process: 'readonly', URL: 'readonly', require: 'readonly', module: 'writable', __dirname: 'readonly' }
        }
    },
    {
        // CommonJS files load their modules with require().
        files: ['**/*.cjs'],
        rules: { '@typescript-eslint/no-require-imports': 'off' }
    },
    boundary('packages/core/src', [
        forbid('^(langium|chevrotain|elkjs|vscode|svc-vscode)', 'packages/core is the plain model and analysis: no Langium, parser, layout or editor imports.'),
        forbid('^@svc-lang/(diagram|language|cli)', 'packages/core depends on no other svc package.')
    ]),
    boundary('packages/diagram/src', [
        forbid('^(?!@svc-lang/core$|elkjs(/|$)|node:|\\.{1,2}/)', 'packages/diagram imports only @svc-lang/core, elkjs and node builtins (node:*).')
    ]),
    boundary('packages/language/src', [
        forbid('^@svc-lang/cli', 'packages/language must not depend on the CLI.'),
        forbid('^(vscode(/|$)|svc-vscode)', 'packages/language must not depend on the VS Code API or the extension.')
    ]),
    prettier
);
