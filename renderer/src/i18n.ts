import { initReactI18next } from 'react-i18next';
import { createI18n, defaultLocale, locales, type Locale } from '../../shared/i18n';

const storageKey = 'kub-planner-locale';

function storedLocale(): Locale {
  const stored = window.localStorage.getItem(storageKey);
  return (locales as readonly string[]).includes(stored ?? '') ? (stored as Locale) : defaultLocale;
}

export const i18n = createI18n(storedLocale(), [initReactI18next]);
document.documentElement.lang = i18n.language;

export function changeLocale(locale: Locale): void {
  window.localStorage.setItem(storageKey, locale);
  void i18n.changeLanguage(locale);
  document.documentElement.lang = locale;
}
