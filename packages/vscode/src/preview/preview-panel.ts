import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ErrorCodes, ResponseError } from 'vscode-languageclient/node';
import type { Theme, ViewName } from '@svc-lang/diagram';
import {
    DIAGRAM_REQUEST,
    ELEMENT_AT_REQUEST,
    ELEMENT_LOCATION_REQUEST,
    type DiagramParams,
    type DiagramResult,
    type ElementAtParams,
    type ElementAtResult,
    type ElementLocationResult
} from '@svc-lang/language/protocol';
import { describeRefused, parseFromPage, type FromPage, type ScopeChoice, type ToPage } from './messages.js';
import { scopeFor, scopeMoved, type EditorPlace } from './preview-scope.js';
import { previewHtml } from './preview-html.js';

/** How long the caret must rest before the preview follows it. */
const FOLLOW_DELAY_MS = 150;

/**
 * The alignment preview: one webview panel, reused, beside the editor. It draws nothing
 * itself: each picture is the server's `svc/diagram` answer (the renderer `svc render` uses,
 * on the model the diagnostics come from), requested again after every analysis.
 */
export class AlignmentPreview {
    private panel: vscode.WebviewPanel | undefined;
    private view: ViewName = 'stack';
    /** The service of the per-service views; kept while another view is shown. */
    private element: string | undefined;
    /** What the page shows: what "Export SVG…" writes. */
    private shown: DiagramResult | undefined;
    /** Where the user was when opening the preview: a click on a shape opens the source there. */
    private sourceColumn = vscode.ViewColumn.One;
    private drawing = false;
    private drawAgain = false;
    /** Whether the caret is followed: `svc.preview.followCursor`, then the page's toggle. */
    private following = vscode.workspace.getConfiguration('svc.preview').get<boolean>('followCursor', true);
    private followTimer: ReturnType<typeof setTimeout> | undefined;
    /** What the stack, alignment and agility views draw: by default the package of the file in the editor. */
    private scope: ScopeChoice = 'package';
    private depth = 1;
    /** Whether the stack view draws its `manages` edges (the toolbar's toggle). */
    private manages = true;
    /** Where the editor's caret last rested. */
    private place: EditorPlace | undefined;

    constructor(
        private readonly extensionUri: vscode.Uri,
        private readonly client: LanguageClient,
        private readonly output: vscode.OutputChannel
    ) {}

    show(): void {
        if (this.panel) {
            this.panel.reveal(undefined, true);
            return;
        }
        const editor = vscode.window.activeTextEditor;
        this.sourceColumn = editor?.viewColumn ?? vscode.ViewColumn.One;
        // The first diagram is of the package of the file in the editor: learn it before the page asks.
        if (editor?.document.languageId === 'svc') void this.trackNow(editor).catch(error => this.log('scope', error));
        const root = vscode.Uri.joinPath(this.extensionUri, 'out', 'preview');
        const panel = vscode.window.createWebviewPanel(
            'svc.preview',
            'Alignment Preview',
            { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
            {
                enableScripts: true,
                // No `command:` links: the page asks the extension by message, which checks each one.
                enableCommandUris: false,
                // The page may load the bundle's files and nothing else.
                localResourceRoots: [root]
            }
        );
        const webview = panel.webview;
        webview.html = previewHtml({
            cspSource: webview.cspSource,
            nonce: randomBytes(18).toString('base64url'),
            scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(root, 'preview.js')).toString(),
            styleUri: webview.asWebviewUri(vscode.Uri.joinPath(root, 'preview.css')).toString()
        });
        // The page asks for its first diagram with `ready`, also after VS Code reloads a hidden panel.
        webview.onDidReceiveMessage(data => void this.receive(data));
        // A hidden preview is neither redrawn after each analysis (see refresh) nor told where the
        // caret went (see track): catch up on both when it shows.
        panel.onDidChangeViewState(({ webviewPanel }) => {
            if (!webviewPanel.visible) return;
            const active = vscode.window.activeTextEditor;
            if (active?.document.languageId === 'svc') void this.trackNow(active).catch(error => this.log('scope', error));
            void this.draw();
        });
        panel.onDidDispose(() => {
            this.panel = undefined;
            this.shown = undefined;
        });
        this.panel = panel;
    }

    /**
     * The caret moved, or another svc editor became active: once the caret rests (a burst of
     * moves asks once), learn where it is. The scope follows the file (and, around the caret, the
     * declaration); when following, the page marks the declaration, and the per-service views
     * open on its service when that has values to draw (never on an empty stub: the page keeps
     * the last one shown).
     */
    track(editor: vscode.TextEditor): void {
        if (!this.panel?.visible || editor.document.languageId !== 'svc') return;
        clearTimeout(this.followTimer);
        this.followTimer = setTimeout(() => void this.trackNow(editor).catch(error => this.log('follow', error)), FOLLOW_DELAY_MS);
    }

