/** A feature's messages in another language: exactly the English keys (a missing or extra key fails type-checking). */
export type FeatureCatalogue<T> = { readonly [K in keyof T]: string };
