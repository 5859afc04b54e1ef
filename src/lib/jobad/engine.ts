/**
 * Everything the job-ad island needs once there is an ad to read, in one module: the island loads it on the
 * first focus or input (or at once when a saved or linked ad is there), so the page itself stays small.
 */
export { analyseAd, compileVocabulary, highlightPieces } from './analyze';
export { flagText, inputMessages, sharesText, statusText, titleText, verdictText } from './view';
