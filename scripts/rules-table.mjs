// Rewrites the rule table in README.md from the rule catalogue (packages/core/src/rules.ts),
// so the documentation cannot drift from the code. test/readme.test.ts checks it is current.
import { readFileSync, writeFileSync } from 'node:fs';
import { RULES } from '../packages/core/dist/index.js';

export function rulesTable(rules) {
    const rows = rules.map(rule => `| \`${rule.id}\` | ${rule.defaultSeverity} | ${rule.description}${rule.quickFix ? ` Quick fix: ${rule.quickFix.toLowerCase()}.` : ''} |`);
    return ['| id | default | reports |', '|---|---|---|', ...rows].join('\n');
}

export function withRulesTable(readme, rules) {
    return readme.replace(/(<!-- rules:start -->\n)[\s\S]*?(\n<!-- rules:end -->)/, `$1${rulesTable(rules)}$2`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
    const path = new URL('../README.md', import.meta.url);
    writeFileSync(path, withRulesTable(readFileSync(path, 'utf8'), RULES));
}
