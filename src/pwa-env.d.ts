// Types of vite-plugin-pwa's virtual:pwa-register, which main.ts imports to register the service worker.
/// <reference types="vite-plugin-pwa/vanillajs" />
