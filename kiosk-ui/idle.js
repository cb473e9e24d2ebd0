// Idle warning then `expire()`; taps `touch()` the session (≤ every 15 s, trailing call) so the server never ends first.
// `slower()`: a factor on both time limits (the audio mode's are longer; the session is then kept alive every half idle time until they run out).
import { $ } from "./dom.js";

const TOUCH_EVERY = 15000;

export class IdleWatch {
  constructor({ idleSeconds, countdownSeconds, isActive, touch, expire, t, slower = () => 1 }) {
    Object.assign(this, { idleSeconds, countdownSeconds, isActive, touch, expire, t, slower });
    this.dialog = $("idle");
    this.last = Date.now();
    this.lastTouch = 0;
    this.deadline = 0;
    this.announced = -1;
    for (const type of ["pointerdown", "keydown", "wheel"]) {
      document.addEventListener(type, (event) => this.activity(event), { capture: true, passive: true });
    }
    $("idle-more").addEventListener("click", () => this.extend());
    this.dialog.addEventListener("cancel", (event) => event.preventDefault());
    this.timer = setInterval(() => this.tick(), 250);
  }

  activity(event) {
    if (this.dialog.open) return; // only "Plus de temps" (or "Terminer") answers the warning
    this.last = Date.now();
    this.pending = true;
    this.flush();
  }

  flush(force = false) {
    const now = Date.now();
    if (!this.isActive() || !(force || (this.pending && now - this.lastTouch >= TOUCH_EVERY))) return;
    this.pending = false;
    this.lastTouch = now;
    this.touch();
  }

  extend() {
    this.dialog.close();
    this.last = Date.now();
    this.flush(true);
  }

  tick() {
    const now = Date.now();
    if (!this.isActive()) {
      if (this.dialog.open) this.dialog.close();
      this.last = now;
      return;
    }
    const factor = this.slower();
    this.flush(factor > 1 && now - this.lastTouch >= this.idleSeconds * 500);
    if (!this.dialog.open) {
      if (now - this.last < this.idleSeconds * factor * 1000) return;
      this.deadline = now + this.countdownSeconds * factor * 1000;
      this.announced = -1;
      this.show(this.countdownSeconds * factor);
      this.dialog.showModal();
      $("idle-more").focus();
      return;
    }
    const left = Math.max(0, Math.ceil((this.deadline - now) / 1000));
    this.show(left);
    if (left === 0) {
      clearInterval(this.timer);
      this.expire();
    }
  }

  show(left) {
    $("idle-count").textContent = String(left);
    // Announce at the start and every 10 s, not every second.
    if (left % 10 === 0 && left !== this.announced && left > 0) {
      this.announced = left;
      $("idle-live").textContent = this.t("idle.live", { n: left });
    }
  }
}
