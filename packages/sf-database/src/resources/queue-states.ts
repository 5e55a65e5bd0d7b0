/** queued -> claimed -> complete | failed; a claimed operation past its lease is claimable again. */
export const PENDING_STATES = "'queued', 'claimed'";
