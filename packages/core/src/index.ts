export * from './model.js';
export * from './rules.js';
export * from './findings.js';
export * from './analysis/analyse.js';
export { dayNumber, isCalendarDate, isoOfDay } from './analysis/dates.js';
export * from './names.js';
export type { OmittedCounts } from './analysis/cap.js';
export * from './analysis/indicators.js';
export { WorkspaceIndex, type DeclarationOf } from './analysis/index.js';
export type { Owner } from './analysis/owners.js';
export type { ServiceProfile, Peak } from './analysis/profile.js';
export * from './analysis/views.js';
export * from './analysis/responses.js';
export * from './analysis/indicators/tbe.js';
export * from './analysis/indicators/effect.js';
export { isAssessedByBusiness } from './analysis/commitments.js';
export {
    applyPolicy,
    resolveFindings,
    Settings,
    DEFAULT_TOLERANCE,
    DEFAULT_MAX_RESPONSE_DAYS,
    isValidMaxResponseDays,
    isValidTolerance,
    fileAndLine,
    type AnalysisOptions,
    type SettingName,
    type AnalysisOverrides,
    type PackageSettings
} from './analysis/policy.js';
export { responseDelay, type ResponseDelay } from './analysis/rules/alignment.js';
export type { RuleCheck } from './analysis/rules/shared.js';
export { NearestNames } from './nearest-names.js';
export { DocumentRuleCache } from './analysis/document-rules.js';
