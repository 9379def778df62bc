import * as fs from 'node:fs';
import * as path from 'node:path';
import { URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { FileChangeType, type Connection, type FileEvent } from 'vscode-languageserver';
import { isWorkspaceEntry } from '../workspace/discovery.js';
import type { SvcWorkspaceManager } from '../workspace/svc-workspace-manager.js';

/** Editors save in bursts (temporary file, rename, metadata): one update per burst. */
const DEBOUNCE_MS = 100;

/**
 * Files changed outside the editor, for clients that cannot watch files for the server (they
 * do not offer dynamic registration of `workspace/didChangeWatchedFiles`, as Neovim before 0.9):
 * the server watches its workspace folders itself and reports created, changed and deleted
 * `.svc` files (and folders) to Langium as the client would. Stops on shutdown.
 */
export function watchWorkspaceFiles(shared: LangiumSharedServices, connection: Connection): void {
    let clientWatches = false;
    const watcher = new FolderWatcher(shared);
    shared.lsp.LanguageServer.onInitialize(params => {
        clientWatches = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    });
    shared.lsp.LanguageServer.onInitialized(() => {
        if (clientWatches) return;
        // SvcSharedModule installs SvcWorkspaceManager.
        const manager = shared.workspace.WorkspaceManager as SvcWorkspaceManager;
        for (const folder of manager.workspaceFolders ?? []) watcher.watch(URI.parse(folder.uri));
        manager.onFolderAdopted(folder => watcher.watch(folder));
    });
    connection.onShutdown(() => watcher.dispose());
}

class FolderWatcher {
    private readonly watchers: fs.FSWatcher[] = [];
    /** Paths touched since the last report. */
    private readonly touched = new Set<string>();
    private timer: NodeJS.Timeout | undefined;

    constructor(private readonly shared: LangiumSharedServices) {}

    watch(folder: URI): void {
        if (folder.scheme !== 'file') return;
        const root = folder.fsPath;
        try {
            const watcher = fs.watch(root, { recursive: true }, (_event, name) => {
                if (name !== null && inWorkspace(name)) this.touch(path.join(root, name));
            });
            watcher.on('error', error => {
                console.error(`svc: stopped watching ${root}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
                watcher.close();
            });
            // Never what keeps the server running.
            watcher.unref();
            this.watchers.push(watcher);
        } catch (error) {
            console.error(`svc: cannot watch ${root}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
        }
    }

    dispose(): void {
        clearTimeout(this.timer);
        this.watchers.splice(0).forEach(watcher => watcher.close());
    }

    private touch(file: string): void {
        this.touched.add(file);
        clearTimeout(this.timer);
        this.timer = setTimeout(() => this.report(), DEBOUNCE_MS);
        this.timer.unref();
    }

    private report(): void {
        const changes = [...this.touched].flatMap(file => this.change(file));
        this.touched.clear();
        if (changes.length > 0) this.shared.lsp.DocumentUpdateHandler?.didChangeWatchedFiles?.({ changes });
    }

    /** What happened to the path, as a client's file event; nothing for files that are no `.svc` file. */
    private change(file: string): FileEvent[] {
        const uri = URI.file(file);
        const stat = statOf(file);
        if (stat?.isDirectory() || stat?.isFile()) {
            return stat.isDirectory() || isWorkspaceEntry(path.basename(file), false) ? [{ uri: uri.toString(), type: FileChangeType.Changed }] : [];
        }
        // Gone: a `.svc` file, or a folder that held some; other names (an editor's temporary files) are no news.
        const prefix = `${uri.toString()}/`;
        const held = file.endsWith('.svc') || this.shared.workspace.LangiumDocuments.all.some(document => document.uri.toString().startsWith(prefix));
        return held ? [{ uri: uri.toString(), type: FileChangeType.Deleted }] : [];
    }
}

/** Whether a path under a watched folder is one the workspace searches (no dot-folders, no node_modules). */
function inWorkspace(relative: string): boolean {
    const parts = relative.split(path.sep);
    return parts.every((part, i) => (i < parts.length - 1 ? isWorkspaceEntry(part, true) : !part.startsWith('.')));
}

function statOf(file: string): fs.Stats | undefined {
    try {
        return fs.statSync(file);
    } catch {
        return undefined;
    }
}
