import assert from 'node:assert/strict';
import { schedulableLimits } from '../../src/scheduling/overcommit.js';

describe('overcommit policy', () => {
  const policy = { cpuRatio: 16, memoryRatio: 1.5, memoryReservedMib: 4096, diskRatio: 1 };

  it('keeps the host reservation back before applying the ratios', () => {
    assert.deepEqual(schedulableLimits({ cpus: 8, memoryMib: 32768, diskGib: 500 }, policy), { cpus: 128, memoryMib: 43008, diskGib: 500 });
  });

  it('never goes below zero on a host smaller than its reservation', () => {
    assert.deepEqual(schedulableLimits({ cpus: 1, memoryMib: 2048, diskGib: 0 }, policy), { cpus: 16, memoryMib: 0, diskGib: 0 });
  });
});
