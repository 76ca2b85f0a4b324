/** The longest standards page text the admin form accepts (the form shows it; the server checks it). */
export const STANDARDS_BODY_MAX = 20_000;
