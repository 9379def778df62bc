export * from './builtins.js';
export * from './svc-module.js';
export * from './validate.js';
export { todayIso } from './workspace/today.js';
export { findSvcFiles, isWorkspaceEntry } from './workspace/discovery.js';
export { buildDocumentModel } from './model/build-document-model.js';
export { formatSvcText } from './formatting/format-text.js';
export { WorkspaceAnalysis } from './workspace/workspace-analysis.js';
export * as ast from './generated/ast.js';
