// @ts-check
import createNextIntlPlugin from "next-intl/plugin";

// Messages are precompiled at build time, so the browser gets compiled messages and no ICU parser
// (about 9 KiB compressed; https://next-intl.dev/docs/usage/plugin#precompile). Every message must
// therefore be valid ICU syntax, which lib/i18n/icu-syntax.test.ts checks.
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./i18n/request.ts",
  experimental: { messages: { path: "./i18n/messages", format: "json", locales: "infer", precompile: true } },
});

// On every response, static files included. The Content-Security-Policy itself is set per request
// in proxy.ts, because page policies carry a fresh nonce.
const securityHeaders = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  // Links to other sites (message URLs, DingTalk docs) never learn which console page they came from.
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
];

/** @type {import("next").NextConfig} */
const nextConfig = {
  // PGlite ships WASM and pg-boss/pg open sockets: they must load from node_modules at run time,
  // not be bundled, and only one PGlite may exist per process (see lib/runtime/runtime.ts).
  serverExternalPackages: ["@electric-sql/pglite", "pg-boss", "pg", "pino"],
  poweredByHeader: false,
  reactStrictMode: true,
  // forbidden() answers 403 with app/forbidden.tsx when a role is too low (lib/auth/session.ts).
  experimental: {
    authInterrupts: true,
    // A send to 100,000 userIds is about 1.4 MB of JSON, and its draft as much again; the default
    // 1 MB limit would refuse both. 8 MB covers 100,000 ids of the maximum 64 characters.
    serverActions: { bodySizeLimit: "8mb" },
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default withNextIntl(nextConfig);
