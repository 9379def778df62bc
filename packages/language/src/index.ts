export * from './builtins.js';
export * from './svc-module.js';
export * from './validate.js';
export { todayIso } from './workspace/today.js';
export { buildDocumentModel } from './model/build-document-model.js';
export { formatSvcText } from './formatting/format-text.js';
export { WorkspaceAnalysis, type WorkspaceResult } from './workspace/workspace-analysis.js';
export * as ast from './generated/ast.js';
