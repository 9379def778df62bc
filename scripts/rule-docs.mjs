// Writes every list of the rules outside the code from the rule catalogue
// (packages/core/src/rules.ts), so that none can drift from it: the README's rule table, the
// language reference's rule table and the rule names the VS Code settings accept. SARIF reads
// the catalogue at run time. `npm run docs:rules` builds core and runs this;
// test/tooling/rule-catalogue.test.ts fails while any file differs from what it would write.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A quick fix's text mid-sentence: `Create a stub` → `create a stub`. */
const midSentence = text => text.charAt(0).toLowerCase() + text.slice(1);

function readmeTable(rules) {
    const rows = rules.map(
        rule => `| \`${rule.id}\` | ${rule.defaultSeverity} | ${rule.description}${rule.quickFix ? ` Quick fix: ${midSentence(rule.quickFix)}.` : ''} |`
    );
    return ['| id | default | reports |', '|---|---|---|', ...rows].join('\n');
}

/** The rules the language reference defines, with when they fire and what they underline. */
function referenceTable(rules) {
    const rows = rules
        .filter(rule => rule.reference)
        .map(
            ({ id, defaultSeverity, reference, quickFix }) =>
                `| \`${id}\` | ${defaultSeverity} | ${reference.firesWhen} | ${reference.range} | ${quickFix ? midSentence(quickFix) : '—'} |`
        );
    return ['| id | severity | fires when | range | quick fix |', '|---|---|---|---|---|', ...rows].join('\n');
}

const MARKERS = /(<!-- rules:start -->\n)[\s\S]*?(\n<!-- rules:end -->)/;

function betweenMarkers(path, text, table) {
    if (!MARKERS.test(text)) throw new Error(`${path} has lost its <!-- rules:start --> and <!-- rules:end --> markers`);
    // A function, so that a `$` in the table is not read as a replacement pattern.
    return text.replace(MARKERS, (_, start, end) => `${start}${table}${end}`);
}

function withSettingsEnum(text, rules) {
    const manifest = JSON.parse(text);
    manifest.contributes.configuration.properties['svc.policy.rules'].propertyNames.enum = rules.map(rule => rule.id);
    return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** Each generated file, by its path from the repository root: its text as the catalogue `rules` would have it. */
export const GENERATED = {
    'README.md': (text, rules) => betweenMarkers('README.md', text, readmeTable(rules)),
    'docs/language.md': (text, rules) => betweenMarkers('docs/language.md', text, referenceTable(rules)),
    'packages/vscode/package.json': withSettingsEnum
};

if (fileURLToPath(import.meta.url) === process.argv[1]) {
    // Loaded here rather than at the top, so that the test can import this file without a build.
    const { RULES } = await import('../packages/core/dist/index.js');
    for (const [path, generate] of Object.entries(GENERATED)) {
        const file = new URL(`../${path}`, import.meta.url);
        const text = readFileSync(file, 'utf8');
        const generated = generate(text, RULES);
        if (generated === text) continue;
        writeFileSync(file, generated);
        console.log(`updated ${path}`);
    }
}
