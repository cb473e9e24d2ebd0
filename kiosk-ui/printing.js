// Printing through the daemon (never the browser): follow the job until printed or say, plainly, what stops it.
import { t, known, sessionPath } from "./shell.js";
import { call } from "./api.js";

const POLL_MS = 1000;
const GIVE_UP_MS = 90000;
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// The sentence for a reason code from the daemon ("out_of_paper"…), or its own message.
function reasonText(reason, message) {
  const key = `print.reason.${reason}`;
  return reason && known(key) ? t(key) : message || t("print.reason.unknown");
}

// POSTs `route` with `body`, progress into `status` (role=status); true once printed, else false.
export async function printThrough(route, body, status, { done = t("print.done") } = {}) {
  const say = (text, problem = false) => {
    status.textContent = text;
    status.classList.toggle("error", problem);
    status.scrollIntoView?.({ block: "nearest" }); // the buttons may sit low on a long screen
  };
  say(t("print.sending"));
  let job;
  try {
    job = (await call("POST", sessionPath(route), body ?? {})).job;
  } catch (error) {
    if (error.code === "session_ended") return false;
    if (error.code === "public_address_missing") say(t("print.demo"), true);
    else if (error.code === "printer_unavailable") say(reasonText(error.details.reason, error.message), true);
    else say(t("print.failed"), true);
    return false;
  }
  const started = Date.now();
  while (Date.now() - started < GIVE_UP_MS) {
    if (job.state === "done") { say(done); return true; }
    if (job.state === "failed") { say(reasonText(job.reason, job.message), true); return false; }
    say(job.reason ? `${t("print.waiting")} ${reasonText(job.reason, job.message)}` : t("print.printing"), Boolean(job.reason));
    await pause(POLL_MS);
    try {
      job = (await call("GET", sessionPath(`/print-jobs/${job.id}`))).job;
    } catch (error) {
      if (error.code === "session_ended") return false;
      say(t("print.failed"), true);
      return false;
    }
  }
  say(t("print.slow"), true);
  return false;
}
