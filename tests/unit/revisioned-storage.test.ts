// The one compare-and-set record in localStorage that the quiz, the checker and the knowledge check save
// through: stale tabs never write over newer data, deletions elsewhere stay deleted, data a page cannot read
// stays untouched, and a missing, blocked or full storage is reported, never thrown.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_REVISION, revisionedRecord, type Revision } from '../../src/lib/storage/revisioned';
import { brokenStorage, memoryStorage } from './memory-storage';

const KEY = 'rollenklar.test.v2';

/** A small format like the features' own: version 2 is this page's; 1 is outdated, 3 is newer. */
type Load =
  | { status: 'none' }
  | { status: 'ok'; text: string; revision: number }
  | { status: 'outdated' }
  | { status: 'newer' }
  | { status: 'unreadable' };

function parse(raw: string | null): Load {
  if (raw === null) return { status: 'none' };
  try {
    const data = JSON.parse(raw) as { v?: unknown; r?: unknown; text?: unknown };
    if (data.v === 1) return { status: 'outdated' };
    if (data.v === 3) return { status: 'newer' };
    if (data.v !== 2 || typeof data.text !== 'string') return { status: 'unreadable' };
    const r = data.r ?? 0;
    if (typeof r !== 'number' || !Number.isSafeInteger(r) || r < 0) return { status: 'unreadable' };
    return { status: 'ok', text: data.text, revision: r };
  } catch {
    return { status: 'unreadable' };
  }
}

const revisionOf = (load: Load): Revision =>
  load.status === 'ok' ? load.revision : load.status === 'none' || load.status === 'outdated' ? 0 : 'locked';

const record = revisionedRecord<Load, string>({
  key: KEY,
  parse,
  revisionOf,
  serialize: (text, r) => JSON.stringify({ v: 2, r, text }),
});

const stored = (text: string, r?: number) =>
  JSON.stringify({ v: 2, ...(r === undefined ? {} : { r }), text });

describe('saving with revisions', () => {
  it('writes revision 1 on an empty slot and one higher on every save on top of it', () => {
    const storage = memoryStorage();
    expect(record.save(storage, 0, 'a')).toEqual({ status: 'saved', revision: 1 });
    expect(record.save(storage, 1, 'b')).toEqual({ status: 'saved', revision: 2 });
    expect(record.load(storage)).toEqual({ status: 'ok', text: 'b', revision: 2 });
  });

  it('refuses a save when another tab wrote between this tab reading and writing, and hands over what is there', () => {
    const storage = memoryStorage();
    record.save(storage, 0, 'mine');
    const seen = 1; // this tab read revision 1 …
    expect(record.save(storage, 1, 'other tab')).toMatchObject({ status: 'saved', revision: 2 }); // … another tab wrote …
    const outcome = record.save(storage, seen, 'stale'); // … and this tab's write comes too late
    expect(outcome).toEqual({
      status: 'conflict',
      current: { status: 'ok', text: 'other tab', revision: 2 },
    });
    expect(record.load(storage)).toMatchObject({ text: 'other tab' });
    // Having taken over revision 2, the tab's next save lands on top.
    expect(record.save(storage, 2, 'merged')).toEqual({ status: 'saved', revision: 3 });
  });

  it('does not write back what was deleted elsewhere; a tab that takes the deletion over starts again at 1', () => {
    const storage = memoryStorage({ other: 'kept' });
    record.save(storage, 0, 'a');
    storage.removeItem(KEY); // "delete all my data" on the privacy page
    expect(record.save(storage, 1, 'a again')).toEqual({ status: 'conflict', current: { status: 'none' } });
    expect(storage.map.has(KEY)).toBe(false);
    expect(record.save(storage, 0, 'new start')).toEqual({ status: 'saved', revision: 1 });
  });

  it('never writes over tampered or unreadable data, nor over a newer version’s, until it is cleared', () => {
    for (const raw of [
      '{"v":2,"text":',
      '[]',
      '"x"',
      '{"v":2,"text":7}',
      '{"v":2,"r":-4,"text":"x"}',
      '{"v":3}',
    ]) {
      const storage = memoryStorage({ [KEY]: raw });
      for (const seen of [0, 1, 5]) expect(record.save(storage, seen, 'x').status, raw).toBe('conflict');
      expect(storage.map.get(KEY)).toBe(raw);
      storage.removeItem(KEY); // the visitor discards it
      expect(record.save(storage, 0, 'x')).toEqual({ status: 'saved', revision: 1 });
    }
  });

  it('replaces what this page may replace (an outdated version) like an empty slot', () => {
    const storage = memoryStorage({ [KEY]: '{"v":1,"answers":"x"}' });
    expect(record.save(storage, 0, 'a')).toEqual({ status: 'saved', revision: 1 });
  });

  it('counts a record from before revisions as revision 0', () => {
    const storage = memoryStorage({ [KEY]: stored('legacy') });
    expect(record.load(storage)).toEqual({ status: 'ok', text: 'legacy', revision: 0 });
    expect(record.save(storage, 0, 'a')).toEqual({ status: 'saved', revision: 1 });
  });

  it('keeps revisions safe integers at the limit', () => {
    const storage = memoryStorage({ [KEY]: stored('far', MAX_REVISION) });
    expect(record.save(storage, MAX_REVISION, 'b')).toEqual({ status: 'saved', revision: MAX_REVISION });
  });

  it('reports a missing, blocked or full storage as failed and never throws', () => {
    const full = {
      ...memoryStorage(),
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    for (const storage of [null, brokenStorage, full]) {
      expect(record.save(storage, 0, 'a')).toEqual({ status: 'failed' });
      expect(record.load(storage)).toEqual({ status: 'none' });
    }
  });
});

describe('two tabs clicking in any order', () => {
  it('never loses a write: each save lands exactly one above what is stored, or changes nothing', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.boolean(), fc.string()), { maxLength: 40 }), (steps) => {
        const storage = memoryStorage();
        const seen = [0, 0];
        for (const [second, reload, text] of steps) {
          const tab = second ? 1 : 0;
          if (reload) {
            const load = record.load(storage);
            seen[tab] = load.status === 'ok' ? load.revision : 0;
          }
          const before = storage.map.get(KEY);
          const beforeRevision = record.load(storage);
          const outcome = record.save(storage, seen[tab]!, text);
          if (outcome.status === 'saved') {
            const expected = beforeRevision.status === 'ok' ? beforeRevision.revision + 1 : 1;
            expect(outcome.revision).toBe(expected);
            expect(beforeRevision.status === 'ok' ? beforeRevision.revision : 0).toBe(seen[tab]);
            seen[tab] = outcome.revision;
          } else {
            expect(outcome.status).toBe('conflict');
            expect(storage.map.get(KEY)).toBe(before);
          }
        }
      }),
    );
  });
});
