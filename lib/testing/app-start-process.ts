// An app process as far as start-up goes, for the tests: runs instrumentation.ts's register() as
// `next start` does (NEXT_RUNTIME=nodejs; set AUTOMATION_SCHEDULER=off), says "started" and stays
// up until it is killed. A refused start exits with register()'s message.
import { register } from "@/instrumentation";

register().then(
  () => {
    process.stdout.write(`started ${process.pid}\n`);
    setInterval(() => {}, 1 << 30);
  },
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
