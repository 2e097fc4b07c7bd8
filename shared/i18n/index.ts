import { createInstance, type i18n as I18n, type ThirdPartyModule } from 'i18next';
import { en } from './en';
import { sv } from './sv';

export const locales = ['sv', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'sv';

export const resources = { sv: { translation: sv }, en: { translation: en } } as const;

/** A fresh i18next instance; the core uses one for its messages, the renderer its own. */
export function createI18n(lng: Locale = defaultLocale, plugins: ThirdPartyModule[] = []): I18n {
  const instance = createInstance();
  for (const plugin of plugins) instance.use(plugin);
  void instance.init({
    lng,
    fallbackLng: 'sv',
    resources,
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}

/** Translates a key for the core (server side); messages go to the user in Swedish. */
const coreI18n = createI18n('sv');
export function translate(key: string, params?: Record<string, unknown>): string {
  return coreI18n.t(key, params ?? {});
}
