// LICENSE holds the whole official English text of the EUPL v1.2, and every package says so.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { packageJson, publishedPackages, readRootFile } from './release-facts.ts';

describe('LICENSE', () => {
  const text = readRootFile('LICENSE');
  const lines = text.trimEnd().split('\n');

  it('is the EUPL v1.2, first line to last', () => {
    assert.equal(lines[0], 'EUROPEAN UNION PUBLIC LICENCE v. 1.2');
    assert.equal(lines[1], 'EUPL © the European Union 2007, 2016');
    assert.equal(lines.at(-1), 'All other changes or additions to this Appendix require the production of a new EUPL version.');
    // All fifteen articles and the appendix of compatible licences, in order.
    const articles = [
      'Definitions', 'Scope of the rights granted by the Licence', 'Communication of the Source Code', 'Limitations on copyright',
      'Obligations of the Licensee', 'Chain of Authorship', 'Disclaimer of Warranty', 'Disclaimer of Liability', 'Additional agreements',
      'Acceptance of the Licence', 'Information to the public', 'Termination of the Licence', 'Miscellaneous', 'Jurisdiction', 'Applicable Law',
    ];
    let from = 0;
    articles.forEach((title, i) => {
      const at = lines.findIndex((line, index) => index >= from && line.trim() === `${i + 1}.${title}`);
      assert.ok(at > 0, `article ${i + 1}. ${title}`);
      from = at + 1;
    });
    assert.ok(lines.slice(from).some((line) => line.trim() === 'Appendix'), 'the appendix comes last');
    assert.ok(text.length > 13_000, 'the whole text, not a summary');
  });

  it('is the licence every package declares', () => {
    assert.equal(packageJson('.').license, 'EUPL-1.2');
    for (const folder of publishedPackages) assert.equal(packageJson(folder).license, 'EUPL-1.2', folder);
  });
});
