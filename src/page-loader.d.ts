// The page loader as the build hands it to the layout (src/build/integrations/page-loader.ts).
declare module 'virtual:rollenklar/page-loader' {
  /** The minified classic script every page inlines in <head>. */
  export const PAGE_LOADER: string;
  /** The URL the loader imports the search island from; an attribute of its <script>. */
  export const SEARCH_ISLAND_URL: string;
}
