/* The package ships plain JS without types; only what the suggestions use is declared. */
declare module 'snowball-stemmers' {
  export interface Stemmer {
    stem(word: string): string;
  }
  /** Throws for an unknown language; names as listed by algorithms(), e.g. 'swedish'. */
  export function newStemmer(language: string): Stemmer;
  export function algorithms(): string[];
}
