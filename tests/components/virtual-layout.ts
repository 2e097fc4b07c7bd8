import { afterAll, beforeAll } from 'vitest';

/*
 * happy-dom lays nothing out: every element is 0×0 and setting scrollTop
 * fires no scroll event, so a virtualised list would render no rows. For the
 * tests of a file that calls this, a scroll area marked
 * `data-virtual-viewport` measures `width`×`height` and its content's
 * inline size, and a scroll moves it as a browser would (with the event),
 * which is what @tanstack/react-virtual reads.
 */
export function layOutVirtualViewports(width = 1000, height = 600): void {
  // What HTMLElement.prototype itself had (undefined: it inherited from Element.prototype).
  const originals = new Map<string, PropertyDescriptor | undefined>();
  const isViewport = (el: Element) => el instanceof HTMLElement && el.hasAttribute('data-virtual-viewport');
  const contentSize = (el: Element, side: 'width' | 'height') => {
    const child = el.firstElementChild;
    return child instanceof HTMLElement ? Math.max(Number.parseFloat(child.style[side]) || 0, [...child.children].reduce((sum, c) => sum + (c instanceof HTMLElement ? Number.parseFloat(c.style[side]) || 0 : 0), 0)) : 0;
  };
  const override = (name: string, get: (el: Element, original: () => number) => number, withSetter = false) => {
    const descriptor = Object.getOwnPropertyDescriptor(Element.prototype, name) ?? Object.getOwnPropertyDescriptor(HTMLElement.prototype, name);
    if (!descriptor) throw new Error(`no ${name} to stand in for`);
    originals.set(name, Object.getOwnPropertyDescriptor(HTMLElement.prototype, name));
    Object.defineProperty(HTMLElement.prototype, name, {
      configurable: true,
      get(this: HTMLElement) {
        return isViewport(this) ? get(this, () => descriptor.get!.call(this) as number) : (descriptor.get!.call(this) as number);
      },
      set: withSetter
        ? function (this: HTMLElement, value: number) {
            if (!isViewport(this)) return descriptor.set!.call(this, value);
            const max = name === 'scrollTop' ? this.scrollHeight - this.clientHeight : this.scrollWidth - this.clientWidth;
            descriptor.set!.call(this, Math.max(0, Math.min(max, value)));
            this.dispatchEvent(new Event('scroll'));
          }
        : undefined,
    });
  };
  beforeAll(() => {
    override('clientWidth', () => width);
    override('clientHeight', () => height);
    override('offsetWidth', () => width);
    override('offsetHeight', () => height);
    override('scrollWidth', (el) => Math.max(width, contentSize(el, 'width')));
    override('scrollHeight', (el) => Math.max(height, contentSize(el, 'height')));
    override('scrollTop', (_el, original) => original(), true);
    override('scrollLeft', (_el, original) => original(), true);
  });
  afterAll(() => {
    for (const [name, own] of originals) {
      if (own) Object.defineProperty(HTMLElement.prototype, name, own);
      else delete (HTMLElement.prototype as unknown as Record<string, unknown>)[name];
    }
  });
}

/** Scrolls a virtualised viewport (as the user's wheel would) and lets it render. */
export function scrollViewport(el: HTMLElement, to: { top?: number; left?: number }): void {
  if (to.top !== undefined) el.scrollTop = to.top;
  if (to.left !== undefined) el.scrollLeft = to.left;
}
