import { fileAndLine, type Analysis, type SettingName } from '@svc-lang/core';

const SETTINGS: readonly SettingName[] = ['tolerance', 'maxResponseDays', 'asOf'];

/**
 * The Markdown of a hover on `policy`: whether this policy is the one in force for its package,
 * the settings in force there with where each comes from, the rules it sets, and the packages
 * it applies to (a root policy reaches every package, for what the package does not set itself).
 */
export function policyHover(analysis: Analysis, uri: string, keywordLine: number, pkg: string): string {
    const { index, settings } = analysis;
    const owner = pkg === '' ? 'the root package' : `package \`${pkg}\``;
    const inForce = index.policyOf(pkg);
    const self = inForce?.keywordLocation.uri === uri && inForce.keywordLocation.range.start.line === keywordLine;
    if (inForce && !self) {
        return `**policy** of ${owner} — not in force: the first policy of ${owner} (${fileAndLine(inForce.keywordLocation)}) is, and this one is ignored (\`policy-duplicate\`).`;
    }
    const lines = [`**policy** of ${owner}`, `Settings in force for ${owner}:\n${SETTINGS.map(name => `- ${settings.explain(pkg, name)}`).join('\n')}`];
    const rules = inForce?.rules ?? [];
    if (rules.length > 0) lines.push(`Rules set here: ${rules.map(rule => `\`${rule.rule}\` ${rule.severity}`).join(', ')}.`);
    lines.push(appliesTo(analysis, pkg));
    return lines.join('\n\n');
}

function appliesTo(analysis: Analysis, pkg: string): string {
    if (pkg !== '') return `Applies to package \`${pkg}\`; what it does not set comes from the root policy, then the defaults.`;
    const packages = [...new Set(analysis.model.documents.filter(document => !document.builtin).map(document => document.package))]
        .filter(name => name !== '')
        .sort();
    if (packages.length === 0) return 'Applies to the root package.';
    const described = packages.map(name => (analysis.index.policyOf(name) ? `\`${name}\` (has its own policy)` : `\`${name}\``));
    return `Applies to the root package, and to these packages for every setting they do not set themselves: ${described.join(', ')}.`;
}
