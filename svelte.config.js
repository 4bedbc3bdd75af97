import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** Shared by vite-plugin-svelte, svelte-check and eslint-plugin-svelte. */
export default {
  preprocess: vitePreprocess(),
  // Runes only: legacy `$:`/`export let` syntax is a compile error, not a second dialect.
  compilerOptions: { runes: true },
};
