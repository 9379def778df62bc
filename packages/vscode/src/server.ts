// The language server the extension starts (bundled to out/server.cjs); the transport comes
// from the process arguments the LanguageClient passes (--node-ipc).
import { startLanguageServer } from '@svc-lang/language/server';

startLanguageServer();
