/** The last step of every procedure: not in the procedure data, added by the wizard. */
export const REVIEW_STEP = 'review';
