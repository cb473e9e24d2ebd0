// Vitrine kiosk UI: wires the shell (shell.js) to the page's fixed controls and the screens.
import { $ } from "./dom.js";
import { call, onSessionEnded } from "./api.js";
import { IdleWatch } from "./idle.js";
import { startAudio, audioOn } from "./audio.js";
import { t, go, back, state as S, screens, sessionPath, failText, busy, startSession, endVisit, isEnding, loadTexts,
  applyStaticTexts, setLanguage, updateScroll, scrollBy, askFinish, showHelp, dialogs, keyboard } from "./shell.js";
import diagnosticScreens from "./diagnostic.js";
import learningScreens from "./learning.js";
import recordScreens from "./record.js";
import shopScreens from "./shop.js";
import publishScreens from "./shop-publish.js";

function bindShell() {
  $("back").addEventListener("click", back);
  $("finish").addEventListener("click", askFinish);
  $("help").addEventListener("click", showHelp);
  $("help-close").addEventListener("click", () => $("helpbox").close());
  $("confirm-no").addEventListener("click", () => $("confirm").close());
  $("confirm-yes").addEventListener("click", () => { $("confirm").close(); dialogs.confirmAction?.(); });
  $("idle-end").addEventListener("click", () => endVisit());
  $("scroll-up").addEventListener("click", () => scrollBy(-1));
  $("scroll-down").addEventListener("click", () => scrollBy(1));
  $("main").addEventListener("scroll", updateScroll, { passive: true });
  new ResizeObserver(updateScroll).observe($("main"));
  for (const button of document.querySelectorAll(".lang")) button.addEventListener("click", () => setLanguage(button.dataset.lang));
  for (const id of ["large", "contrast"]) {
    $(id).addEventListener("click", () => {
      const on = document.documentElement.classList.toggle(id);
      $(id).setAttribute("aria-pressed", String(on));
      window.dispatchEvent(new Event("modechange"));
      requestAnimationFrame(updateScroll);
    });
  }
  for (const type of ["contextmenu", "dragstart"]) document.addEventListener(type, (event) => event.preventDefault());
  // The attract screen is static HTML: wire its two buttons.
  document.querySelector('[data-action="start"]').addEventListener("click", (event) => begin(event.currentTarget, "home"));
  document.querySelector('[data-action="resume"]').addEventListener("click", (event) => begin(event.currentTarget, "resume-code"));
}

// The CCI's identity (attract screen, header); the demo banner while no public address is set.
function showIdentity({ identity, publicAddress }) {
  $("demo").hidden = publicAddress?.ready !== false;
  if (!identity) return;
  $("cci").hidden = false;
  $("cci-name").textContent = identity.name;
  $("cci-short").textContent = identity.shortName ?? "";
  for (const id of ["cci-logo", "cci-mark"]) if (identity.logo) Object.assign($(id), { src: identity.logo, hidden: false });
  // A rule added to the style sheet (no style attribute: the CSP allows no inline style).
  if (/^#[0-9a-f]{3,8}$/i.test(identity.color ?? "")) document.styleSheets[0]?.insertRule(`:root { --cci: ${identity.color}; }`);
}

async function begin(button, target) {
  await busy(button, async () => {
    try {
      await startSession();
      go(target, {}, { reset: target === "home" ? [] : ["home"] });
    } catch (error) {
      $("attract-error").textContent = failText(error);
    }
  });
}

// The audio mode's time limits: twice as long (listening to a screen takes longer than reading it).
const AUDIO_TIME = 2;

async function boot() {
  // Defaults that the kiosk endpoint refines.
  S.kiosk = { idleSeconds: 120, countdownSeconds: 30 };
  S.fallback = S.texts = await loadTexts("fr");
  applyStaticTexts();
  bindShell();
  startAudio();
  for (const register of [diagnosticScreens, learningScreens, recordScreens, shopScreens, publishScreens]) register(screens);
  onSessionEnded(() => endVisit());
  try { Object.assign(S.kiosk, await call("GET", "/api/v1/kiosk")); } catch { /* keep defaults */ }
  showIdentity(S.kiosk);
  const modes = document.documentElement.classList;
  const pristine = () => !S.session && S.lang === "fr" && !modes.contains("large") && !modes.contains("contrast") && !audioOn();
  new IdleWatch({
    idleSeconds: S.kiosk.idleSeconds, countdownSeconds: Math.max(1, S.kiosk.countdownSeconds), t, slower: () => (audioOn() ? AUDIO_TIME : 1),
    isActive: () => !isEnding() && !pristine(),
    touch: () => { if (S.session) call("POST", sessionPath("/touch")).catch(() => {}); },
    expire: () => endVisit(),
  });
  // A turned or resized screen: the scroll buttons and the field being typed in, still in sight.
  window.addEventListener("resize", () => requestAnimationFrame(() => { updateScroll(); keyboard.reveal(); }));
  document.body.dataset.ready = "1";
}

boot();