    private async trackNow(editor: vscode.TextEditor): Promise<void> {
        const uri = this.client.code2ProtocolConverter.asUri(editor.document.uri);
        const params: ElementAtParams = { uri, position: this.client.code2ProtocolConverter.asPosition(editor.selection.active) };
        const at = await this.client.sendRequest<ElementAtResult>(ELEMENT_AT_REQUEST, params);
        const place = { uri, package: at.package, element: at.element };
        const moved = scopeMoved(this.scope, this.depth, this.place, place);
        this.place = place;
        const perService = this.shown !== undefined && this.shown.element !== null;
        const hasValues = at.service !== null && this.shown !== undefined && this.shown.services.slice(0, this.shown.valued).includes(at.service);
        const switchService = this.following && perService && hasValues && at.service !== this.element;
        if (switchService) this.element = at.service ?? undefined;
        if (switchService || (moved && !perService)) await this.draw();
        if (this.following) this.post({ type: 'highlight', element: at.element });
    }

    /** After every analysis and theme change: redraw, if the preview is open and in sight. */
    refresh(): void {
        if (this.panel?.visible) void this.draw();
    }

    private async receive(data: unknown): Promise<void> {
        const message = parseFromPage(data);
        if (!message) {
            this.output.appendLine(`svc: the preview sent a message it has no business sending: ${describeRefused(data)}`);
            return;
        }
        try {
            await this.act(message);
        } catch (error) {
            this.log(message.type, error);
        }
    }

    private log(what: string, error: unknown): void {
        this.output.appendLine(`svc: preview: ${what} failed: ${error instanceof Error ? error.message : String(error)}`);
    }

    private async act(message: FromPage): Promise<void> {
        switch (message.type) {
            case 'ready':
                this.post({ type: 'following', on: this.following });
                return this.draw();
            case 'follow':
                this.following = message.on;
                return;
            case 'showManages':
                this.manages = message.on;
                return this.draw();
            case 'selectScope':
                this.scope = message.scope;
                this.depth = message.depth;
                return this.draw();
            case 'selectView':
                this.view = message.view;
                return this.draw();
            case 'selectElement':
                this.element = message.element;
                return this.draw();
            case 'reveal':
                return this.reveal(message.element);
            case 'export':
                return this.exportSvg();
        }
    }

    /**
     * One request at a time: analyses may finish faster than diagrams are drawn, and a burst
     * of them needs one more drawing of the latest state, not one per analysis.
     */
    private async draw(): Promise<void> {
        if (this.drawing) {
            this.drawAgain = true;
            return;
        }
        this.drawing = true;
        try {
            do {
                this.drawAgain = false;
                await this.drawOnce();
            } while (this.drawAgain && this.panel);
        } finally {
            this.drawing = false;
        }
    }

    /** `wholeWorkspace`: the scope named what the workspace no longer has; draw all of it this time. */
    private async drawOnce(wholeWorkspace = false): Promise<void> {
        const scope = wholeWorkspace ? undefined : scopeFor(this.scope, this.depth, this.place);
        const params: DiagramParams = {
            view: this.view,
            theme: themeOf(vscode.window.activeColorTheme.kind),
            ...(this.element === undefined ? {} : { element: this.element }),
            ...(scope === undefined ? {} : { scope }),
            ...(this.manages ? {} : { manages: false })
        };
        try {
            const result = await this.client.sendRequest<DiagramResult>(DIAGRAM_REQUEST, params);
            this.shown = result;
            // Unless the user picked another service while this was drawn: then that one is drawn next.
            if (result.element !== null && this.element === params.element) this.element = result.element;
            this.post({
                type: 'diagram',
                svg: result.svg,
                view: result.view,
                element: result.element,
                services: result.services,
                valued: result.valued,
                notice: result.stale ? (result.message ?? 'The diagram may be behind the text.') : null,
                scope: this.scope,
                depth: this.depth,
                manages: this.manages
            });
        } catch (error) {
            const refused = error instanceof ResponseError && error.code === ErrorCodes.InvalidParams;
            if (refused && this.element !== undefined && this.element === params.element) {
                // The service was renamed or removed: draw the default one instead.
                this.element = undefined;
                this.drawAgain = true;
                return;
            }
            if (refused && params.scope !== undefined) return this.drawOnce(true);
            this.post({ type: 'failure', message: error instanceof Error ? error.message : String(error) });
        }
    }

    private post(message: ToPage): void {
        void this.panel?.webview.postMessage(message);
    }

    private async reveal(element: string): Promise<void> {
        const location = await this.client.sendRequest<ElementLocationResult>(ELEMENT_LOCATION_REQUEST, { element });
        if (!location) return;
        const converter = this.client.protocol2CodeConverter;
        await vscode.window.showTextDocument(converter.asUri(location.uri), { viewColumn: this.sourceColumn, selection: converter.asRange(location.range) });
    }

    private async exportSvg(): Promise<void> {
        const shown = this.shown;
        if (!shown) return;
        const name = shown.element === null ? `${shown.view}.svg` : `${shown.view}-${shown.element}.svg`;
        const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
        const target = await vscode.window.showSaveDialog({
            title: 'Export SVG',
            saveLabel: 'Export',
            filters: { SVG: ['svg'] },
            ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, name) } : {})
        });
        if (target) await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(shown.svg));
    }
}

/** The diagram's colours follow the editor's: high-contrast themes get the palette of their brightness. */
function themeOf(kind: vscode.ColorThemeKind): Theme {
    return kind === vscode.ColorThemeKind.Dark || kind === vscode.ColorThemeKind.HighContrast ? 'dark' : 'light';
}
