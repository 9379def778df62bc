// The preview page's script (bundled to out/preview/preview.js). It draws what the extension
// sends and sends back what the user asks for; every message in is checked by parseToPage and
// every message out is a FromPage. Model data never enters the page any other way.
import { isView, parseToPage, VIEW_LABELS, type FromPage, type ToPage } from '../preview/messages.js';
import { safeSvg } from './safe-svg.js';
import { fit, pan, parsePageState, toCss, wheelFactor, zoomAt, type PageState, type ViewTransform } from './view-transform.js';

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
const banner = byId<HTMLDivElement>('banner');
const viewport = byId<HTMLElement>('viewport');
const canvas = byId<HTMLDivElement>('canvas');

// VS Code re-creates a hidden preview when it is shown again: the pan and zoom come back from its saved state.
const restored = parsePageState(vscode.getState());
let transform: ViewTransform = restored?.transform ?? { x: 0, y: 0, scale: 1 };
/** What is drawn: a new view or service is fitted, a redraw of the same one keeps the user's pan and zoom. */
let shown: string | undefined = restored?.shown;

for (const [view, label] of Object.entries(VIEW_LABELS)) viewSelect.add(new Option(label, view));

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

function fitToViewport(): void {
    setTransform(fit(diagramSize(), { width: viewport.clientWidth, height: viewport.clientHeight }));
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
    elementSelect.replaceChildren(...message.services.map(service => new Option(service, service, false, service === message.element)));
    showBanner(message.notice);
    const key = `${message.view} ${message.element ?? ''}`;
    const fresh = key !== shown;
    shown = key;
    if (fresh) fitToViewport();
    else setTransform(transform);
}

window.addEventListener('message', event => {
    const message = parseToPage(event.data);
    if (message?.type === 'diagram') draw(message);
    else if (message?.type === 'failure') showBanner(message.message);
});

viewSelect.addEventListener('change', () => {
    if (isView(viewSelect.value)) vscode.postMessage({ type: 'selectView', view: viewSelect.value });
});
elementSelect.addEventListener('change', () => vscode.postMessage({ type: 'selectElement', element: elementSelect.value }));
byId('fit').addEventListener('click', fitToViewport);
byId('zoom-in').addEventListener('click', () => zoomAtCentre(BUTTON_ZOOM));
byId('zoom-out').addEventListener('click', () => zoomAtCentre(1 / BUTTON_ZOOM));
byId('export').addEventListener('click', () => vscode.postMessage({ type: 'export' }));

function zoomAtCentre(factor: number): void {
    setTransform(zoomAt(transform, factor, viewport.clientWidth / 2, viewport.clientHeight / 2));
}

viewport.addEventListener(
    'wheel',
    event => {
        event.preventDefault();
        const bounds = viewport.getBoundingClientRect();
        setTransform(zoomAt(transform, wheelFactor(event.deltaY), event.clientX - bounds.left, event.clientY - bounds.top));
    },
    { passive: false }
);

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
