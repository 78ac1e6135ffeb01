import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

// The web app lives in src/web and is served by the API server from dist/web (see src/server/app.ts).
export default defineConfig({
  root: 'src/web',
  plugins: [
    react(),
    // Installable app: a manifest, and a Workbox service worker that precaches the app shell so the report
    // form opens without signal. Nothing under /api/ is cached: answers are per account, and a phone shared
    // by two people must never show one the other's data; those requests are not routed through any cache
    // (Workbox leaves unmatched requests to the network). Reports written offline wait in IndexedDB
    // (src/web/features/incidents/offline/), not in the service worker.
    VitePWA({
      // registerSW.js, a file of its own: the Content-Security-Policy allows no inline script.
      injectRegister: 'script',
      registerType: 'autoUpdate',
      manifest: {
        name: 'Sinergi — desk pemantauan pemilu',
        short_name: 'Sinergi',
        description: 'Laporan kejadian pemilu dan pilkada, juga tanpa sinyal',
        lang: 'id',
        start_url: '/incidents/new',
        scope: '/',
        display: 'standalone',
        theme_color: '#1c7ed6',
        background_color: '#ffffff',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        // Workbox skips files over 2 MiB by default; the main chunk must never be skipped, or the app would not
        // open offline. 6 MiB leaves room as the app grows (the whole precache is about 2 MiB today).
        maximumFileSizeToCacheInBytes: 6 * 1024 * 1024,
        navigateFallback: '/index.html',
        // The API, its docs and file downloads are never answered with the app shell.
        navigateFallbackDenylist: [/^\/api\//, /^\/docs/],
        cleanupOutdatedCaches: true,
        // A new or updated worker takes over the open pages at once: the first visit already works offline.
        clientsClaim: true,
        skipWaiting: true,
        runtimeCaching: [],
      },
    }),
  ],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    // Mantine and React make one larger vendor chunk; that is expected for this app.
    chunkSizeWarningLimit: 900,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
