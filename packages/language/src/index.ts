export * from './builtins.js';
// The language without its server: what every command of the CLI needs. `createSvcServices`
// (with the editor features) is `@svc-lang/language/server`'s, so that importing this never loads
// vscode-languageserver.
export * from './svc-core-module.js';
export * from './validate.js';
export { todayIso } from './workspace/today.js';
export { findSvcFiles, isWorkspaceEntry } from './workspace/discovery.js';
export { buildDocumentModel } from './model/build-document-model.js';
export { formatSvcText } from './formatting/format-text.js';
export { WorkspaceAnalysis } from './workspace/workspace-analysis.js';
export * as ast from './generated/ast.js';
