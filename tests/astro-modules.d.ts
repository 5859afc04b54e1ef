// svelte-check type-checks TypeScript files but cannot resolve .astro modules (astro check can);
// this fallback types the Astro components that tests render through the Container API.
declare module '*.astro' {
  const Component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default Component;
}
