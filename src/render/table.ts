/** cli-table3 borders without a rule between every row: tables stay short and readable. */
export const COMPACT = { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' };
