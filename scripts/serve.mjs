// `npm start`: serve the production build in dist/ on 127.0.0.1 and print its URL.
import { existsSync } from 'node:fs';
import { startServer } from './static-server.mjs';

if (!existsSync('dist/index.html')) {
  console.error('dist/ has no build yet. Run `npm run build` first (npm start does both).');
  process.exit(1);
}
const port = Number(process.env.PORT ?? 4321);
const { url } = await startServer({ root: 'dist', port });
console.log(`Rollenklar is running at ${url}  (German)  and  ${url}en/  (English). Stop with Ctrl+C.`);
