/** The work must stop where it is: the lease is no longer surely held, or the daemon is stopping. */
export class WorkStopped extends Error {
  constructor(readonly reason: 'lease' | 'stopping') {
    super(reason === 'lease' ? 'the maintainer lease is no longer surely held' : 'the maintainer is stopping');
    this.name = 'WorkStopped';
  }
}
