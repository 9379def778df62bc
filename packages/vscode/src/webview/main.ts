// The preview page's script (bundled to out/preview/preview.js). It draws what the extension
// sends and sends back what the user asks for; every message in is checked by parseToPage and
// every message out is a FromPage. Model data never enters the page any other way.
import { isScope, isView, MAX_DEPTH, parseToPage, SCOPE_LABELS, VIEW_LABELS, type FromPage, type ToPage } from '../preview/messages.js';
import { safeSvg } from './safe-svg.js';
import { actualSize, fit, pan, parsePageState, toCss, wheelFactor, zoomAt, type PageState, type ViewTransform } from './view-transform.js';

interface VsCodeApi {
    postMessage(message: FromPage): void;
    getState(): unknown;
    setState(state: PageState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

/** Pointer travel (px) below which a press and release is a click, not a pan. */
const CLICK_SLOP = 4;
const BUTTON_ZOOM = 1.25;

const vscode = acquireVsCodeApi();
// The page's nonce, which the diagram's stylesheet must carry to apply.
const nonce = document.currentScript?.nonce ?? '';
const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const viewSelect = byId<HTMLSelectElement>('view');
const elementSelect = byId<HTMLSelectElement>('element');
const scopeSelect = byId<HTMLSelectElement>('scope');
const depthInput = byId<HTMLInputElement>('depth');
const banner = byId<HTMLDivElement>('banner');
const viewport = byId<HTMLElement>('viewport');
const canvas = byId<HTMLDivElement>('canvas');
const followToggle = byId<HTMLButtonElement>('follow');
const managesToggle = byId<HTMLButtonElement>('manages');
/** The declaration under the editor's caret, marked in every diagram drawn while it stays there. */
let followed: string | null = null;

// VS Code re-creates a hidden preview when it is shown again: the pan and zoom come back from its saved state.
const restored = parsePageState(vscode.getState());
let transform: ViewTransform = restored?.transform ?? { x: 0, y: 0, scale: 1 };
/** What is drawn: a new view or service is fitted, a redraw of the same one keeps the user's pan and zoom. */
let shown: string | undefined = restored?.shown;

for (const [view, label] of Object.entries(VIEW_LABELS)) viewSelect.add(new Option(label, view));
for (const [scope, label] of Object.entries(SCOPE_LABELS)) scopeSelect.add(new Option(label, scope));

function setTransform(next: ViewTransform): void {
    transform = next;
    canvas.style.transform = toCss(transform);
    if (shown !== undefined) vscode.setState({ shown, transform });
}

function diagramSize(): { width: number; height: number } {
    const svg = canvas.querySelector('svg');
    const box = svg?.viewBox.baseVal;
    return box && box.width > 0 ? { width: box.width, height: box.height } : { width: svg?.width.baseVal.value ?? 0, height: svg?.height.baseVal.value ?? 0 };
}

function viewportSize(): { width: number; height: number } {
    return { width: viewport.clientWidth, height: viewport.clientHeight };
}

/** The diagram's smallest font size, in its own units: Fit keeps it readable. */
function smallestText(): number {
    let smallest = Infinity;
    for (const text of canvas.querySelectorAll('svg text')) {
        const size = parseFloat(getComputedStyle(text).fontSize);
        if (size > 0 && size < smallest) smallest = size;
    }
    return Number.isFinite(smallest) ? smallest : 0;
}

function fitToViewport(): void {
    setTransform(fit(diagramSize(), viewportSize(), smallestText()));
}

function showBanner(text: string | null): void {
    banner.textContent = text ?? '';
    banner.hidden = text === null;
}

function draw(message: Extract<ToPage, { type: 'diagram' }>): void {
    const svg = safeSvg(message.svg, nonce);
    if (!svg) {
        showBanner('The diagram could not be read.');
        return;
    }
    canvas.replaceChildren(svg);
    viewSelect.value = message.view;
    elementSelect.hidden = message.element === null;
    elementSelect.replaceChildren(...servicePicker(message.services, message.valued, message.element));
    // The per-service views are about one service whatever the scope: no scope picker there.
    scopeSelect.hidden = message.element !== null;
    scopeSelect.value = message.scope;
    depthInput.hidden = message.element !== null || message.scope !== 'element';
    depthInput.value = String(message.depth);
    managesToggle.hidden = message.view !== 'stack';
    managesToggle.setAttribute('aria-pressed', String(message.manages));
    showBanner(message.notice);
    const key = `${message.view} ${message.element ?? ''}`;
    const fresh = key !== shown;
    shown = key;
    if (fresh) fitToViewport();
    else setTransform(transform);
    markFollowed(false);
}

/** The services with values to draw, then (when there are any) the others under their own heading. */
function servicePicker(services: readonly string[], valued: number, drawn: string | null): HTMLElement[] {
    const option = (service: string) => new Option(service, service, false, service === drawn);
    const withValues = services.slice(0, valued).map(option);
    if (valued === services.length) return withValues;
    const others = document.createElement('optgroup');
    others.label = 'No values yet';
    others.append(...services.slice(valued).map(option));
    return [...withValues, others];
}

/** Marks the followed declaration's shapes; with `scroll`, brings the first into view when it is not. */
function markFollowed(scroll: boolean): void {
    let first: Element | undefined;
    // Compared as attribute values, never put into a selector: names are the user's text.
    for (const shape of canvas.querySelectorAll('[data-element]')) {
        const match = followed !== null && shape.getAttribute('data-element') === followed;
        shape.classList.toggle('followed', match);
        if (match) first ??= shape;
    }
    if (scroll && first) scrollIntoView(first.getBoundingClientRect());
}

/** Pans so that the shape's centre is at the viewport's centre, unless it is already wholly in view. */
function scrollIntoView(shape: DOMRect): void {
    const view = viewport.getBoundingClientRect();
    const inside = shape.left >= view.left && shape.right <= view.right && shape.top >= view.top && shape.bottom <= view.bottom;
    if (inside) return;
    const dx = view.left + view.width / 2 - (shape.left + shape.width / 2);
    const dy = view.top + view.height / 2 - (shape.top + shape.height / 2);
    setTransform(pan(transform, dx, dy));
}

function showFollowing(on: boolean): void {
    followToggle.setAttribute('aria-pressed', String(on));
    if (!on) {
        followed = null;
        markFollowed(false);
    }
}

window.addEventListener('message', event => {
    const message = parseToPage(event.data);
    if (message?.type === 'diagram') draw(message);
    else if (message?.type === 'failure') showBanner(message.message);
    else if (message?.type === 'highlight') {
        followed = message.element;
        markFollowed(true);
    } else if (message?.type === 'following') showFollowing(message.on);
});

viewSelect.addEventListener('change', () => {
    if (isView(viewSelect.value)) vscode.postMessage({ type: 'selectView', view: viewSelect.value });
});
elementSelect.addEventListener('change', () => vscode.postMessage({ type: 'selectElement', element: elementSelect.value }));
function postScope(): void {
    const depth = Math.min(MAX_DEPTH, Math.max(0, Math.round(Number(depthInput.value) || 0)));
    depthInput.value = String(depth);
    depthInput.hidden = scopeSelect.value !== 'element';
    if (isScope(scopeSelect.value)) vscode.postMessage({ type: 'selectScope', scope: scopeSelect.value, depth });
}
scopeSelect.addEventListener('change', postScope);
depthInput.addEventListener('change', postScope);
byId('fit').addEventListener('click', fitToViewport);
byId('actual').addEventListener('click', () => setTransform(actualSize(transform, viewportSize())));
byId('zoom-in').addEventListener('click', () => zoomAtCentre(BUTTON_ZOOM));
byId('zoom-out').addEventListener('click', () => zoomAtCentre(1 / BUTTON_ZOOM));
byId('export').addEventListener('click', () => vscode.postMessage({ type: 'export' }));
managesToggle.addEventListener('click', () => {
    const on = managesToggle.getAttribute('aria-pressed') !== 'true';
    managesToggle.setAttribute('aria-pressed', String(on));
    vscode.postMessage({ type: 'showManages', on });
});
followToggle.addEventListener('click', () => {
    const on = followToggle.getAttribute('aria-pressed') !== 'true';
    showFollowing(on);
    vscode.postMessage({ type: 'follow', on });
});

function zoomAtCentre(factor: number): void {
    setTransform(zoomAt(transform, factor, viewport.clientWidth / 2, viewport.clientHeight / 2));
}

// Ctrl (Cmd) and the wheel zoom around the pointer, as in a browser; the wheel alone scrolls
// (Shift: sideways), so that a diagram fitted to its width reads from top to bottom.
viewport.addEventListener(
    'wheel',
    event => {
        event.preventDefault();
        if (event.ctrlKey || event.metaKey) {
            const bounds = viewport.getBoundingClientRect();
            setTransform(zoomAt(transform, wheelFactor(event.deltaY), event.clientX - bounds.left, event.clientY - bounds.top));
        } else if (event.shiftKey && event.deltaX === 0) {
            setTransform(pan(transform, -event.deltaY, 0));
        } else {
            setTransform(pan(transform, -event.deltaX, -event.deltaY));
        }
    },
    { passive: false }
);

// `+` and `-` zoom around the centre, `0` shows natural size: unless a picker has the keyboard.
window.addEventListener('keydown', event => {
    if (event.target instanceof HTMLSelectElement || event.target instanceof HTMLInputElement || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === '+' || event.key === '=') zoomAtCentre(BUTTON_ZOOM);
    else if (event.key === '-') zoomAtCentre(1 / BUTTON_ZOOM);
    else if (event.key === '0') setTransform(actualSize(transform, viewportSize()));
    else return;
    event.preventDefault();
});

// Drag pans; a press and release that barely moved is a click on whatever shape is under it.
let drag: { x: number; y: number; travelled: number } | undefined;
viewport.addEventListener('pointerdown', event => {
    if (event.button !== 0) return;
    drag = { x: event.clientX, y: event.clientY, travelled: 0 };
});
viewport.addEventListener('pointermove', event => {
    if (!drag) return;
    const [dx, dy] = [event.clientX - drag.x, event.clientY - drag.y];
    drag = { x: event.clientX, y: event.clientY, travelled: drag.travelled + Math.hypot(dx, dy) };
    if (drag.travelled > CLICK_SLOP) {
        viewport.classList.add('panning');
        setTransform(pan(transform, dx, dy));
    }
});
window.addEventListener('pointerup', event => {
    const released = drag;
    drag = undefined;
    viewport.classList.remove('panning');
    if (!released || released.travelled > CLICK_SLOP || !(event.target instanceof Element)) return;
    const element = event.target.closest('[data-element]')?.getAttribute('data-element');
    if (element && canvas.contains(event.target)) vscode.postMessage({ type: 'reveal', element });
});

vscode.postMessage({ type: 'ready' });
