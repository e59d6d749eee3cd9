/**
 * Gives an element the strings and content of its language. English ships inside the element;
 * other languages are separate chunks fetched only when a page asks for them, so an English page
 * never downloads Chinese.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveLang, toLocale, type Locale } from './locale.js';

type Loader<T> = () => Promise<{ default: T }>;

export interface LocaleBundles<T> {
  en: T;
  'zh-CN': () => Promise<T>;
  'zh-Hant': () => Promise<T>;
}

/** Loads a locale once per page, however many elements ask for it. */
function cached<T>(load: Loader<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => {
    loaded ??= load().then((module) => module.default);
    // A failed fetch (offline, blocked chunk) may succeed on a later try.
    loaded.catch(() => (loaded = undefined));
    return loaded;
  };
}

/** English ships inside the element; each Chinese locale is its own chunk, fetched when first asked for. */
export function cachedBundles<T>(en: T, loadZhCn: Loader<T>, loadZhHant: Loader<T>): LocaleBundles<T> {
  return { en, 'zh-CN': cached(loadZhCn), 'zh-Hant': cached(loadZhHant) };
}

export class LocalizedController<T> implements ReactiveController {
  /** The locale the page asked for. */
  locale: Locale = 'en';
  /** What to render: English until another language has arrived. */
  value: T;
  /** True while another language is on its way; the element shows a placeholder meanwhile. */
  loading = false;
  /** True when the asked-for language could not be loaded and English is shown instead. */
  failed = false;

  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly bundles: LocaleBundles<T>;
  private observer?: MutationObserver;

  constructor(host: ReactiveControllerHost & HTMLElement, bundles: LocaleBundles<T>) {
    this.host = host;
    this.bundles = bundles;
    this.value = bundles.en;
    host.addController(this);
  }

  hostConnected(): void {
    // `lang` on the element or on the document may change after load (a language switcher).
    this.observer = new MutationObserver(() => this.refresh());
    this.observer.observe(this.host, { attributeFilter: ['lang'] });
    this.observer.observe(this.host.ownerDocument.documentElement, { attributeFilter: ['lang'] });
    this.refresh();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  refresh(): void {
    const locale = toLocale(resolveLang(this.host));
    if (locale === this.locale && !this.failed) return;
    this.locale = locale;
    this.failed = false;
    if (locale === 'en') {
      this.value = this.bundles.en;
      this.loading = false;
      this.host.requestUpdate();
      return;
    }
    this.loading = true;
    this.host.requestUpdate();
    this.bundles[locale]().then(
      (value) => this.settle(locale, value, false),
      () => this.settle(locale, this.bundles.en, true),
    );
  }

  private settle(locale: Locale, value: T, failed: boolean): void {
    if (locale !== this.locale) return; // the page switched language again meanwhile
    this.value = value;
    this.failed = failed;
    this.loading = false;
    this.host.requestUpdate();
  }
}
