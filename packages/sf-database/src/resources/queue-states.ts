/** queued -> claimed -> complete | failed; a claimed operation past its lease is claimable again. */
export const PENDING_STATES = "'queued', 'claimed'";

/** Work that is over: kept for a retention, then pruned. */
export const FINISHED_STATES = "'complete', 'failed'";
