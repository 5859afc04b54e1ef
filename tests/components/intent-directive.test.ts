// client:intent in jsdom: nothing loads while the page is only read; the first focus, press or input in the
// island or a watched region starts it once; saved state or a query string starts it at once; controls
// rendered disabled become usable; a click that arrives while the island starts is replayed afterwards.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import intent from '../../src/directives/intent';

let island: HTMLElement;
let form: HTMLFormElement;
let started: ReturnType<typeof vi.fn<() => void>>;
let release: () => void;

function directive(value: unknown) {
  started = vi.fn<() => void>();
  const gate = new Promise<void>((resolve) => (release = resolve));
  const load = vi.fn(async () => {
    await gate;
    return async () => {
      started();
    };
  });
  intent(load, { name: 'intent', value: value as string }, island);
  return load;
}

const flush = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
  document.body.innerHTML =
    '<form id="f"><fieldset id="fields" disabled><input id="x"></fieldset></form>' +
    '<astro-island><div><button id="copy">Copy</button></div></astro-island>';
  island = document.querySelector('astro-island')!;
  form = document.querySelector('form')!;
  localStorage.clear();
  history.replaceState(null, '', '/bedarfscheck/');
});

afterEach(() => {
  document.body.innerHTML = '';
});

describe('client:intent', () => {
  it('loads nothing until the visitor uses a watched region, then starts the island once', async () => {
    const load = directive({ watch: ['#f'] });
    await flush();
    expect(load).not.toHaveBeenCalled();
    form.querySelector('input')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    form.querySelector('input')!.dispatchEvent(new Event('input', { bubbles: true }));
    release();
    await flush();
    expect(load).toHaveBeenCalledTimes(1);
    expect(started).toHaveBeenCalledTimes(1);
  });

  it('makes the controls rendered disabled usable at once', () => {
    directive({ enable: '#fields' });
    expect((document.getElementById('fields') as HTMLFieldSetElement).disabled).toBe(false);
  });

  it('starts at once when there is saved state or a query string to restore', async () => {
    localStorage.setItem('saved.key', '{}');
    expect(directive({ storageKey: 'saved.key' })).toHaveBeenCalledTimes(1);
    localStorage.clear();
    history.replaceState(null, '', '/bedarfscheck/?channels=3');
    expect(directive({})).toHaveBeenCalledTimes(1);
  });

  it('replays a click on the island that arrived while it was starting', async () => {
    const clicks = vi.fn();
    directive({});
    const button = document.getElementById('copy')!;
    button.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    button.click(); // no handler yet: the island is still loading
    button.addEventListener('click', clicks); // what hydration attaches
    release();
    await flush();
    await flush();
    expect(started).toHaveBeenCalledTimes(1);
    expect(clicks).toHaveBeenCalledTimes(1);
  });
});

describe('client:intent while the page is still parsing', () => {
  it('enables and watches what comes after the island once parsing is done', async () => {
    Object.defineProperty(document, 'readyState', { value: 'loading', configurable: true });
    try {
      document.body.innerHTML = '<astro-island><p>result</p></astro-island>';
      island = document.querySelector('astro-island')!;
      const load = directive({ watch: ['#later'], enable: '#later input' });
      // The table after the island arrives later in the stream.
      document.body.insertAdjacentHTML(
        'beforeend',
        '<table id="later"><tr><td><input disabled></td></tr></table>',
      );
      document.dispatchEvent(new Event('DOMContentLoaded'));
      const input = document.querySelector('#later input') as HTMLInputElement;
      expect(input.disabled).toBe(false);
      input.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
      release();
      await flush();
      expect(load).toHaveBeenCalledTimes(1);
    } finally {
      delete (document as { readyState?: string }).readyState;
    }
  });
});
