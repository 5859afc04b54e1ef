// Runs for every page as it is built (static pages too): sets the page's language and translator once, so
// page components, the page frame and the MDX components read `Astro.locals` (see src/page-locals.ts).
import { defineMiddleware } from 'astro:middleware';
import { pageLocale, pageLocals } from './page-locals';

export const onRequest = defineMiddleware((context, next) => {
  Object.assign(context.locals, pageLocals(pageLocale(context.currentLocale, context.url.pathname)));
  return next();
});
