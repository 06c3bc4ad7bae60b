import type { NextConfig } from "next";

const config: NextConfig = {
  transpilePackages: ["@bianmin/ui", "@bianmin/api", "@bianmin/auth", "@bianmin/db", "@bianmin/domain"],
  poweredByHeader: false,
};

export default config;
