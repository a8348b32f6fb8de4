// @ts-check
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/** @type {import("next").NextConfig} */
const nextConfig = {
  // PGlite ships WASM and pg-boss/pg open sockets: they must load from node_modules at run time,
  // not be bundled, and only one PGlite may exist per process (see lib/server/runtime.ts).
  serverExternalPackages: ["@electric-sql/pglite", "pg-boss", "pg", "pino", "pino-pretty"],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default withNextIntl(nextConfig);
