/**
 * The keys the site writes, taken from the constants the tools themselves use, so the privacy page can never
 * forget one.
 */
import { CHECKER_STORAGE_KEY } from '../checker/values';
import { JOB_AD_STORAGE_KEY } from '../jobad/storage';
import { KNOWLEDGE_PREFIX, knowledgeKey } from '../knowledge/storage';
import { STORAGE_PREFIX as QUIZ_PREFIX, storageKey as quizKey } from '../quiz/storage';
import { THEME_STORAGE_KEY } from '../theme/theme-key';
import type { StoredKey } from './stored-data';

export function storedKeys(versions: { quiz: number; knowledge: number }): StoredKey[] {
  return [
    { kind: 'theme', key: THEME_STORAGE_KEY, match: THEME_STORAGE_KEY },
    { kind: 'quiz', key: quizKey(versions.quiz), match: QUIZ_PREFIX },
    // The checker's key carries its format version at the end ("….v1"); older and newer ones are its too.
    { kind: 'checker', key: CHECKER_STORAGE_KEY, match: CHECKER_STORAGE_KEY.replace(/\d+$/, '') },
    { kind: 'knowledge', key: knowledgeKey(versions.knowledge), match: KNOWLEDGE_PREFIX },
    { kind: 'jobad', key: JOB_AD_STORAGE_KEY, match: JOB_AD_STORAGE_KEY },
  ];
}
