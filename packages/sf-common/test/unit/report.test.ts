import assert from 'node:assert/strict';
import { failureText } from '../../src/daemon/report.js';

describe('failure reports', () => {
  it("names the daemon and ends with a newline, plainly when stderr is not the journal's stream", () => {
    assert.equal(failureText('sf-api', 'api.auth_secret must be set', false), 'sf-api: api.auth_secret must be set\n');
  });

  it('puts the err priority before every line for the journal, so a stack is filed whole', () => {
    assert.equal(failureText('sf-api', 'Error: boom\n    at main (cli.js:1:1)', true), '<3>sf-api: Error: boom\n<3>    at main (cli.js:1:1)\n');
  });
});
