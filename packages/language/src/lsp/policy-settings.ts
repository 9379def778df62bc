import type { AnalysisOverrides, SeveritySetting } from '@svc/core';
import { isRuleId } from '@svc/core';
import type { SvcServices } from '../svc-module.js';

const SEVERITIES: readonly string[] = ['error', 'warning', 'info', 'off'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The editor's `svc.policy.*` settings, which override every policy block as the CLI's
 * options do. Values that are missing or malformed are ignored rather than guessed at:
 * settings come from a JSON file a user edits by hand.
 */
export function overridesFromSettings(policy: unknown): AnalysisOverrides {
    if (typeof policy !== 'object' || policy === null) {
        return {};
    }
    const { asOf, tolerance, maxResponseDays, rules } = policy as Record<string, unknown>;
    const overrides: AnalysisOverrides = {};
    if (typeof asOf === 'string' && ISO_DATE.test(asOf)) {
        overrides.asOf = asOf;
    }
    if (typeof tolerance === 'number' && tolerance >= 0) {
        overrides.tolerance = tolerance;
    }
    if (typeof maxResponseDays === 'number' && Number.isInteger(maxResponseDays) && maxResponseDays >= 0) {
        overrides.maxResponseDays = maxResponseDays;
    }
    const severities = ruleSeverities(rules);
    if (Object.keys(severities).length > 0) {
        overrides.rules = severities;
    }
    return overrides;
}

function ruleSeverities(rules: unknown): Record<string, SeveritySetting> {
    if (typeof rules !== 'object' || rules === null) {
        return {};
    }
    const entries = Object.entries(rules).filter(([id, severity]) => isRuleId(id) && typeof severity === 'string' && SEVERITIES.includes(severity));
    return Object.fromEntries(entries) as Record<string, SeveritySetting>;
}

/** Feeds the `svc.policy` settings into the analysis, now and whenever they change. */
export function watchPolicySettings(services: SvcServices, onChange: () => void): void {
    const configuration = services.shared.workspace.ConfigurationProvider;
    const apply = (policy: unknown) => {
        services.analysis.WorkspaceAnalysis.setOverrides(overridesFromSettings(policy));
        onChange();
    };
    configuration.onConfigurationSectionUpdate(update => {
        if (update.section === 'svc') {
            apply((update.configuration as { policy?: unknown } | undefined)?.policy);
        }
    });
    void configuration.getConfiguration('svc', 'policy').then(apply);
}
