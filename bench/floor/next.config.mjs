// The same rendering switches as the app's next.config.mjs, so the floor ships the same runtime.
/** @type {import('next').NextConfig} */
const nextConfig = {
  cacheComponents: true,
  reactStrictMode: true,
  poweredByHeader: false,
};

export default nextConfig;
