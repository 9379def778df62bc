import type { AnalysisOverrides, RuleSeverities, SeveritySetting } from '@svc-lang/core';
import { isCalendarDate, isRuleId, isValidMaxResponseDays, isValidTolerance } from '@svc-lang/core';
import type { SvcServices } from '../svc-module.js';

const SEVERITIES: readonly string[] = ['error', 'warning', 'info', 'off'];

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
    if (typeof asOf === 'string' && isCalendarDate(asOf)) {
        overrides.asOf = asOf;
    }
    if (typeof tolerance === 'number' && isValidTolerance(tolerance)) {
        overrides.tolerance = tolerance;
    }
    if (typeof maxResponseDays === 'number' && isValidMaxResponseDays(maxResponseDays)) {
        overrides.maxResponseDays = maxResponseDays;
    }
    const severities = ruleSeverities(rules);
    if (Object.keys(severities).length > 0) {
        overrides.rules = severities;
    }
    return overrides;
}

function ruleSeverities(rules: unknown): RuleSeverities {
    const severities: RuleSeverities = {};
    if (typeof rules !== 'object' || rules === null) {
        return severities;
    }
    for (const [id, severity] of Object.entries(rules)) {
        if (isRuleId(id) && isSeveritySetting(severity)) {
            severities[id] = severity;
        }
    }
    return severities;
}

function isSeveritySetting(value: unknown): value is SeveritySetting {
    return typeof value === 'string' && SEVERITIES.includes(value);
}

/** Feeds the `svc.policy` settings into the analysis, now and whenever they change. */
export function watchPolicySettings(services: SvcServices, onChange: () => void): void {
    const configuration = services.shared.workspace.ConfigurationProvider;
    const apply = (policy: unknown) => {
        services.analysis.WorkspaceAnalysis.setOverrides({ ...overridesFromSettings(policy), from: "the editor's svc.policy settings" });
        onChange();
    };
    configuration.onConfigurationSectionUpdate(update => {
        if (update.section === 'svc') {
            apply((update.configuration as { policy?: unknown } | undefined)?.policy);
        }
    });
    void configuration.getConfiguration('svc', 'policy').then(apply);
}
