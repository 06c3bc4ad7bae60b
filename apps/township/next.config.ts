import type { NextConfig } from "next";

const config: NextConfig = {
  // a separate build folder lets two builds of one app run side by side (parallel development, tests)
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  transpilePackages: ["@bianmin/ui", "@bianmin/api", "@bianmin/auth", "@bianmin/db", "@bianmin/domain", "@bianmin/documents"],
  // pdfkit reads its font metrics (.afm) from its own folder at run time: keep it out of the bundle
  serverExternalPackages: ["pdfkit"],
  poweredByHeader: false,
};

export default config;
