// Lets Astro components use the project's own client directive with type checking.
import type { IntentOptions } from './intent';

declare module 'astro' {
  interface AstroClientDirectives {
    'client:intent'?: IntentOptions | boolean;
  }
}
