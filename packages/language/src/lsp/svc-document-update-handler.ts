import type { URI } from 'langium';
import { Emitter, type Event } from 'langium';
import { DefaultDocumentUpdateHandler } from 'langium/lsp';
import type { BuildFailure } from '../workspace/svc-workspace-manager.js';

/**
 * Langium's update handler drops the promise of each workspace build, so a build that throws
 * becomes an unhandled rejection, which ends a Node process. Here it becomes an event that the
 * diagnostics publisher turns into a log line and an `internal-error` diagnostic.
 */
export class SvcDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    private readonly failures = new Emitter<BuildFailure>();

    get onUpdateFailure(): Event<BuildFailure> {
        return this.failures.event;
    }

    protected override fireDocumentUpdate(changed: URI[], deleted: URI[]): void {
        this.workspaceManager.ready
            .then(() => this.workspaceLock.write(token => this.documentBuilder.update(changed, deleted, token)))
            // Shown on the documents whose update failed.
            .catch(error => this.failures.fire({ error, uris: changed.map(uri => uri.toString()) }));
    }
}
