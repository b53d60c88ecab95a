// Setting rows the accounts code reads and writes (also written by the demo seed).

/** Written by `npm run db:seed`: the demo logins the sign-in page shows (demo mode). */
export const DEMO_LOGINS_SETTING = "demo.logins";

/** Written with the first admin: a primary key that a second first admin cannot write again. */
export const FIRST_ADMIN_SETTING = "setup.firstAdmin";
