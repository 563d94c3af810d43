import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toCsv } from '../src/services/csv-writer.ts';

describe('the shared CSV writer', () => {
  it('writes RFC 4180 with a byte-order mark, CRLF, quoting and defused formulas', () => {
    const csv = toCsv([
      ['a', 'b,c', 'say "hi"', 1.5, null],
      ['=1+1', '@x', '-2', 'line\nbreak', undefined],
    ]);
    assert.equal(csv.charCodeAt(0), 0xfeff);
    assert.equal(csv.slice(1), 'a,"b,c","say ""hi""",1.5,\r\n\'=1+1,\'@x,\'-2,"line\nbreak",\r\n');
  });

  it('leaves numbers alone (a negative count is not a formula)', () => {
    assert.equal(toCsv([[-1]]).slice(1), '-1\r\n');
  });
});
