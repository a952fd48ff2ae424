/**
 * Localization: English source catalogs with complete, type-checked translations that
 * load only when a widget first needs them. The locale is per widget (its `locale`
 * attribute, then its provider, then the page), which a page-global runtime such as
 * @lit/localize cannot do; see docs/decisions/001-localization.md.
 */
export const supportedLocales = ['en', 'es'] as const;
export type Locale = (typeof supportedLocales)[number];

/** `es-MX` → `es`; an unsupported or empty tag → `undefined`. */
export function matchLocale(tag: string | null | undefined): Locale | undefined {
  const language = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return supportedLocales.find((l) => l === language);
}

/** A catalog: each entry a string, or a function of typed parameters returning one. */
export type Messages = { readonly [key: string]: string | ((...args: never[]) => string) };

/** Widens literal strings so a translation must have the same keys and signatures, not the same text. */
export type Catalog<M extends Messages> = { readonly [K in keyof M]: M[K] extends string ? string : M[K] };

export interface MessageBundle<M extends Messages> {
  readonly en: Catalog<M>;
  readonly load: { readonly [L in Exclude<Locale, 'en'>]: () => Promise<{ default: Catalog<M> }> };
}

export const defineMessages = <M extends Messages>(
  en: M,
  load: MessageBundle<M>['load'],
): MessageBundle<M> => ({ en: en as Catalog<M>, load });

type AnyBundle = MessageBundle<Messages>;
const loaded = new WeakMap<AnyBundle, Map<Locale, Messages>>();
const loading = new WeakMap<AnyBundle, Map<Locale, Promise<void>>>();

/** The catalog if it is loaded (English always is), else `undefined`. */
export function loadedMessages<M extends Messages>(bundle: MessageBundle<M>, locale: Locale): Catalog<M> | undefined {
  if (locale === 'en') return bundle.en;
  return loaded.get(bundle)?.get(locale) as Catalog<M> | undefined;
}

/** Loads a catalog once; concurrent callers share the same promise. */
export function loadMessages<M extends Messages>(bundle: MessageBundle<M>, locale: Locale): Promise<void> {
  const key = bundle as unknown as AnyBundle;
  if (locale === 'en' || loaded.get(key)?.has(locale)) return Promise.resolve();
  const inFlight = loading.get(key) ?? new Map<Locale, Promise<void>>();
  loading.set(key, inFlight);
  let promise = inFlight.get(locale);
  if (!promise) {
    promise = bundle.load[locale]().then(
      (module) => {
        const byLocale = loaded.get(key) ?? new Map<Locale, Messages>();
        byLocale.set(locale, module.default);
        loaded.set(key, byLocale);
      },
      (error: unknown) => {
        inFlight.delete(locale);
        throw error;
      },
    );
    inFlight.set(locale, promise);
  }
  return promise;
}
